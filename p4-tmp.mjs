import ts from 'typescript';
import { parse } from '@astrojs/compiler-rs';
import { readFileSync } from 'node:fs';
for (const f of process.argv.slice(2)) {
  let code = readFileSync(f, 'utf8');
  if (f.endsWith('.astro')) { const r = parse(code); const fm = r.ast.frontmatter; code = fm ? code.slice(fm.start, fm.end).replace(/^---|---$/g, '') : ''; }
  const sf = ts.createSourceFile(f, code, ts.ScriptTarget.Latest, true);
  const hits = [];
  const visit = (n) => {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) return;
    if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && /^[A-Z][a-z]{2,}[:.]?$|^\p{L}+ ?[–·:]$/u.test(n.text)) hits.push(`${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${n.text}`);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  if (hits.length) { console.log(`== ${f}`); hits.forEach((h) => console.log('   ' + h)); }
}

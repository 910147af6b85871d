import ts from 'typescript';
import { parse } from '@astrojs/compiler-rs';
import { readFileSync } from 'node:fs';
const prose = (s) => /\p{L}{2,}\s+\p{L}{2,}/u.test(s) && !/^[a-z0-9-]+( [a-z0-9-:]+)*$/.test(s.trim()) && !/^(M|m)[\d .,-]/.test(s);
for (const f of process.argv.slice(2)) {
  let code = readFileSync(f, 'utf8');
  if (f.endsWith('.astro')) { const r = parse(code); const fm = r.ast.frontmatter; code = fm ? code.slice(fm.start, fm.end).replace(/^---|---$/g, '') : ''; }
  const sf = ts.createSourceFile(f, code, ts.ScriptTarget.Latest, true);
  const hits = [];
  const visit = (n) => {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) return;
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) { if (prose(n.text)) hits.push(`${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${n.text.slice(0, 90)}`); }
    else if (ts.isTemplateExpression(n)) { const parts = [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join('…'); if (prose(parts)) hits.push(`${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: \`${parts.slice(0, 90)}\``); }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  if (hits.length) { console.log(`== ${f} ${hits.length}`); if (process.env.V) hits.forEach((h) => console.log('   ' + h)); }
}

import { parse } from '@astrojs/compiler-rs';
import { readFileSync } from 'node:fs';
const ATTRS = new Set(['aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'aria-roledescription', 'content', 'label', 'value']);
for (const f of process.argv.slice(2)) {
  const src = readFileSync(f, 'utf8');
  const r = parse(src);
  const hits = [];
  function walk(n, inScript) {
    if (Array.isArray(n)) return n.forEach((x) => walk(x, inScript));
    if (!n || typeof n !== 'object') return;
    if (n.type === 'JSXElement') {
      const nm = n.openingElement?.name?.name;
      if (nm === 'script' || nm === 'style') return;
    }
    if (n.type === 'JSXText' && /\p{L}/u.test(n.value)) hits.push('T ' + n.value.trim().replace(/\s+/g, ' ').slice(0, 70));
    if (n.type === 'JSXAttribute' && n.value?.type === 'Literal' && ATTRS.has(n.name.name) && /\p{L}/u.test(n.value.value)) hits.push('A ' + n.name.name + '=' + n.value.value.slice(0, 60));
    for (const [k, v] of Object.entries(n)) if (k !== 'frontmatter') walk(v);
  }
  walk(r.ast.body);
  if (hits.length) { console.log(`== ${f} ${hits.length}`); if (process.env.V) hits.forEach((h) => console.log('   ' + h)); }
}

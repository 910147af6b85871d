import { parse } from '@astrojs/compiler-rs';
import { readFileSync } from 'node:fs';
const SKIP_ATTR = new Set(['class', 'id', 'href', 'src', 'd', 'fill', 'stroke', 'transform', 'style', 'rel', 'type', 'viewBox', 'text-anchor', 'loading', 'decoding', 'media', 'sizes', 'srcset', 'for', 'name', 'role', 'lang', 'dir', 'property', 'charset', 'width', 'height', 'x', 'y', 'data-bind', 'set:html', 'is:raw', 'target']);
for (const f of process.argv.slice(2)) {
  const src = readFileSync(f, 'utf8');
  const r = parse(src);
  const hits = [];
  function walk(n, attr) {
    if (Array.isArray(n)) return n.forEach((x) => walk(x, attr));
    if (!n || typeof n !== 'object') return;
    if (n.type === 'JSXElement') {
      const nm = n.openingElement?.name?.name;
      if (nm === 'script' || nm === 'style') return;
    }
    if (n.type === 'JSXAttribute') {
      const an = typeof n.name.name === 'string' ? n.name.name : n.name.name?.name;
      if (SKIP_ATTR.has(an) || /^data-|^on|^aria-(hidden|controls|describedby|labelledby|current|expanded|live)/.test(an)) return;
      return walk(n.value, an);
    }
    if (n.type === 'Literal' && typeof n.value === 'string' && /\p{L}{2,}[\s,.:]+\p{L}/u.test(n.value) && !/^[a-z-]+( [a-z-]+)*$/.test(n.value)) hits.push(`L${attr ? '[' + attr + ']' : ''} ` + n.value.slice(0, 70));
    if (n.type === 'TemplateLiteral') for (const q of n.quasis) if (/\p{L}{3,}/u.test(q.value.cooked ?? q.value.raw)) hits.push(`Q${attr ? '[' + attr + ']' : ''} ` + (q.value.raw).slice(0, 70));
    for (const [k, v] of Object.entries(n)) if (k !== 'frontmatter') walk(v, attr);
  }
  walk(r.ast.body);
  if (hits.length) { console.log(`== ${f} ${hits.length}`); hits.forEach((h) => console.log('   ' + h)); }
}

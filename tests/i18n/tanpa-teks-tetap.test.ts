// Every interface string lives in src/i18n/: no .astro template writes reader-visible words.
// The templates are parsed with Astro's own compiler, so "visible" means what Astro renders:
// text between tags, and attribute values a reader or screen reader meets, outside {…}.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@astrojs/compiler-rs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '#support/site.ts';

/** Attributes whose value is read or heard by a reader; also props that pages pass on as such. */
const VISIBLE_ATTRIBUTES = new Set([
  'alt',
  'title',
  'placeholder',
  'label',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'description',
  'caption',
  // Shown as the column name of a stacked table row on phones (CSS attr()).
  'data-label',
]);
/** Elements whose content is not text for the reader. */
const NOT_TEXT = new Set(['script', 'style']);
const WORD = /\p{L}/u;

interface Node {
  type?: string;
  start?: number;
  [key: string]: unknown;
}

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? astroFiles(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : [],
  );
}

const lineOf = (src: string, offset: number) => src.slice(0, offset).split('\n').length;

/** Hard-coded reader text in one template, as "line: text". */
export function hardCodedText(src: string): string[] {
  const { ast } = parse(src) as unknown as { ast: { body: Node[] } };
  const found: string[] = [];
  const report = (n: Node, text: string) =>
    found.push(`${lineOf(src, n.start ?? 0)}: ${text.trim().replace(/\s+/g, ' ').slice(0, 80)}`);
  const elementName = (n: Node) => {
    const name = (n.openingElement as Node | undefined)?.name as Node | undefined;
    return typeof name?.name === 'string' ? name.name : '';
  };
  const attributeName = (n: Node) => {
    const name = n.name as Node;
    return typeof name.name === 'string' ? name.name : `${(name.namespace as Node)?.name}:${(name.name as Node)?.name}`;
  };
  const templateWords = (value: unknown, attribute: string): void => {
    if (Array.isArray(value)) return value.forEach((v) => templateWords(v, attribute));
    if (!value || typeof value !== 'object') return;
    const n = value as Node;
    if (n.type === 'TemplateLiteral')
      for (const q of n.quasis as Node[]) {
        const text = ((q.value as Node).cooked as string) ?? '';
        if (WORD.test(text)) report(q, `${attribute}: \`${text}\``);
      }
    for (const [k, v] of Object.entries(n)) if (k !== 'type') templateWords(v, attribute);
  };
  const walk = (value: unknown, inExpression: boolean): void => {
    if (Array.isArray(value)) return value.forEach((v) => walk(v, inExpression));
    if (!value || typeof value !== 'object') return;
    const n = value as Node;
    if (n.type === 'JSXElement' && NOT_TEXT.has(elementName(n))) return;
    if (n.type === 'JSXText' && WORD.test(n.value as string)) report(n, n.value as string);
    if (n.type === 'JSXAttribute') {
      const v = n.value as Node | null;
      if (v?.type === 'Literal' && VISIBLE_ATTRIBUTES.has(attributeName(n)) && WORD.test(String(v.value)))
        report(n, `${attributeName(n)}="${String(v.value)}"`);
      if (v?.type === 'JSXExpressionContainer') {
        // {`${a} pekerja`} in a visible attribute: the words between the ${…} are the template's.
        if (VISIBLE_ATTRIBUTES.has(attributeName(n))) templateWords(v.expression as Node, attributeName(n));
        walk(v.expression, true);
      }
      return;
    }
    // A string literal rendered as a child ({cond ? 'teks' : ''}) is text too; literals passed
    // to functions or compared with are not, so only direct children of a container count.
    if (n.type === 'JSXExpressionContainer' && !inExpression) {
      const e = n.expression as Node;
      const rendered = e.type === 'ConditionalExpression' ? [e.consequent, e.alternate] : [e];
      for (const r of rendered as Node[])
        if (r?.type === 'Literal' && typeof r.value === 'string' && WORD.test(r.value)) report(r, r.value);
        else if (r?.type === 'TemplateLiteral')
          for (const q of r.quasis as Node[])
            if (WORD.test(((q.value as Node).cooked as string) ?? '')) report(r, (q.value as Node).cooked as string);
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'type') walk(v, inExpression && n.type !== 'JSXElement');
  };
  walk(ast.body, false);
  return found;
}

describe('interface text comes from src/i18n', () => {
  it('finds hard-coded words (the check itself)', () => {
    const sample = [
      '---',
      "import { t } from '#i18n/id.ts';",
      "const label = 'dihitung di frontmatter, boleh';",
      '---',
      '<p>Teks tetap</p>',
      '<a aria-label="Tutup" href="/x/" class="tombol">{t.x}</a>',
      "<p>{ok ? 'ya' : ''}</p>",
      '<img alt="" src="a.png" />',
      '<td data-label="Kode">{x}</td>',
      "<svg aria-label={xs.map((c) => `${c.a}: ${c.b} pekerja`).join('; ')} class={`k-${x}`}></svg>",
      '<p>{t.a} · {t.b} ◷</p>',
      '<script>const s = "di skrip, bukan teks";</script>',
      '<p title={t.judul} data-x="bukan teks">{fungsi(\'argumen\')}</p>',
    ].join('\n');
    expect(hardCodedText(sample)).toEqual([
      '5: Teks tetap',
      '6: aria-label="Tutup"',
      '7: ya',
      '9: data-label="Kode"',
      '10: aria-label: ` pekerja`',
    ]);
  });

  it('no .astro file under src/ writes reader-visible words', () => {
    const problems = astroFiles(join(ROOT, 'src')).flatMap((file) =>
      hardCodedText(readFileSync(file, 'utf8')).map((hit) => `${relative(ROOT, file)}:${hit}`),
    );
    expect(problems).toEqual([]);
  });
});

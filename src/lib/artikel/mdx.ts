/**
 * The article step of the MDX pipeline (a Sätteri mdast plugin, set in astro.config.mjs). On the
 * tree Astro's MDX parses anyway, it
 *  - reads the article for the checker (baca.ts): the result travels with the compiled article
 *    as `remarkPluginFrontmatter.bacaan`, so the checker never parses the file again;
 *  - writes every number component as the one component that renders them all:
 *    <Nilai indikator="…" /> becomes <Terikat komponen="Nilai" indikator="…" />.
 * It reports nothing itself: the checker (artikel.ts) reports every problem of every article
 * together, after checking the props against the registry.
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
// Types ctx.data.astro (the frontmatter Astro exports with the compiled article).
import type {} from '@astrojs/markdown-satteri';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { defineMdastPlugin } from 'satteri';
import { bacaPohon, type Bacaan } from './baca.ts';
import { TERIKAT } from './komponen/terikat.ts';

export const KUNCI_BACAAN = 'bacaan';
const ANGKA = new Set(Object.keys(TERIKAT));

function terikat<N extends MdxJsxFlowElement | MdxJsxTextElement>(node: Readonly<N>): N | undefined {
  if (!node.name || !ANGKA.has(node.name)) return undefined;
  return {
    ...node,
    name: 'Terikat',
    attributes: [{ type: 'mdxJsxAttribute', name: 'komponen', value: node.name }, ...node.attributes],
    children: [...node.children],
  } as N;
}

export const artikelMdx = defineMdastPlugin({
  name: 'ucj-artikel',
  options: { position: true },
  before(root, ctx) {
    const berkas = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '';
    const bacaan: Bacaan = bacaPohon(root, berkas);
    if (ctx.data.astro) ctx.data.astro.frontmatter[KUNCI_BACAAN] = bacaan;
  },
  mdxJsxFlowElement: (node) => terikat(node),
  mdxJsxTextElement: (node) => terikat(node),
});

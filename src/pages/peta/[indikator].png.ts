import type { APIRoute } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { site } from '#lib/data.ts';
import { buildMapModel, slugIndikator } from '#lib/map/model.ts';
import { indikatorPeta } from '#model/query.ts';
import { standaloneSvg } from '#lib/map/svg.ts';

export function getStaticPaths() {
  return indikatorPeta(site).map((i) => ({ params: { indikator: slugIndikator(i.id) }, props: { id: i.id } }));
}

// Rendered with resvg at build: a real raster for social cards and print, no browser needed.
export const GET: APIRoute = ({ props }) => {
  const svg = standaloneSvg(buildMapModel(site, (props as { id: string }).id), site.meta);
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

import type { APIRoute } from 'astro';
import { riwayat, site } from '#lib/data.ts';
import { stempelData } from '#lib/riwayat.ts';
import { buildMapModel, slugIndikator } from '#lib/map/model.ts';
import { indikatorPeta } from '#model/query.ts';
import { pngPeta, standaloneSvg } from '#lib/map/svg.ts';

export function getStaticPaths() {
  return indikatorPeta(site).map((i) => ({ params: { indikator: slugIndikator(i.id) }, props: { id: i.id } }));
}

// Rendered with resvg at build: a real raster for print and downloads, no browser needed.
export const GET: APIRoute = ({ props }) =>
  new Response(pngPeta(standaloneSvg(buildMapModel(site, (props as { id: string }).id), stempelData(riwayat, site))), {
    headers: { 'Content-Type': 'image/png' },
  });

import type { APIRoute } from 'astro';
import { riwayat, site } from '#lib/data.ts';
import { stempelData } from '#lib/riwayat.ts';
import { buildMapModel, slugIndikator } from '#lib/map/model.ts';
import { indikatorPeta } from '#model/query.ts';
import { standaloneSvg } from '#lib/map/svg.ts';

export function getStaticPaths() {
  return indikatorPeta(site).map((i) => ({ params: { indikator: slugIndikator(i.id) }, props: { id: i.id } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(standaloneSvg(buildMapModel(site, (props as { id: string }).id, 'petak'), stempelData(riwayat, site)), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });

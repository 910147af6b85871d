import type { APIRoute } from 'astro';
import { site } from '#lib/data.ts';
import { csvPeta } from '#lib/map/csv.ts';
import { buildMapModel, slugIndikator } from '#lib/map/model.ts';
import { indikatorPeta } from '#model/query.ts';

export function getStaticPaths() {
  return indikatorPeta(site).map((i) => ({ params: { indikator: slugIndikator(i.id) }, props: { id: i.id } }));
}

/** The values exactly as the map shows them (src/lib/map/csv.ts). */
export const GET: APIRoute = ({ props }) =>
  new Response(csvPeta(buildMapModel(site, (props as { id: string }).id)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

// A pinned embed's "Data" link: the values of that release's map, from its own snapshot, so a
// partner's dated article links to the figures it shows, not to today's.
import type { APIRoute } from 'astro';
import { riwayat, site } from '#lib/data.ts';
import { csvPeta } from '#lib/map/csv.ts';
import { buildMapModel } from '#lib/map/model.ts';
import { jalurRilis, type RilisSitus } from '#lib/riwayat.ts';

export const getStaticPaths = () => jalurRilis(riwayat, site);

export const GET: APIRoute = ({ props }) => {
  const { rilis, id } = props as { rilis: RilisSitus; id: string };
  return new Response(csvPeta(buildMapModel(rilis.site, id)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};

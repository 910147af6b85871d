// A pinned embed's "Gambar" link: the image of that release's map, drawn from its own snapshot.
import type { APIRoute } from 'astro';
import { riwayat, site } from '#lib/data.ts';
import { buildMapModel } from '#lib/map/model.ts';
import { pngPeta, standaloneSvg } from '#lib/map/svg.ts';
import { jalurRilis, stempelData, type RilisSitus } from '#lib/riwayat.ts';

export const getStaticPaths = () => jalurRilis(riwayat, site);

export const GET: APIRoute = ({ props }) => {
  const { rilis, id } = props as { rilis: RilisSitus; id: string };
  return new Response(pngPeta(standaloneSvg(buildMapModel(rilis.site, id), stempelData(riwayat, rilis.site))), {
    headers: { 'Content-Type': 'image/png' },
  });
};

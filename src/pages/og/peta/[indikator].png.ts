// Social card (1200×630) for each map: og:image of its map page (and, for UCJ, the home page),
// and the oEmbed thumbnail. The map PNG itself keeps its own proportions for print.
import type { APIRoute } from 'astro';
import { kartuSvg, pngDariSvg } from '#lib/charts/og.ts';
import { kartuPeta } from '#lib/charts/og-kartu.ts';
import { riwayat, site } from '#lib/data.ts';
import { stempelData } from '#lib/riwayat.ts';
import { slugIndikator } from '#lib/map/model.ts';
import { indikatorPeta } from '#model/query.ts';

export function getStaticPaths() {
  return indikatorPeta(site).map((i) => ({ params: { indikator: slugIndikator(i.id) }, props: { id: i.id } }));
}

export const GET: APIRoute = ({ props }) => {
  const svg = kartuSvg(kartuPeta(site, (props as { id: string }).id, stempelData(riwayat, site)));
  return new Response(pngDariSvg(svg), { headers: { 'Content-Type': 'image/png' } });
};

// Static oEmbed documents, one per embed, announced by <link rel="alternate"
// type="application/json+oembed"> on the embed and its map page, so WordPress and other
// consumers discover them on any static host. A preview build (no address) has none.
import type { APIRoute } from 'astro';
import { SITUS } from '#lib/alamat.ts';
import { riwayat, site } from '#lib/data.ts';
import { stempelData } from '#lib/riwayat.ts';
import { slugIndikator, buildMapModel } from '#lib/map/model.ts';
import { cariIndikator, indikatorPeta } from '#model/query.ts';
import { ukuranPng } from '#lib/map/svg.ts';
import { oembed } from '#lib/sematan.ts';

export function getStaticPaths() {
  if (!SITUS.alamat) return [];
  return indikatorPeta(site).map((i) => ({ params: { indikator: slugIndikator(i.id) }, props: { id: i.id } }));
}

export const GET: APIRoute = ({ props }) => {
  const id = (props as { id: string }).id;
  const doc = oembed('peta', cariIndikator(site, id), ukuranPng(buildMapModel(site, id), stempelData(riwayat, site)));
  return new Response(JSON.stringify(doc, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
};

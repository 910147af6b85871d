// oEmbed for the tile-map embed (see ../../peta/[indikator]/oembed.json.ts).
import type { APIRoute } from 'astro';
import { SITUS } from '#lib/alamat.ts';
import { riwayat, site } from '#lib/data.ts';
import { stempelData } from '#lib/riwayat.ts';
import { buildMapModel, slugIndikator } from '#lib/map/model.ts';
import { cariIndikator, indikatorPeta } from '#model/query.ts';
import { ukuranPng } from '#lib/map/svg.ts';
import { oembed } from '#lib/sematan.ts';

export function getStaticPaths() {
  if (!SITUS.alamat) return [];
  return indikatorPeta(site).map((i) => ({ params: { indikator: slugIndikator(i.id) }, props: { id: i.id } }));
}

export const GET: APIRoute = ({ props }) => {
  const id = (props as { id: string }).id;
  const doc = oembed(
    'petak',
    cariIndikator(site, id),
    ukuranPng(buildMapModel(site, id, 'petak'), stempelData(riwayat, site)),
  );
  return new Response(JSON.stringify(doc, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
};

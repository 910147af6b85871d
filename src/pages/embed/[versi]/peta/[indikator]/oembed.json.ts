// The oEmbed document of a release's pinned embed: a partner who pastes the pinned address into
// WordPress gets the pinned map, not the live one. A preview build (no address) has none.
import type { APIRoute } from 'astro';
import { SITUS } from '#lib/alamat.ts';
import { riwayat, site } from '#lib/data.ts';
import { buildMapModel } from '#lib/map/model.ts';
import { cariIndikator } from '#model/query.ts';
import { ukuranPng } from '#lib/map/svg.ts';
import { jalurRilis, stempelData, type RilisSitus } from '#lib/riwayat.ts';
import { oembed } from '#lib/sematan.ts';

export function getStaticPaths() {
  if (!SITUS.alamat) return [];
  return jalurRilis(riwayat, site);
}

export const GET: APIRoute = ({ props }) => {
  const { rilis, id } = props as { rilis: RilisSitus; id: string };
  const doc = oembed(
    'peta',
    cariIndikator(rilis.site, id),
    ukuranPng(buildMapModel(rilis.site, id), stempelData(riwayat, rilis.site)),
    rilis.versi,
  );
  return new Response(JSON.stringify(doc, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
};

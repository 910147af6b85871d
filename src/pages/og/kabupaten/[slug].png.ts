// Social image for each kabupaten/kota page: where it is, and its UCJ figure or the lack of one.
import type { APIRoute } from 'astro';
import { kabupatenKota } from '#model/query.ts';
import { kartuSvg, pngDariSvg } from '#lib/charts/og.ts';
import { kartuKabupaten } from '#lib/charts/og-kartu.ts';
import { riwayat, site } from '#lib/data.ts';
import { stempelData } from '#lib/riwayat.ts';
import type { Wilayah } from '#model/schema.ts';

export function getStaticPaths() {
  return kabupatenKota(site).map((wilayah) => ({ params: { slug: wilayah.slug }, props: { wilayah } }));
}

export const GET: APIRoute = ({ props }) => {
  const { wilayah } = props as { wilayah: Wilayah };
  const svg = kartuSvg(kartuKabupaten(site, wilayah, stempelData(riwayat, site)));
  return new Response(pngDariSvg(svg), { headers: { 'Content-Type': 'image/png' } });
};

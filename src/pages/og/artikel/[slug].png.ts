// Social image for each article: title, its headline figure, and the map of its first indicator.
import type { APIRoute } from 'astro';
import { artikelTerperiksa, type Artikel } from '#lib/artikel/artikel.ts';
import { pngDariSvg } from '#lib/charts/og.ts';
import { kartuArtikelSvg } from '#lib/charts/og-artikel.ts';

export async function getStaticPaths() {
  const { daftar } = await artikelTerperiksa();
  return daftar.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: Artikel };
  return new Response(pngDariSvg(kartuArtikelSvg(entry)), { headers: { 'Content-Type': 'image/png' } });
};

// Thumbnails for the home page and article index: the article's social card, rendered small
// (one file per width, for srcset). A 1200-pixel card per list item would outweigh the page.
import type { APIRoute } from 'astro';
import { artikelTerperiksa, type Artikel } from '#lib/artikel/artikel.ts';
import { THUMB_WIDTHS, thumbWebp, type ThumbWidth } from '#lib/charts/og-artikel.ts';

export async function getStaticPaths() {
  const { daftar } = await artikelTerperiksa();
  return daftar.flatMap((entry) =>
    THUMB_WIDTHS.map((width) => ({ params: { gambar: `${entry.id}-${width}` }, props: { entry, width } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { entry, width } = props as { entry: Artikel; width: ThumbWidth };
  return new Response(await thumbWebp(entry, width), { headers: { 'Content-Type': 'image/webp' } });
};

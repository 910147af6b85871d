// Thumbnails for the home page and article index: the article's social card (same layout as
// /og/artikel/), rendered small. A 1200-pixel card per list item would outweigh the whole page.
import type { APIRoute } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { artikelTerperiksa, konteksArtikel, type Artikel } from '#lib/artikel/artikel.ts';
import { resolve } from '#lib/artikel/resolve.ts';
import { teksAngka } from '#model/format.ts';
import { kartuSvg } from '#lib/charts/og.ts';
import { formatPeriode } from '#model/format.ts';
import { buildMapModel, mapIndicators } from '#lib/map/model.ts';
import { t } from '#i18n/id.ts';
import { INDIKATOR_UCJ } from '#model/constants.ts';

/** Display width in CSS pixels times two, for sharp thumbnails on phone screens. */
export const THUMB_WIDTH = 180;

export async function getStaticPaths() {
  const { daftar } = await artikelTerperiksa();
  return daftar.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: Artikel };
  const d = entry.data;
  // The card shows what the article shows: its figure and map as of its date.
  const k = konteksArtikel(entry);
  const a = d.kartu ? resolve(k, d.kartu) : null;
  const petaId = d.indikator.find((id) => mapIndicators(k.site).some((i) => i.id === id)) ?? INDIKATOR_UCJ;
  const m = buildMapModel(k.site, petaId);
  const svg = kartuSvg({
    atas: `${t.siteName.toUpperCase()} · ${t.nav.artikel.toUpperCase()}`,
    judul: d.title,
    angka: a
      ? teksAngka(a, { bentuk: a.satuan === 'orang' && a.nilai >= 1e6 ? 'singkat' : undefined, kata: false })
      : '',
    label: a ? `${d.kartuLabel ?? ''}${a.periode ? ` (${formatPeriode(a.periode)})` : ''}`.trim() : d.dek,
    // The footer line of the big card is unreadable at this size.
    bawah: '',
    peta: {
      width: m.width,
      height: m.height,
      wilayah: m.regions.map((r) => ({ d: r.d, fill: r.fill })),
      tetangga: m.context.map((c) => c.d),
    },
  });
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: THUMB_WIDTH },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

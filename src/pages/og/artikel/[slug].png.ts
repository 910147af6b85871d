// Social image for each article: title, its headline figure, and the map of its first indicator.
import type { APIRoute } from 'astro';
import { BATAS } from '#lib/map/batas.ts';
import { artikelTerperiksa, konteksArtikel, tanggalDiperbarui, type Artikel } from '#lib/artikel/artikel.ts';
import { resolve } from '#lib/artikel/resolve.ts';
import { INDIKATOR_UCJ } from '#model/constants.ts';
import { indikatorPeta } from '#model/query.ts';
import { kartuSvg, pngDariSvg } from '#lib/charts/og.ts';
import { formatPeriode, formatTanggal, isoTanggal, teksAngka } from '#model/format.ts';
import { buildMapModel } from '#lib/map/model.ts';
import { t } from '#i18n/id.ts';

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
  const petaId = d.indikator.find((id) => indikatorPeta(k.site).some((i) => i.id === id)) ?? INDIKATOR_UCJ;
  const m = buildMapModel(k.site, petaId);
  const svg = kartuSvg({
    atas: `${t.siteName.toUpperCase()} · ${t.nav.artikel.toUpperCase()}`,
    judul: d.title,
    angka: a
      ? teksAngka(a, { bentuk: a.satuan === 'orang' && a.nilai >= 1e6 ? 'singkat' : undefined, kata: false })
      : '',
    label: a ? `${d.kartuLabel ?? ''}${a.periode ? ` (${formatPeriode(a.periode)})` : ''}`.trim() : d.dek,
    bawah: `${t.artikel.diperbarui} ${formatTanggal(isoTanggal(tanggalDiperbarui(entry)))} · Peta: ${m.indicator.nama}; ${t.batas.kreditKecil(BATAS.atribusi)}`,
    peta: {
      width: m.width,
      height: m.height,
      wilayah: m.regions.map((r) => ({ d: r.d, fill: r.fill })),
      tetangga: m.context.map((c) => c.d),
    },
  });
  return new Response(pngDariSvg(svg), { headers: { 'Content-Type': 'image/png' } });
};

// Social card (1200×630) for each map: og:image of its map page (and, for UCJ, the home page),
// and the oEmbed thumbnail. The map PNG itself keeps its own proportions for print.
import type { APIRoute } from 'astro';
import { kartuSvg, pngDariSvg } from '#lib/charts/og.ts';
import { riwayat, site } from '#lib/data.ts';
import { stempelData, teksStempel } from '#lib/riwayat.ts';
import { formatAngka, formatPeriode, teksNilai } from '#model/format.ts';
import { BATAS } from '#lib/map/batas.ts';
import { buildMapModel, slugIndikator } from '#lib/map/model.ts';
import { indikatorPeta } from '#model/query.ts';
import { t } from '#i18n/id.ts';

export function getStaticPaths() {
  return indikatorPeta(site).map((i) => ({ params: { indikator: slugIndikator(i.id) }, props: { id: i.id } }));
}

export const GET: APIRoute = ({ props }) => {
  const m = buildMapModel(site, (props as { id: string }).id);
  const total = formatAngka(m.regions.length);
  const svg = kartuSvg({
    atas: `${t.siteName.toUpperCase()} · ${t.nav.peta.toUpperCase()}`,
    judul: m.indicator.nama,
    angka: m.province
      ? teksNilai(m.indicator, m.province.entry, 'ringkas')
      : t.kartuPeta.berdata(formatAngka(m.indicator.jumlahWilayah), total),
    label: m.province
      ? t.kartuPeta.provinsi(formatPeriode(m.province.entry.periode), formatAngka(m.indicator.jumlahWilayah), total)
      : t.kartuPeta.perWilayah,
    // No data version here: readers see this card when a map is shared; the version is for citing.
    bawah: `${teksStempel(stempelData(riwayat, site))} · ${t.batas.kredit(BATAS.atribusi)}`,
    peta: {
      width: m.width,
      height: m.height,
      wilayah: m.regions.map((r) => ({ d: r.d, fill: r.fill })),
      tetangga: m.context.map((c) => c.d),
    },
  });
  return new Response(pngDariSvg(svg), { headers: { 'Content-Type': 'image/png' } });
};

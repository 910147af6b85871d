// Social image for each kabupaten/kota page: where it is, and its UCJ figure or the lack of one.
import type { APIRoute } from 'astro';
import { modelKabupaten } from '#lib/kabupaten.ts';
import { kabupatenKota, namaLengkap } from '#model/query.ts';
import { kartuSvg, pngDariSvg } from '#lib/charts/og.ts';
import { modelLokasi } from '#lib/charts/lokasi.ts';
import { riwayat, site } from '#lib/data.ts';
import { stempelData, teksStempel } from '#lib/riwayat.ts';
import { formatAngka, formatPeriode } from '#model/format.ts';
import { t } from '#i18n/id.ts';
import type { Wilayah } from '#model/schema.ts';
import { BATAS } from '#lib/map/batas.ts';

export function getStaticPaths() {
  return kabupatenKota(site).map((wilayah) => ({ params: { slug: wilayah.slug }, props: { wilayah } }));
}

export const GET: APIRoute = ({ props }) => {
  const { wilayah } = props as { wilayah: Wilayah };
  const m = modelKabupaten(site, wilayah);
  const lokasi = modelLokasi(site, wilayah.kode);
  const svg = kartuSvg({
    atas: `${t.siteName.toUpperCase()} · ${t.kabupaten.indeksJudul.toUpperCase()}`,
    judul: namaLengkap(wilayah),
    angka: m.ucjRingkas ?? t.kabupaten.ucjKosong,
    label: m.ucj
      ? `${t.kabupaten.ucj} (${formatPeriode(m.ucj.periode)}). ${t.kabupaten.ogAda(formatAngka(m.jumlahAngka), wilayah.kantorCabang ?? t.kabupaten.kantorKosong)}`
      : t.kabupaten.ogKosong(
          m.jumlahAngka,
          formatAngka(m.jumlahAngka),
          wilayah.kantorCabang ?? t.kabupaten.kantorKosong,
        ),
    bawah: `${teksStempel(stempelData(riwayat, site))} · ${t.batas.kredit(BATAS.atribusi)}`,
    peta: {
      width: lokasi.width,
      height: lokasi.height,
      wilayah: lokasi.wilayah.map((r) => ({ d: r.d, fill: r.sorot ? '#c2410c' : '#e5e7eb', sorot: r.sorot })),
      tetangga: lokasi.tetangga,
      cincin: lokasi.cincin,
    },
  });
  return new Response(pngDariSvg(svg), { headers: { 'Content-Type': 'image/png' } });
};

/**
 * What the social cards of a map (og/peta/<id>.png) and of a kabupaten/kota page
 * (og/kabupaten/<slug>.png) say: the figure in the short form cards use ("33,73%"), and the
 * dates as every map image and embed gives them ("Diperbarui" the release date, the newest
 * source date labelled as such; no data version: readers see these cards when a page is shared).
 */
import { t } from '#i18n/id.ts';
import { modelKabupaten } from '#lib/kabupaten.ts';
import { BATAS } from '#lib/map/batas.ts';
import { buildMapModel } from '#lib/map/model.ts';
import { teksStempel, type Stempel } from '#lib/riwayat.ts';
import { formatAngka, formatPeriode, teksNilai } from '#model/format.ts';
import { namaLengkap } from '#model/query.ts';
import type { SiteData, Wilayah } from '#model/schema.ts';
import { modelLokasi } from './lokasi.ts';
import type { KartuOg } from './og.ts';

const kaki = (stempel: Stempel) => `${teksStempel(stempel)} · ${t.batas.kredit(BATAS.atribusi)}`;

export function kartuPeta(site: SiteData, id: string, stempel: Stempel): KartuOg {
  const m = buildMapModel(site, id);
  const total = formatAngka(m.regions.length);
  return {
    atas: `${t.siteName.toUpperCase()} · ${t.nav.peta.toUpperCase()}`,
    judul: m.indicator.nama,
    angka: m.province
      ? teksNilai(m.indicator, m.province.entry, 'ringkas')
      : t.kartuPeta.berdata(formatAngka(m.indicator.jumlahWilayah), total),
    label: m.province
      ? t.kartuPeta.provinsi(formatPeriode(m.province.entry.periode), formatAngka(m.indicator.jumlahWilayah), total)
      : t.kartuPeta.perWilayah,
    bawah: kaki(stempel),
    peta: {
      width: m.width,
      height: m.height,
      wilayah: m.regions.map((r) => ({ d: r.d, fill: r.fill })),
      tetangga: m.context.map((c) => c.d),
    },
  };
}

export function kartuKabupaten(site: SiteData, wilayah: Wilayah, stempel: Stempel): KartuOg {
  const m = modelKabupaten(site, wilayah);
  const lokasi = modelLokasi(site, wilayah.kode);
  return {
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
    bawah: kaki(stempel),
    peta: {
      width: lokasi.width,
      height: lokasi.height,
      wilayah: lokasi.wilayah.map((r) => ({ d: r.d, fill: r.sorot ? '#c2410c' : '#e5e7eb', sorot: r.sorot })),
      tetangga: lokasi.tetangga,
      cincin: lokasi.cincin,
    },
  };
}

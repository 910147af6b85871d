/**
 * Components that rank or list regions: <Peringkat>, <NamaPeringkat>, <Daftar>. Ranks are among
 * regions with a usable figure; names link to the regions' pages.
 */
import { z } from 'zod';
import { formatDaftar, formatPeringkat } from '#model/format.ts';
import { TidakDidukung } from '#model/errors.ts';
import { t } from '#i18n/id.ts';
import {
  cariIndikator,
  cariWilayah,
  kabupatenKota,
  peringkat,
  wilayahBerdata,
  wilayahPadaPeringkat,
} from '#model/query.ts';
import { bilangan, pilihan, teks } from '#lib/artikel/props.ts';
import { petaAtauData, resolve } from '#lib/artikel/resolve.ts';
import { angka } from './dasar.ts';

const urutan = pilihan(['tertinggi', 'terendah']).default('tertinggi');

export const PERINGKAT = {
  Peringkat: angka(z.strictObject({ indikator: teks, wilayah: teks, urutan }), (k, p) => {
    const ind = cariIndikator(k.site, p.indikator);
    const w = cariWilayah(k.site, p.wilayah);
    const r = peringkat(k.site, ind.id, w.kode, p.urutan);
    if (!r) throw new TidakDidukung(`${w.nama} tidak punya angka ${ind.nama} yang bisa diperingkat.`);
    // House style: two figures are not ranked ("ke-2 dari 2"); the sentence names the lower one.
    if (r.dari < 3)
      throw new TidakDidukung(
        `peringkat di antara ${r.dari} kabupaten/kota tidak ditulis; tulis "terendah/tertinggi di antara dua" dengan <NamaPeringkat> dan <Pastikan kondisi="terendah">.`,
      );
    return {
      teks: formatPeringkat(r.rank, r.dari),
      bind: `peringkat:${ind.id}|${w.kode}|${p.urutan}`,
      tautan: petaAtauData(k, ind.id),
      judul: t.artikel.judulAngka.peringkat(p.urutan, ind.nama),
      ragu: false,
      dasar: [resolve(k, `${ind.id}|${w.kode}`)],
    };
  }),
  NamaPeringkat: angka(z.strictObject({ indikator: teks, urutan, ke: bilangan('ke', 1, 99).default(1) }), (k, p) => {
    const ind = cariIndikator(k.site, p.indikator);
    const regions = wilayahPadaPeringkat(k.site, ind.id, p.urutan, p.ke);
    if (!regions.length)
      throw new TidakDidukung(`tidak ada kabupaten/kota di peringkat ${p.ke} (${p.urutan}) untuk ${ind.nama}.`);
    return {
      teks: formatDaftar(regions.map((r) => r.nama)),
      bind: `nama-peringkat:${ind.id}|${p.urutan}|${p.ke}`,
      tautan: k.href(`/kabupaten/${regions[0]!.slug}/`),
      judul: t.artikel.judulAngka.namaPeringkat(String(p.ke), p.urutan, ind.nama),
      ragu: false,
      daftar: regions.map((r) => ({ nama: r.nama, tautan: k.href(`/kabupaten/${r.slug}/`) })),
      dasar: regions.map((r) => resolve(k, `${ind.id}|${r.kode}`)),
    };
  }),
  Daftar: angka(
    z.strictObject({ pilih: pilihan(['kosong', 'berdata', 'semua']), indikator: teks }),
    (k, { pilih, indikator }) => {
      if (indikator !== '*') cariIndikator(k.site, indikator);
      const withData = new Set(wilayahBerdata(k.site, indikator, pilih === 'berdata' ? 'berdata' : 'semua'));
      const regions = kabupatenKota(k.site).filter((r) =>
        pilih === 'kosong' ? !withData.has(r.kode) : withData.has(r.kode),
      );
      if (!regions.length)
        throw new TidakDidukung(
          `daftar ${pilih} untuk ${indikator} kosong; kalimat yang memuat daftar ini tidak lagi benar.`,
        );
      return {
        teks: formatDaftar(regions.map((r) => r.nama)),
        bind: `daftar:${pilih}|${indikator}`,
        tautan: k.href('/kabupaten/'),
        judul: '',
        ragu: false,
        daftar: regions.map((r) => ({ nama: r.nama, tautan: k.href(`/kabupaten/${r.slug}/`) })),
        dasar: regions.map((r) => ({ ...resolve(k, 'wilayah:semua'), wilayah: [r.kode] })),
      };
    },
  ),
};

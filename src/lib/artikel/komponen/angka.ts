/**
 * Components that show one figure from the data: <Nilai>, <NilaiKonteks>, <Klaim>, <Angka>,
 * <Periode>, <Tanggal>, <Target>. Each is its props (zod) and how it resolves to text.
 */
import { z } from 'zod';
import { formatPeriode, formatTanggal, penerbitPendek, teksAngka } from '#model/format.ts';
import { TidakDidukung } from '#model/errors.ts';
import { t } from '#i18n/id.ts';
import { cariSumber, provinsi } from '#model/query.ts';
import { bendera, pilihan, teks } from '#lib/artikel/props.ts';
import { resolve, type Angka } from '#lib/artikel/resolve.ts';
import { angka, cekRagu, judulSumber, satu } from './dasar.ts';

const bentuk = pilihan(['singkat', 'ringkas', 'penuh']).optional();
const acuan = (...xs: (string | undefined)[]) =>
  xs
    .map((x) => x ?? '')
    .join('|')
    .replace(/\|+$/, '');

export const ANGKA = {
  Nilai: angka(
    z.strictObject({
      indikator: teks,
      wilayah: teks,
      periode: teks.optional(),
      sumber: teks.optional(),
      ragu: bendera,
      bentuk,
      sebutPeriode: bendera,
      kapital: bendera,
      kata: bendera,
    }),
    (k, p) => {
      const a = resolve(k, acuan(p.indikator, p.wilayah, p.periode, p.sumber));
      return satu(a, teksAngka(a, p), p);
    },
  ),
  /** A national or other-province figure (data/konteks-nasional.csv), always with its period. */
  NilaiKonteks: angka(
    z.strictObject({
      wilayah: teks,
      periode: teks,
      ukuran: pilihan(['capaian', 'target']).optional(),
      sumber: teks.optional(),
      ragu: bendera,
      bentuk,
      sebutPeriode: bendera,
      kapital: bendera,
      kata: bendera,
    }),
    (k, p) => {
      const a = resolve(k, `konteks:${acuan(p.wilayah, p.periode, p.ukuran ?? 'capaian', p.sumber)}`);
      return satu(a, teksAngka(a, p), p);
    },
  ),
  Klaim: angka(
    z.strictObject({
      program: teks,
      periode: teks,
      tampil: pilihan(['nominal', 'kasus']),
      wilayah: teks.optional(),
      sumber: teks.optional(),
      ragu: bendera,
      bentuk,
      sebutPeriode: bendera,
    }),
    (k, p) => {
      const wilayah = p.wilayah ?? provinsi(k.site).kode;
      const a = resolve(k, acuan('klaim:' + p.program, wilayah, p.periode, p.tampil, p.sumber));
      return satu(a, teksAngka(a, p), p);
    },
  ),
  Angka: angka(
    z.strictObject({ a: teks, ragu: bendera, bentuk, sebutPeriode: bendera, kata: bendera, kapital: bendera }),
    (k, p) => {
      const a = resolve(k, p.a);
      if (a.bind.startsWith('angka:'))
        throw new TidakDidukung('angka:N hanya boleh dipakai sebagai ambang di <Pastikan>, bukan ditampilkan.');
      return satu(a, teksAngka(a, p), p);
    },
  ),
  Periode: angka(
    z.strictObject({ a: teks, ragu: bendera }),
    (k, p) => {
      const a = resolve(k, p.a);
      if (!a.periode) throw new TidakDidukung(`${a.uraian} tidak punya periode.`);
      return {
        teks: formatPeriode(a.periode),
        bind: `periode(${a.bind})`,
        tautan: a.tautan,
        judul: judulSumber(a),
        ragu: cekRagu(p.ragu, [a]),
        dasar: [a],
      };
    },
    { berangka: false },
  ),
  Tanggal: angka(
    z.strictObject({ sumber: teks }),
    (k, p) => {
      const s = cariSumber(k.site, p.sumber);
      const a: Angka = {
        nilai: 0,
        satuan: 'orang',
        kualifikasi: null,
        periode: null,
        sumber: [s],
        ragu: false,
        catatan: null,
        wilayah: [],
        bind: `tanggal:${s.id}`,
        uraian: `tanggal ${s.id}`,
        tautan: s.url ?? k.href('/data/'),
      };
      return {
        teks: formatTanggal(s.tanggalTerbit),
        bind: `tanggal:${s.id}|${s.tanggalTerbit}`,
        tautan: a.tautan,
        judul: `${penerbitPendek(s)}: ${s.judul}`,
        ragu: false,
        dasar: [a],
      };
    },
    { berangka: false },
  ),
  Target: angka(z.strictObject({}), (k) => {
    const a = resolve(k, 'target:ucj');
    return {
      teks: teksAngka(a),
      bind: a.bind,
      tautan: a.tautan,
      judul: t.artikel.judulAngka.target,
      ragu: false,
      dasar: [a],
    };
  }),
};

/**
 * Components that show a figure derived from two figures of the data: <Selisih>, <Bagian>,
 * <Kelipatan>, <Kekurangan>, <Penyebut>. The derived figure keeps "sekitar" when an input is
 * rounded, and the component refuses when the data no longer supports the sentence around it.
 */
import { z } from 'zod';
import { teksAngka, type SatuanAngka as Satuan } from '#model/format.ts';
import { TidakDidukung } from '#model/errors.ts';
import { bendera, bilangan, pilihan, teks } from '#lib/artikel/props.ts';
import { resolve, type Angka, type Konteks } from '#lib/artikel/resolve.ts';
import { angka, cekRagu, gabungQ, judulSumber, judulSumberGabung, satuanSama, type Tampilan } from './dasar.ts';

const desimal = bilangan('desimal', 0, 4).optional();
const bentuk = pilihan(['singkat', 'ringkas', 'penuh']).optional();

/** a and b, resolved and of the same unit, shown as one derived figure bound to both. */
function dariDua(
  k: Konteks,
  p: { a: string; b: string; ragu: boolean },
  apa: string,
  hitung: (a: Angka, b: Angka) => { teks: string; tautan: string },
): Tampilan {
  const a = resolve(k, p.a);
  const b = resolve(k, p.b);
  satuanSama(a, b, apa);
  const hasil = hitung(a, b);
  return {
    ...hasil,
    bind: `${apa.toLowerCase()}(${a.bind};${b.bind})`,
    judul: judulSumberGabung(a, b),
    ragu: cekRagu(p.ragu, [a, b]),
    dasar: [a, b],
  };
}
const sumberPertama = (a: Angka, b: Angka) => (a.sumber.length ? a : b).tautan;

export const TURUNAN = {
  Selisih: angka(z.strictObject({ a: teks, b: teks, ragu: bendera, desimal, bentuk }), (k, p) =>
    dariDua(k, p, 'Selisih', (a, b) => {
      const diff = a.nilai - b.nilai;
      if (diff < 0)
        throw new TidakDidukung(
          `Selisih ditulis sebagai a dikurangi b, dan kalimatnya menganggap a lebih besar; kini ${a.uraian} lebih kecil daripada ${b.uraian}.`,
        );
      const satuan: Satuan = a.satuan === 'persen' ? 'poin' : a.satuan;
      const opsi = { desimal: p.desimal ?? 2, bentuk: p.bentuk };
      return {
        teks: teksAngka({ nilai: diff, satuan, kualifikasi: gabungQ(a, b) }, opsi),
        tautan: sumberPertama(a, b),
      };
    }),
  ),
  Bagian: angka(z.strictObject({ a: teks, b: teks, ragu: bendera, desimal }), (k, p) =>
    dariDua(k, p, 'Bagian', (a, b) => {
      if (b.nilai <= 0) throw new TidakDidukung(`${b.uraian} nol, tidak bisa menjadi penyebut.`);
      const nilai = (100 * a.nilai) / b.nilai;
      const opsi = { desimal: p.desimal ?? 1 };
      return {
        teks: teksAngka({ nilai, satuan: 'persen', kualifikasi: gabungQ(a, b) }, opsi),
        tautan: sumberPertama(a, b),
      };
    }),
  ),
  Kelipatan: angka(z.strictObject({ a: teks, b: teks, ragu: bendera, desimal }), (k, p) =>
    dariDua(k, p, 'Kelipatan', (a, b) => {
      if (b.nilai <= 0) throw new TidakDidukung(`${b.uraian} nol, tidak bisa menjadi pembagi.`);
      if (a.nilai < b.nilai)
        throw new TidakDidukung(
          `Kelipatan menganggap ${a.uraian} lebih besar daripada ${b.uraian}, tetapi kini lebih kecil.`,
        );
      const opsi = { desimal: p.desimal ?? 1 };
      return {
        teks: teksAngka({ nilai: a.nilai / b.nilai, satuan: 'kali', kualifikasi: gabungQ(a, b) }, opsi),
        tautan: a.tautan,
      };
    }),
  ),
  Kekurangan: angka(z.strictObject({ peserta: teks, pekerja: teks, target: teks.optional(), bentuk }), (k, p) => {
    const peserta = resolve(k, p.peserta);
    const pekerja = resolve(k, p.pekerja);
    const target = resolve(k, p.target ?? 'target:ucj');
    if (peserta.periode?.id !== pekerja.periode?.id)
      throw new TidakDidukung(
        `peserta dan pekerja harus dari periode yang sama, tetapi ${peserta.uraian} dan ${pekerja.uraian} berbeda.`,
      );
    const kurang = Math.ceil((target.nilai * pekerja.nilai) / 100 - peserta.nilai);
    if (kurang <= 0)
      throw new TidakDidukung(
        `${peserta.uraian} sudah mencapai ${target.uraian}; kalimat tentang kekurangan peserta tidak lagi benar.`,
      );
    return {
      teks: teksAngka({ nilai: kurang, satuan: 'orang', kualifikasi: gabungQ(peserta, pekerja) }, { bentuk: p.bentuk }),
      bind: `kekurangan(${peserta.bind};${pekerja.bind};${target.bind})`,
      tautan: peserta.tautan,
      judul: judulSumber(peserta),
      // A shortfall is never cited as doubtful: a doubtful input stops it.
      ragu: cekRagu(false, [peserta, pekerja]),
      dasar: [peserta, pekerja],
    };
  }),
  Penyebut: angka(z.strictObject({ peserta: teks, persen: teks, ragu: bendera }), (k, p) => {
    const peserta = resolve(k, p.peserta);
    const persen = resolve(k, p.persen);
    if (persen.satuan !== 'persen' || persen.nilai <= 0)
      throw new TidakDidukung(`${persen.uraian} harus persentase di atas nol.`);
    return {
      teks: teksAngka(
        { nilai: (100 * peserta.nilai) / persen.nilai, satuan: 'orang', kualifikasi: 'sekitar' },
        { bentuk: 'singkat' },
      ),
      bind: `penyebut(${peserta.bind};${persen.bind})`,
      tautan: peserta.tautan,
      judul: judulSumberGabung(peserta, persen),
      ragu: cekRagu(p.ragu, [peserta, persen]),
      dasar: [peserta, persen],
    };
  }),
};

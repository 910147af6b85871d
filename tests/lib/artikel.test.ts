// Article components and statement checks (src/lib/artikel/) on the frozen data and on the fixture.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRef } from '#lib/artikel/acuan.ts';
import { sumberGrafik, tampilkan } from '#lib/artikel/komponen.ts';
import { bacaMdx } from '#lib/artikel/baca.ts';
import { formatMasalah, periksaArtikel } from '#lib/artikel/periksa.ts';
import { KONDISI, periksaPernyataan } from '#lib/artikel/pernyataan.ts';
import type { Props } from '#lib/artikel/props.ts';
import { resolve } from '#lib/artikel/resolve.ts';
import { ARTIKEL, DATA, FIXTURE_ARTIKEL, FIXTURE_DATA, konteks, SNAPSHOT, siteFrom } from '#support/dataset.ts';
import { alasanPenolakan as fails } from '#support/gagal.ts';

const frozen = konteks(siteFrom(SNAPSHOT));
const real = konteks(siteFrom(DATA));
const show = (komponen: string, props: Props) => tampilkan(frozen, komponen, props);
const text = (komponen: string, props: Props) => show(komponen, props).teks;

describe('acuan (references)', () => {
  it('reads every form', () => {
    expect(parseRef('ucj_persen|53|2024-06')).toEqual({
      jenis: 'nilai',
      indikator: 'ucj_persen',
      wilayah: '53',
      periode: '2024-06',
      sumber: null,
    });
    expect(parseRef('ucj_persen|Malaka')).toMatchObject({ jenis: 'nilai', wilayah: 'Malaka', periode: null });
    expect(parseRef('klaim:total|53|2022|nominal')).toMatchObject({
      jenis: 'klaim',
      program: 'TOTAL',
      ukuran: 'nominal',
    });
    expect(parseRef('jumlah:rentan_apbd_provinsi')).toEqual({ jenis: 'jumlah', indikator: 'rentan_apbd_provinsi' });
    expect(parseRef('cacah-semua:*')).toEqual({ jenis: 'cacah', indikator: '*', mode: 'semua' });
    expect(parseRef('cacah-ragu:x')).toMatchObject({ mode: 'ragu' });
    expect(parseRef('kosong:ucj_persen')).toEqual({ jenis: 'kosong', indikator: 'ucj_persen' });
    expect(parseRef('target:ucj')).toEqual({ jenis: 'target' });
    expect(parseRef('angka:1,5')).toEqual({ jenis: 'angka', nilai: 1.5 });
    expect(parseRef('bagian:peserta_aktif|53;pekerja_ucj|53')).toMatchObject({
      jenis: 'bagian',
      a: { indikator: 'peserta_aktif' },
      b: { indikator: 'pekerja_ucj' },
    });
  });

  it('rejects malformed references with the accepted forms', () => {
    for (const bad of ['ucj_persen', 'klaim:TOTAL|53|2022|uang', 'target:bps', 'angka:', 'foo:bar', 'a|b|c|d|e']) {
      expect(fails(() => parseRef(bad))).toMatch(/tidak dikenali/);
    }
  });

  it('names the missing figure: unknown indicator, region, period, or source', () => {
    expect(fails(() => resolve(frozen, 'ucj_persenn|53'))).toMatch(/indikator "ucj_persenn" tidak ada/);
    expect(fails(() => resolve(frozen, 'ucj_persen|Malakka'))).toMatch(/wilayah "Malakka" tidak ada/);
    expect(fails(() => resolve(frozen, 'ucj_persen|Malaka|2024-06'))).toMatch(
      /tidak ada angka .* Malaka dengan periode 2024-06.*yang ada: 2025-05/,
    );
    expect(fails(() => resolve(frozen, 'ucj_persen|Alor'))).toMatch(/belum ada angka .* Alor/);
    expect(fails(() => resolve(frozen, 'klaim:JKP|53|2022|nominal'))).toMatch(/tidak ada baris klaim JKP/);
    expect(fails(() => resolve(frozen, 'klaim:JKM|53|2022|nominal'))).toMatch(/kolom nominal_rp kosong/);
  });
});

describe('komponen angka: teks, data-bind, tautan sumber', () => {
  it('<Nilai>: the latest usable figure by default, formatted and linked to its source', () => {
    const t = show('Nilai', { indikator: 'ucj_persen', wilayah: '53' });
    expect(t).toMatchObject({
      teks: '33,73 persen',
      bind: 'ucj_persen|53|2024-06|poskupang-2024-08-13-coverage-33-73',
      ragu: false,
    });
    expect(t.tautan).toMatch(/^https:\/\/kupang\.tribunnews\.com\/2024\/08\/13\//);
    expect(t.judul).toBe('Periode: Juni 2024. Sumber: Pos Kupang, 13 Agustus 2024');
    expect(text('Nilai', { indikator: 'peserta_aktif', wilayah: '53' })).toBe('558.115');
    expect(text('Nilai', { indikator: 'pekerja_ucj', wilayah: 'NTT' })).toBe('1.654.526');
    expect(text('Nilai', { indikator: 'ucj_persen', wilayah: 'Malaka', sebutPeriode: true })).toBe(
      '3 persen (Mei 2025)',
    );
    expect(text('Nilai', { indikator: 'pekerja_informal', wilayah: '53', periode: '2024-06', bentuk: 'singkat' })).toBe(
      'sekitar 1 juta',
    );
    expect(
      text('Nilai', {
        indikator: 'ucj_persen',
        wilayah: '53',
        periode: '2024-06',
        sumber: 'poskupang-2024-07-25-ucj-33-7',
      }),
    ).toBe('33,7 persen'); // "sekitar" with two decimals is false precision: an approximate percentage is shown whole.
    expect(text('Nilai', { indikator: 'kepesertaan_persen', wilayah: 'Belu', periode: '2024-03', ragu: true })).toBe(
      'sekitar 46 persen',
    );
  });

  it('<Nilai>: a doubtful figure must be cited as doubtful, and only then', () => {
    expect(fails(() => show('Nilai', { indikator: 'ucj_persen', wilayah: '53', periode: '2024' }))).toMatch(
      /ditandai ragu di data .*atribut ragu/,
    );
    expect(show('Nilai', { indikator: 'ucj_persen', wilayah: '53', periode: '2024', ragu: true })).toMatchObject({
      teks: '42,47 persen',
      ragu: true,
    });
    expect(fails(() => show('Nilai', { indikator: 'ucj_persen', wilayah: '53', ragu: true }))).toMatch(
      /tidak lagi ditandai ragu/,
    );
    expect(fails(() => show('Nilai', { indikator: 'rentan_apbd_provinsi', wilayah: 'Nagekeo' }))).toMatch(
      /hanya ada angka yang ditandai ragu/,
    );
  });

  it('<Klaim>: nominal in rupiah words, cases as counts; the exact figure wins over a rounded one', () => {
    expect(show('Klaim', { program: 'TOTAL', periode: '2022', tampil: 'nominal' })).toMatchObject({
      teks: 'Rp381,1 miliar',
      bind: 'klaim:TOTAL|53|2022|nominal|timex-2024-05-28-rakor-rote-ndao',
    });
    expect(text('Klaim', { program: 'TOTAL', periode: '2022', tampil: 'kasus' })).toBe('29.466');
    expect(
      text('Klaim', { program: 'TOTAL', periode: '2023', tampil: 'nominal', sumber: 'poskupang-2024-07-25-ucj-33-7' }),
    ).toBe('sekitar Rp402 miliar');
    expect(text('Klaim', { program: 'TOTAL', periode: '2025-01/2025-06', tampil: 'kasus' })).toBe('lebih dari 26.000');
    expect(
      text('Klaim', {
        program: 'TOTAL',
        wilayah: 'Belu',
        periode: '2024-01/2024-03',
        tampil: 'nominal',
        sebutPeriode: true,
      }),
    ).toBe('sekitar Rp6,4 miliar (Januari–Maret 2024)');
    expect(fails(() => show('Klaim', { program: 'TOTAL', periode: '2022', tampil: 'rupiah' }))).toMatch(
      /tampil="rupiah" tidak dikenal/,
    );
  });

  it('<Angka>: counts of regions, sums, totals and the target', () => {
    expect(show('Angka', { a: 'cacah:ucj_persen', kata: true })).toMatchObject({
      teks: 'dua',
      bind: 'cacah:ucj_persen',
      tautan: '/basis/peta/ucj-persen/',
    });
    expect(text('Angka', { a: 'cacah-semua:rentan_apbd_provinsi' })).toBe('12');
    expect(text('Angka', { a: 'cacah-ragu:rentan_apbd_provinsi', kata: true })).toBe('empat');
    expect(text('Angka', { a: 'kosong:rentan_apbd_provinsi', kata: true, kapital: true })).toBe('Sepuluh');
    expect(text('Angka', { a: 'kosong:*' })).toBe('8');
    expect(text('Angka', { a: 'wilayah:semua' })).toBe('22');
    expect(text('Angka', { a: 'jumlah:rentan_apbd_provinsi' })).toBe('40.436');
    expect(show('Angka', { a: 'target:ucj' })).toMatchObject({
      teks: '95 persen',
      tautan: '/basis/metodologi/#target-ucj',
    });
    expect(fails(() => show('Angka', { a: 'angka:5' }))).toMatch(/hanya boleh dipakai sebagai ambang/);
    expect(fails(() => show('Angka', { a: 'jumlah:ucj_persen' }))).toMatch(/tidak bisa dijumlahkan/);
  });

  it('<Selisih>: percentage points, rupiah, and a refusal when the order flipped', () => {
    expect(show('Selisih', { a: 'ucj_persen|Belu', b: 'ucj_persen|Malaka' })).toMatchObject({
      teks: '87 poin persentase',
      bind: 'selisih(ucj_persen|5306|2025-05|penamalaka-2025-05-16-malaka-ucj-3;ucj_persen|5321|2025-05|penamalaka-2025-05-16-malaka-ucj-3)',
    });
    // Both figures share period and source: the tooltip says it once, not "X — X".
    expect(show('Selisih', { a: 'ucj_persen|Belu', b: 'ucj_persen|Malaka' }).judul).toBe(
      'Periode: Mei 2025. Sumber: Pena Malaka, 16 Mei 2025',
    );
    expect(text('Selisih', { a: 'target:ucj', b: 'ucj_persen|53' })).toBe('61,27 poin persentase');
    expect(text('Selisih', { a: 'klaim:TOTAL|53|2023|nominal', b: 'klaim:TOTAL|53|2022|nominal' })).toBe(
      'Rp22,6 miliar',
    );
    expect(fails(() => show('Selisih', { a: 'ucj_persen|Malaka', b: 'ucj_persen|Belu' }))).toMatch(
      /lebih kecil daripada/,
    );
    expect(fails(() => show('Selisih', { a: 'ucj_persen|53', b: 'peserta_aktif|53' }))).toMatch(/bersatuan sama/);
  });

  it('<Bagian>, <Kelipatan>, <Kekurangan>, <Penyebut>: derived figures keep "sekitar" when an input is rounded', () => {
    expect(text('Bagian', { a: 'peserta_aktif|53', b: 'pekerja_ucj|53', desimal: '2' })).toBe('33,73 persen');
    expect(text('Bagian', { a: 'jumlah:rentan_apbd_provinsi', b: 'rentan_apbd_provinsi|53' })).toBe('40,4 persen');
    expect(
      text('Bagian', { a: 'peserta_aktif|53', b: 'penduduk_bekerja|53|2024-08|nusaflobamora-2024-11-05-sakernas' }),
    ).toBe('sekitar 18,5 persen');
    expect(text('Kelipatan', { a: 'ucj_persen|Belu', b: 'ucj_persen|Malaka' })).toBe('30 kali');
    expect(text('Kekurangan', { peserta: 'peserta_aktif|53', pekerja: 'pekerja_ucj|53' })).toBe('1.013.685');
    expect(text('Kekurangan', { peserta: 'peserta_aktif|53', pekerja: 'pekerja_ucj|53', bentuk: 'singkat' })).toBe(
      '1,01 juta',
    );
    expect(
      fails(() => show('Kekurangan', { peserta: 'peserta_aktif|53', pekerja: 'pekerja_ucj|53', target: 'angka:30' })),
    ).toMatch(/sudah mencapai/);
    expect(
      text('Penyebut', {
        peserta: 'peserta_aktif|53|2024|timex-2024-05-28-rakor-rote-ndao',
        persen: 'ucj_persen|53|2024',
        ragu: true,
      }),
    ).toBe('sekitar 1,55 juta');
  });

  it('<Peringkat>, <NamaPeringkat>: ranks among regions with a usable figure, names linked to their pages', () => {
    expect(text('Peringkat', { indikator: 'rentan_apbd_provinsi', wilayah: 'Sikka' })).toBe('ketiga dari delapan');
    expect(text('Peringkat', { indikator: 'rentan_apbd_provinsi', wilayah: 'Malaka' })).toBe('keempat dari delapan');
    expect(text('Peringkat', { indikator: 'rentan_apbd_provinsi', wilayah: 'TTU', urutan: 'terendah' })).toBe(
      'pertama dari delapan',
    );
    // Two figures are not ranked (house style: no "ke-2 dari 2").
    expect(fails(() => show('Peringkat', { indikator: 'ucj_persen', wilayah: 'Malaka' }))).toMatch(/tidak ditulis/);
    expect(show('NamaPeringkat', { indikator: 'rentan_apbd_provinsi', urutan: 'tertinggi' })).toMatchObject({
      teks: 'Ende',
      daftar: [{ nama: 'Ende', tautan: '/basis/kabupaten/ende/' }],
    });
    expect(text('NamaPeringkat', { indikator: 'rentan_apbd_provinsi', urutan: 'terendah' })).toBe('Timor Tengah Utara');
    expect(text('NamaPeringkat', { indikator: 'rentan_apbd_provinsi', ke: '2' })).toBe('Sumba Barat Daya');
    expect(fails(() => show('Peringkat', { indikator: 'ucj_persen', wilayah: 'Alor' }))).toMatch(/tidak punya angka/);
  });

  it('<Periode>, <Tanggal>, <Target>, <Daftar>', () => {
    expect(show('Periode', { a: 'ucj_persen|53' })).toMatchObject({
      teks: 'Juni 2024',
      bind: 'periode(ucj_persen|53|2024-06|poskupang-2024-08-13-coverage-33-73)',
    });
    expect(text('Periode', { a: 'jumlah:rentan_apbd_provinsi' })).toBe('Agustus–Oktober 2025');
    expect(show('Tanggal', { sumber: 'penamalaka-2025-05-16-malaka-ucj-3' })).toMatchObject({
      teks: '16 Mei 2025',
      bind: 'tanggal:penamalaka-2025-05-16-malaka-ucj-3|2025-05-16',
    });
    expect(text('Target', {})).toBe('95 persen');
    expect(text('Daftar', { pilih: 'semua', indikator: 'ucj_persen' })).toBe('Belu dan Malaka');
    expect(text('Daftar', { pilih: 'kosong', indikator: '*' })).toBe(
      'Sumba Barat, Timor Tengah Selatan, Alor, Flores Timur, Ngada, Sumba Tengah, Manggarai Timur, dan Sabu Raijua',
    );
    expect(fails(() => show('Daftar', { pilih: 'berdata', indikator: 'peserta_pmi' }))).toMatch(/kosong/);
  });
});

describe('klaim <Pastikan>', () => {
  const ok = (p: Props) => periksaPernyataan(frozen, p).uraian;
  const no = (p: Props) => fails(() => periksaPernyataan(frozen, p));

  it('terendah / tertinggi among regions with a usable figure', () => {
    expect(ok({ kondisi: 'terendah', indikator: 'ucj_persen', wilayah: 'Malaka' })).toMatch(
      /^Malaka punya .* terendah di antara 2 kabupaten\/kota/,
    );
    expect(ok({ kondisi: 'tertinggi', indikator: 'ucj_persen', wilayah: 'Belu' })).toMatch(/tertinggi/);
    expect(no({ kondisi: 'terendah', indikator: 'ucj_persen', wilayah: 'Belu' })).toBe(
      'pernyataan "Belu terendah" untuk Cakupan Universal Coverage Jamsostek (UCJ) tidak lagi benar: Belu 90 persen (Mei 2025), sedangkan Malaka 3 persen (Mei 2025).',
    );
    expect(no({ kondisi: 'terendah', indikator: 'ucj_persen', wilayah: 'Alor' })).toMatch(/belum ada angka/);
  });

  it('terendah / tertinggi only among figures the maps would compare', () => {
    // TTS gets a lower UCJ figure from May 2023, two years before the others: it is too old to
    // make Malaka's claim false, and too old to be claimed lowest itself.
    const old = konteks(
      siteFrom(SNAPSHOT, {
        'kepesertaan.csv': (t) => `${t.trimEnd()}\nTTS,2023-05,ucj_persen,1,,penamalaka-2025-05-16-malaka-ucj-3,,\n`,
      }),
    );
    expect(periksaPernyataan(old, { kondisi: 'terendah', indikator: 'ucj_persen', wilayah: 'Malaka' }).uraian).toMatch(
      /terendah di antara 2 kabupaten\/kota/,
    );
    expect(
      fails(() => periksaPernyataan(old, { kondisi: 'terendah', indikator: 'ucj_persen', wilayah: 'TTS' })),
    ).toMatch(/tidak sebanding dengan angka terbaru wilayah lain/);
  });

  it('target, comparisons, ranges, equality with tolerance', () => {
    expect(ok({ kondisi: 'di-bawah-target', a: 'ucj_persen|53' })).toMatch(/di bawah target UCJ \(95 persen\)/);
    expect(no({ kondisi: 'di-bawah-target', a: 'ucj_persen|Belu', b: 'angka:80' })).toMatch(/tidak lagi di bawah/);
    expect(ok({ kondisi: 'lebih-besar', a: 'klaim:TOTAL|53|2023|nominal', b: 'klaim:TOTAL|53|2022|nominal' })).toMatch(
      /lebih besar daripada/,
    );
    expect(no({ kondisi: 'lebih-kecil', a: 'klaim:TOTAL|53|2023|nominal', b: 'klaim:TOTAL|53|2022|nominal' })).toMatch(
      /tidak lagi benar/,
    );
    expect(ok({ kondisi: 'paling-banyak', a: 'cacah:ucj_persen', b: 'angka:2' })).toBeTruthy();
    expect(no({ kondisi: 'paling-sedikit', a: 'cacah:ucj_persen', b: 'angka:3' })).toMatch(/tidak kurang dari/);
    expect(ok({ kondisi: 'antara', a: 'ucj_persen|53', min: '30', maks: '37' })).toMatch(/di antara 30 dan 37/);
    expect(no({ kondisi: 'antara', a: 'ucj_persen|53', min: '40', maks: '50' })).toMatch(/tidak lagi di antara/);
    expect(
      ok({ kondisi: 'sama', a: 'bagian:peserta_aktif|53;pekerja_ucj|53', b: 'ucj_persen|53', toleransi: '0.1' }),
    ).toMatch(/sama dengan/);
    expect(
      no({ kondisi: 'sama', a: 'ucj_persen|53', b: 'ucj_persen|53|2024-06|poskupang-2024-07-25-ucj-33-7' }),
    ).toMatch(/sama dengan/);
    expect(ok({ kondisi: 'berbeda', a: 'ucj_persen|53|2024', b: 'ucj_persen|53' })).toMatch(/berbeda dari/);
  });

  it('existence, doubt, periods and sources', () => {
    expect(ok({ kondisi: 'ada', a: 'ucj_persen|Belu' })).toMatch(/ada angka/);
    expect(ok({ kondisi: 'tidak-ada', indikator: 'ucj_persen', wilayah: 'Alor' })).toBe(
      'Alor belum punya angka Cakupan Universal Coverage Jamsostek (UCJ) yang dipublikasikan',
    );
    expect(no({ kondisi: 'tidak-ada', indikator: 'ucj_persen', wilayah: 'Malaka' })).toMatch(/kini ada 1 angka/);
    expect(ok({ kondisi: 'ragu', a: 'ucj_persen|53|2024' })).toMatch(/ditandai ragu/);
    expect(no({ kondisi: 'ragu', a: 'ucj_persen|53' })).toMatch(/tidak lagi menandainya ragu/);
    expect(ok({ kondisi: 'sumber-sama', a: 'ucj_persen|Malaka', b: 'ucj_persen|Belu' })).toBeTruthy();
    expect(no({ kondisi: 'sumber-sama', a: 'ucj_persen|Malaka', b: 'ucj_persen|53' })).toMatch(
      /berbeda sumber atau periode/,
    );
    expect(ok({ kondisi: 'periode-sama', a: 'cakupan_formal_persen|53|2024-06', b: 'ucj_persen|53' })).toBeTruthy();
    expect(no({ kondisi: 'periode-beda', a: 'cakupan_formal_persen|53|2024-06', b: 'ucj_persen|53' })).toMatch(
      /periodenya sama/,
    );
    expect(ok({ kondisi: 'lebih-dulu', a: 'ucj_persen|Malaka', b: 'rentan_apbd_provinsi|Malaka' })).toBeTruthy();
    expect(no({ kondisi: 'lebih-dulu', a: 'rentan_apbd_provinsi|Malaka', b: 'ucj_persen|Malaka' })).toMatch(
      /tidak lagi/,
    );
    expect(ok({ kondisi: 'periode-sebelum', a: 'ucj_persen|53', periode: '2025-12' })).toMatch(
      /lebih lama dari Desember 2025/,
    );
    expect(no({ kondisi: 'periode-sebelum', a: 'ucj_persen|53', periode: '2024-01' })).toMatch(/kini ada/);
  });

  it('every listed condition is implemented, unknown ones are refused', () => {
    for (const kondisi of Object.keys(KONDISI)) {
      // Missing attributes are reported by name, never as "belum diperiksa".
      expect(fails(() => periksaPernyataan(frozen, { kondisi }))).toMatch(/wajib diisi/);
    }
    expect(no({ kondisi: 'terburuk' })).toMatch(/tidak dikenal/);
  });
});

describe('artikel uji (tests/fixtures/articles/valid) terhadap data uji', () => {
  const file = join(FIXTURE_ARTIKEL, 'contoh-cakupan.mdx');
  const source = readFileSync(file, 'utf8');
  const check = (site: ReturnType<typeof siteFrom>) => {
    const k = konteks(site);
    const { pemakaian, masalah } = bacaMdx(source, 'tests/fixtures/articles/valid/contoh-cakupan.mdx');
    const r = periksaArtikel(
      k,
      'tests/fixtures/articles/valid/contoh-cakupan.mdx',
      pemakaian,
      (n, p) => sumberGrafik(k, n, p),
      (p) => ['/metodologi/'].includes(p),
    );
    return { ...r, masalah: [...masalah, ...r.masalah] };
  };

  it('holds on the fixture data: no problems, claims listed with their lines', () => {
    const r = check(siteFrom(FIXTURE_DATA));
    expect(r.masalah).toEqual([]);
    expect(r.hasil.pernyataan.map((c) => c.baris)).toEqual([13, 14, 15]);
    expect(r.hasil.wilayah).toEqual(['5306', '5321']);
    expect(r.hasil.sumber.map((s) => s.id)).toContain('poskupang-2024-08-01');
  });

  it('fails when a data refresh makes a claim false, naming file, line and claim', () => {
    const site = siteFrom(FIXTURE_DATA, {
      'kepesertaan.csv': (t) => t.replace('Malaka,2025-05,ucj_persen,3,', 'Malaka,2025-05,ucj_persen,95,'),
    });
    const r = check(site);
    expect(r.masalah.map((m) => m.line)).toEqual([13, 14, 17]);
    const msg = formatMasalah(r.masalah);
    expect(msg).toContain(
      'tests/fixtures/articles/valid/contoh-cakupan.mdx, baris 13, kolom 1: <Pastikan kondisi="terendah" indikator="ucj_persen" wilayah="5321" />',
    );
    expect(msg).toContain(
      'pernyataan "Malaka terendah" untuk Cakupan Universal Coverage Jamsostek (UCJ) tidak lagi benar: Malaka 95 persen (Mei 2025), sedangkan Belu 90 persen (Mei 2025).',
    );
    expect(msg).toContain('baris 14, kolom 1: <Pastikan kondisi="tertinggi" indikator="ucj_persen" wilayah="5306" />');
    // The same change also flips the difference the text states as Belu minus Malaka.
    expect(msg).toMatch(/baris 17, kolom \d+: <Selisih a="ucj_persen\|5306" b="ucj_persen\|5321" \/>/);
    expect(msg).toMatch(/^Build dihentikan: 3 masalah di artikel\./);
  });

  it('fails when a value it needs disappears from the data', () => {
    const site = siteFrom(FIXTURE_DATA, {
      'klaim.csv': (t) =>
        t
          .split('\n')
          .filter((l) => !l.startsWith('53,2022,TOTAL'))
          .join('\n'),
    });
    const msg = formatMasalah(check(site).masalah);
    expect(msg).toContain('contoh-cakupan.mdx, baris 21');
    expect(msg).toContain('tidak ada baris klaim TOTAL untuk Nusa Tenggara Timur periode 2022 di data/klaim.csv.');
  });
});

describe('artikel terbitan terhadap data/', () => {
  const files = readdirSync(ARTIKEL).filter((f) => f.endsWith('.mdx'));
  const pages = new Set([
    '/',
    '/artikel/',
    '/kabupaten/',
    '/metodologi/',
    '/tentang/',
    '/data/',
    ...files.map((f) => `/artikel/${f.replace(/\.mdx$/, '')}/`),
    ...real.site.wilayah.map((w) => `/kabupaten/${w.slug}/`),
  ]);

  for (const f of files) {
    it(`${f}: every figure resolves and every claim holds`, () => {
      const berkas = `src/content/artikel/${f}`;
      const { pemakaian, masalah } = bacaMdx(readFileSync(join(ARTIKEL, f), 'utf8'), berkas);
      const r = periksaArtikel(
        real,
        berkas,
        pemakaian,
        (n, p) => sumberGrafik(real, n, p),
        (p) => pages.has(p),
      );
      const all = [...masalah, ...r.masalah];
      expect(all, formatMasalah(all)).toEqual([]);
      // A figure always names where it comes from.
      if (r.hasil.jumlahAngka > 0) expect(r.hasil.sumber.length).toBeGreaterThan(0);
    });
  }
});

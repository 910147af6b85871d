// Indonesian number, money, period and list formats used by every figure on the site.
import { describe, expect, it } from 'vitest';
import {
  formatAngka,
  formatAngkaSingkat,
  formatBilangan,
  formatUrutan,
  formatDaftar,
  formatKali,
  formatPeriode,
  formatPeringkat,
  formatPersen,
  formatPoin,
  formatRupiah,
  formatTanggal,
  isoTanggal,
  namaBulan,
  withQualifier,
} from '#model/format.ts';

describe('angka', () => {
  it('groups thousands with a dot and writes decimals with a comma', () => {
    expect(formatAngka(558115)).toBe('558.115');
    expect(formatAngka(1654526)).toBe('1.654.526');
    expect(formatAngka(999)).toBe('999');
    expect(formatAngka(0)).toBe('0');
    expect(formatAngka(33.73, 2)).toBe('33,73');
    expect(formatAngka(33.735, 1)).toBe('33,7');
    expect(formatAngka(1.5)).toBe('2');
  });

  it('percentages keep the precision the source published', () => {
    expect(formatPersen(33.73)).toBe('33,73 persen');
    expect(formatPersen(3)).toBe('3 persen');
    expect(formatPersen(45.76, 'ringkas')).toBe('45,76%');
    expect(formatPersen(95)).toBe('95 persen');
  });

  it('large counts in words of scale', () => {
    expect(formatAngkaSingkat(1654526)).toBe('1,65 juta');
    expect(formatAngkaSingkat(1_000_000)).toBe('1 juta');
    expect(formatAngkaSingkat(600_000)).toBe('600 ribu');
    expect(formatAngkaSingkat(141_000)).toBe('141 ribu');
    expect(formatAngkaSingkat(9731)).toBe('9.731');
  });

  it('counts of ten or fewer in words, larger in figures', () => {
    expect([0, 1, 2, 9, 10].map((n) => formatBilangan(n))).toEqual(['nol', 'satu', 'dua', 'sembilan', 'sepuluh']);
    expect(formatBilangan(22)).toBe('22');
    expect([1, 2, 4, 10, 11, 22].map(formatUrutan)).toEqual([
      'pertama',
      'kedua',
      'keempat',
      'kesepuluh',
      'ke-11',
      'ke-22',
    ]);
    expect(formatBilangan(2, true)).toBe('Dua');
    expect(formatBilangan(2.5)).toBe('3');
  });

  it('differences, ratios and ranks', () => {
    expect(formatPoin(87)).toBe('87 poin persentase');
    expect(formatPoin(61.27)).toBe('61,27 poin persentase');
    expect(formatPoin(52.3, 1)).toBe('52,3 poin persentase');
    expect(formatKali(30)).toBe('30 kali');
    expect(formatKali(1.825)).toBe('1,8 kali');
    expect(formatPeringkat(2, 9)).toBe('kedua dari sembilan');
    expect(formatPeringkat(1, 1500)).toBe('pertama dari 1.500');
    expect(formatPeringkat(12, 14)).toBe('ke-12 dari 14');
  });
});

describe('rupiah', () => {
  it('uses juta, miliar and triliun with Indonesian decimals', () => {
    expect(formatRupiah(381_080_853_812)).toBe('Rp381,1 miliar');
    expect(formatRupiah(403_714_031_630)).toBe('Rp403,7 miliar');
    expect(formatRupiah(4_493_500_000)).toBe('Rp4,49 miliar');
    expect(formatRupiah(13_000_000_000)).toBe('Rp13 miliar');
    expect(formatRupiah(313_500_000)).toBe('Rp313,5 juta');
    expect(formatRupiah(6_400_000)).toBe('Rp6,4 juta');
    expect(formatRupiah(1_500_000_000_000)).toBe('Rp1,5 triliun');
    expect(formatRupiah(12_340_000_000_000)).toBe('Rp12,3 triliun');
  });

  it('writes amounts under a million, and the full form, in full', () => {
    expect(formatRupiah(750_000)).toBe('Rp750.000');
    expect(formatRupiah(381_080_853_812, 'penuh')).toBe('Rp381.080.853.812');
    expect(formatRupiah(0)).toBe('Rp0');
  });
});

describe('periode, tanggal, kualifikasi, daftar', () => {
  const p = (
    id: string,
    jenis: 'tahun' | 'bulan' | 'rentang-bulan' | 'rentang-tahun',
    mulai: string,
    akhir: string,
  ) => ({
    id,
    jenis,
    mulai,
    akhir,
  });
  it('periods in words', () => {
    expect(formatPeriode(p('2024-06', 'bulan', '2024-06', '2024-06'))).toBe('Juni 2024');
    expect(formatPeriode(p('2022', 'tahun', '2022-01', '2022-12'))).toBe('2022');
    expect(formatPeriode(p('2025-01/2025-04', 'rentang-bulan', '2025-01', '2025-04'))).toBe('Januari–April 2025');
    expect(formatPeriode(p('2024-11/2025-02', 'rentang-bulan', '2024-11', '2025-02'))).toBe(
      'November 2024–Februari 2025',
    );
    expect(formatPeriode(p('2023/2024', 'rentang-tahun', '2023-01', '2024-12'))).toBe('2023–2024');
    expect(namaBulan('2025-05')).toBe('Mei 2025');
  });

  it('dates and qualifiers', () => {
    expect(formatTanggal('2025-05-16')).toBe('16 Mei 2025');
    expect(formatTanggal('2024-08-01')).toBe('1 Agustus 2024');
    expect(isoTanggal(new Date('2026-11-20T00:00:00Z'))).toBe('2026-11-20');
    expect(withQualifier('Rp402 miliar', 'sekitar')).toBe('sekitar Rp402 miliar');
    expect(withQualifier('26.000', 'lebih dari')).toBe('lebih dari 26.000');
    expect(withQualifier('3 persen', null)).toBe('3 persen');
  });

  it('lists of names in a sentence', () => {
    expect(formatDaftar(['Malaka'])).toBe('Malaka');
    expect(formatDaftar(['Belu', 'Malaka'])).toBe('Belu dan Malaka');
    expect(formatDaftar(['Belu', 'Ende', 'Kota Kupang'])).toBe('Belu, Ende, dan Kota Kupang');
  });
});

// The home page states a finding; these check that the words follow the data.
import { describe, expect, it } from 'vitest';
import { beranda, bulanSejak, pecahanUntuk } from '#lib/beranda.ts';
import { SNAPSHOT, siteFrom } from '#support/dataset.ts';

const href = (p: string) => p;
const NOW = new Date('2026-12-01T00:00:00Z');
/** The snapshot with a newer provincial UCJ figure, which the home page then leads with. */
const withUcj = (nilai: string) =>
  siteFrom(SNAPSHOT, {
    'kepesertaan.csv': (text) =>
      `${text.trimEnd()}\n53,2025-07,ucj_persen,"${nilai}",,poskupang-2025-07-21-dirut-100-ribu-rentan,,\n`,
  });

describe('the fraction a share may be called', () => {
  it('names simple fractions only when the share is close to them', () => {
    expect(pecahanUntuk(66.27)?.kata).toBe('Dua dari tiga');
    expect(pecahanUntuk(50.4)?.kata).toBe('Separuh');
    expect(pecahanUntuk(75.1)?.kata).toBe('Tiga dari empat');
    expect(pecahanUntuk(56)).toBeNull();
  });

  it('counts whole months from the end of a period', () => {
    expect(bulanSejak('2024-06', NOW)).toBe(30);
  });
});

describe('home headline and dek', () => {
  it('with the published figure: "Dua dari tiga", checked against the data', () => {
    const b = beranda({ site: siteFrom(SNAPSHOT), href }, NOW);
    expect(b.judul).toBe('Dua dari tiga pekerja NTT belum terlindungi Jamsostek');
    expect(b.pernyataan[0]).toMatch(/33,73 persen.*di antara/);
    expect(b.dek).toContain('Juni 2024');
    expect(b.dek).toContain('30 bulan');
    expect(b.dek).toMatch(/Di 20 dari 22 kabupaten\/kota/);
  });

  it('the words change when the data no longer supports them', () => {
    expect(beranda({ site: withUcj('49,8'), href }, NOW).judul).toBe('Separuh pekerja NTT belum terlindungi Jamsostek');
    expect(beranda({ site: withUcj('44'), href }, NOW).judul).toBe(
      'Sekitar 56 persen pekerja NTT belum terlindungi Jamsostek',
    );
  });

  it('a figure above the target stops the build instead of saying it is below', () => {
    expect(() => beranda({ site: withUcj('96'), href }, NOW)).toThrow(/tidak lagi di bawah/);
  });

  it('cards are grouped by source and period, so figures of different releases never sit side by side', () => {
    const b = beranda({ site: siteFrom(SNAPSHOT), href }, NOW);
    const keys = b.kelompok.map((g) => `${g.periode}|${g.sumber.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const ucjGroup = b.kelompok.find((g) => g.kartu.some((c) => c.id === 'ucj_persen'))!;
    expect(ucjGroup.kartu.some((c) => c.id === 'cakupan_formal_persen')).toBe(false);
    expect(b.visual.baris[0]).toMatchObject({ id: 'ucj_persen', utama: true });
  });
});

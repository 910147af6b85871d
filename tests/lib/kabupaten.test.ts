// The kabupaten/kota fact-sheet model (src/lib/kabupaten.ts).
import { describe, expect, it } from 'vitest';
import { modelKabupaten } from '#lib/kabupaten.ts';
import { SNAPSHOT, siteFrom } from '#support/dataset.ts';

// Exact figures are asserted, so the pages are modelled from a frozen copy of data/.
const site = siteFrom(SNAPSHOT);

describe('model halaman kabupaten', () => {
  const region = (kode: string) => site.wilayah.find((w) => w.kode === kode)!;

  it('a region with UCJ: value, rank, every figure with period and source, doubtful ones kept', () => {
    const m = modelKabupaten(site, region('5306'));
    expect(m.ucjTeks).toBe('90 persen');
    // Cards print the short form (house style: "%" on cards and labels).
    expect(m.ucjRingkas).toBe('90%');
    expect(m.ucjPeringkat).toEqual({ rank: 1, dari: 2, seri: false });
    const kep = m.kelompok.find((g) => g.indikator.id === 'kepesertaan_persen')!;
    expect(kep.baris.every((r) => r.obs.ragu)).toBe(true);
    expect(kep.baris.map((r) => r.periode)).toEqual(['2023–2024', 'Maret 2024']);
    expect(m.klaim[0]).toMatchObject({ nominal: 'sekitar Rp6,4 miliar', kasus: '171', periode: 'Januari–Maret 2024' });
    // Belu has UCJ but no published base, and its other key figures are all doubtful.
    expect(m.belumAda).toContain('belum ada jumlah pekerja yang menjadi dasar hitungan UCJ');
    expect(m.belumAda.some((x) => /hanya ada angka yang diragukan/.test(x))).toBe(true);
  });

  it('a region without any figure says what is missing', () => {
    const m = modelKabupaten(site, region('5304'));
    expect(m.ucj).toBeNull();
    expect(m.kelompok).toEqual([]);
    expect(m.belumAda[0]).toBe('angka UCJ belum diumumkan');
    expect(m.belumAda).toContain('angka klaim belum diumumkan');
  });

  it('a new figure in the data appears without touching the page', () => {
    const more = siteFrom(SNAPSHOT, {
      'kepesertaan.csv': (t) => `${t.trimEnd()}\nTTS,2025-05,ucj_persen,"12,5",,penamalaka-2025-05-16-malaka-ucj-3,,\n`,
    });
    const m = modelKabupaten(
      more,
      more.wilayah.find((w) => w.kode === '5304')!,
    );
    expect(m.ucjRingkas).toBe('12,5%');
    expect(m.ucjPeringkat).toMatchObject({ rank: 2, dari: 3 });
    expect(m.belumAda).not.toContain('angka UCJ belum diumumkan');
  });

  it('ranks only among comparable figures: an old figure is shown but not ranked', () => {
    // A May 2023 UCJ figure for TTS, two years before the newest ones (May 2025).
    const old = siteFrom(SNAPSHOT, {
      'kepesertaan.csv': (t) => `${t.trimEnd()}\nTTS,2023-05,ucj_persen,"12,5",,penamalaka-2025-05-16-malaka-ucj-3,,\n`,
    });
    const m = modelKabupaten(
      old,
      old.wilayah.find((w) => w.kode === '5304')!,
    );
    expect(m.ucjRingkas).toBe('12,5%');
    expect(m.ucjPeringkat).toBeNull();
    // Belu keeps its rank among the two comparable May 2025 figures.
    expect(modelKabupaten(old, region('5306')).ucjPeringkat).toEqual({ rank: 1, dari: 2, seri: false });
  });
});

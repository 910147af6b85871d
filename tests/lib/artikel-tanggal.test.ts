// Maps and charts in an article draw the data as of its date, like its text figures, and earn
// the same notes: a correction of a row they draw, and newer live data for the latest rows they draw.
import { describe, expect, it } from 'vitest';
import { releaseSites } from '#pipeline/pipeline.ts';
import { loadReleases, recordRelease } from '#pipeline/rilis.ts';
import { catatanBlok, dataPerTanggal } from '#lib/artikel-tanggal.ts';
import { konteksBlok, type Konteks } from '#lib/artikel/resolve.ts';
import { grafikWilayah, sumberGrafik } from '#lib/charts/model.ts';
import { buildMapModel } from '#lib/map/model.ts';
import type { SiteData } from '#model/schema.ts';
import { useScratchDir } from '#support/build.ts';
import { datasetOf, readDataDir, SNAPSHOT } from '#support/dataset.ts';

const dir = useScratchDir('artikel-tanggal');
const MALAKA = '5321,2025-05,ucj_persen,3,,penamalaka-2025-05-16-malaka-ucj-3,,';
const BIND_MEI = 'ucj_persen|5321|2025-05|penamalaka-2025-05-16-malaka-ucj-3';
const TANGGAL = '2026-11-20';

const data = readDataDir(SNAPSHOT);
recordRelease(dir, datasetOf(data), 'Rilis pertama', '2026-12-01');
const second = { ...data };
second['kepesertaan.csv'] =
  data['kepesertaan.csv']!.replace(MALAKA, MALAKA.replace('ucj_persen,3,', 'ucj_persen,"3,4",')) +
  '5321,2026-10,ucj_persen,"7,5",,uji-2026-11-30-malaka,,\n';
second['sumber.csv'] =
  data['sumber.csv']! + 'uji-2026-11-30-malaka,Penerbit Uji,Judul uji,https://example.org/uji,2026-11-30,,,,\n';
recordRelease(dir, datasetOf(second), 'Koreksi Malaka', '2026-12-02');
const riwayat = releaseSites(loadReleases(dir));
const live = riwayat.at(-1)!.site;
const artikel: Konteks = { site: dataPerTanggal(live, TANGGAL), href: (p) => p, lengkap: live };

/** The notes of one block as the article checker computes them. */
function catatan(komponen: string, props: Record<string, string>) {
  const kb = konteksBlok(artikel, props);
  const gambar = (s: SiteData) => sumberGrafik({ ...kb, site: s }, komponen, props);
  return catatanBlok(riwayat, live, kb.site, gambar, TANGGAL, kb === artikel);
}

describe('maps and charts in an article', () => {
  it('draw the corrected May 2025 value and not the newer figure', () => {
    const peta = buildMapModel(konteksBlok(artikel, {}).site, 'ucj_persen');
    const malaka = peta.regions.find((r) => r.kode === '5321')!;
    expect(malaka.entry?.nilai).toBe(3.4);
    expect(malaka.entry?.periode.id).toBe('2025-05');
    const grafik = grafikWilayah(konteksBlok(artikel, {}), 'ucj_persen');
    const baris = grafik.baris.find((b) => b.label === 'Malaka')!;
    expect([baris.teks, baris.bind]).toEqual(['3,4 persen', BIND_MEI]);
    // The live map has moved on.
    expect(buildMapModel(live, 'ucj_persen').regions.find((r) => r.kode === '5321')!.entry?.nilai).toBe(7.5);
  });

  it('a map or chart that draws the corrected row gets the correction note and the newer-data note', () => {
    for (const [komponen, props] of [
      ['Peta', { indikator: 'ucj_persen' }],
      ['GrafikWilayah', { indikator: 'ucj_persen' }],
    ] as const) {
      const n = catatan(komponen, props);
      expect(n.koreksi.map((c) => [c.bind, c.sebelum, c.sesudah, c.rilis.nomor])).toEqual([[BIND_MEI, 3, 3.4, 2]]);
      expect(n.baru.map((b) => [b.bind, b.periode])).toEqual([[BIND_MEI, '2026-10']]);
    }
  });

  it('a block with an explicit period shows the correction but no newer-data note', () => {
    const n = catatan('GrafikCakupan', { wilayah: 'Malaka', periode: '2025-05' });
    expect(n.koreksi.map((c) => c.bind)).toEqual([BIND_MEI]);
    expect(n.baru).toEqual([]);
  });

  it('a block that does not draw the changed row gets no note', () => {
    for (const [komponen, props] of [
      ['Peta', { indikator: 'kepesertaan_persen' }],
      ['GrafikProvinsi', {}],
    ] as const) {
      const n = catatan(komponen, props);
      expect([komponen, n.koreksi, n.baru]).toEqual([komponen, [], []]);
    }
  });
});

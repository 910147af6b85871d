// Maps and charts in an article draw the data as of its date, like its text figures, and earn
// the same notes: a correction of a row they draw, and newer live data for the latest rows they draw.
import { describe, expect, it } from 'vitest';
import { releaseSites } from '#pipeline/pipeline.ts';
import { loadReleases, recordRelease } from '#pipeline/rilis.ts';
import { catatanBlok, dataPerTanggal } from '#lib/artikel-tanggal.ts';
import { konteksBlok, type Konteks } from '#lib/artikel/resolve.ts';
import { sumberGrafik } from '#lib/artikel/komponen.ts';
import { grafikKuota } from '#lib/charts/cerita.ts';
import { buildMapModel } from '#lib/map/model.ts';
import type { SiteData } from '#model/schema.ts';
import { useScratchDir } from '#support/build.ts';
import { datasetOf, readDataDir, SNAPSHOT } from '#support/dataset.ts';

const dir = useScratchDir('artikel-tanggal');
const TANGGAL = '2026-11-20';
const UJI = 'uji-2026-11-30-malaka';
// Rows corrected in place in the second release (old → new), each with a newer figure from a source dated after the article.
const KOREKSI = [
  [
    '5321,2025-05,ucj_persen,3,,penamalaka-2025-05-16-malaka-ucj-3,',
    '5321,2025-05,ucj_persen,"3,4",,penamalaka-2025-05-16-malaka-ucj-3,',
  ],
  [
    '5321,2025-08,rentan_apbd_provinsi,4475,,poskupang-2025-08-26-malaka-4475,',
    '5321,2025-08,rentan_apbd_provinsi,4490,,poskupang-2025-08-26-malaka-4475,',
  ],
  [
    '53,2024-06,cakupan_formal_persen,"65,9",,poskupang-2024-07-25-ucj-33-7,',
    '53,2024-06,cakupan_formal_persen,"66,1",,poskupang-2024-07-25-ucj-33-7,',
  ],
] as const;
const BARU = [
  `5321,2026-10,ucj_persen,"7,5",,${UJI},,`,
  `5321,2026-10,rentan_apbd_provinsi,5210,,${UJI},,`,
  `53,2026-10,cakupan_formal_persen,"70,2",,${UJI},,`,
];
const UCJ = 'ucj_persen|5321|2025-05|penamalaka-2025-05-16-malaka-ucj-3';
const RENTAN = 'rentan_apbd_provinsi|5321|2025-08|poskupang-2025-08-26-malaka-4475';
const FORMAL = 'cakupan_formal_persen|53|2024-06|poskupang-2024-07-25-ucj-33-7';

const data = readDataDir(SNAPSHOT);
recordRelease(dir, datasetOf(data), 'Rilis pertama', '2026-12-01');
let kep = data['kepesertaan.csv']!;
for (const [lama, baru] of KOREKSI) {
  expect(kep).toContain(lama);
  kep = kep.replace(lama, baru);
}
const second = {
  ...data,
  'kepesertaan.csv': kep + BARU.join('\n') + '\n',
  'sumber.csv': data['sumber.csv']! + `${UJI},Penerbit Uji,Judul uji,https://example.org/uji,2026-11-30,,,,\n`,
};
recordRelease(dir, datasetOf(second), 'Koreksi dan angka baru', '2026-12-02');
const riwayat = releaseSites(loadReleases(dir));
const live = riwayat.at(-1)!.site;
const artikel: Konteks = { site: dataPerTanggal(live, TANGGAL), href: (p) => p, lengkap: live };

/** The notes of one block as the article checker computes them. */
function catatan(komponen: string, props: Record<string, string>) {
  const kb = konteksBlok(artikel, props);
  const gambar = (s: SiteData) => sumberGrafik({ ...kb, site: s }, komponen, props);
  const n = catatanBlok(riwayat, live, kb.site, gambar, TANGGAL, kb === artikel);
  return {
    koreksi: n.koreksi.map((c) => [c.bind, c.sebelum, c.sesudah, c.rilis.nomor]),
    baru: n.baru.map((b) => [b.bind, b.periode]),
  };
}

describe('maps and charts in an article', () => {
  it('draw the corrected values as of the article date, not the newer figures', () => {
    const malaka = (s: SiteData) => buildMapModel(s, 'ucj_persen').regions.find((r) => r.kode === '5321')!.entry;
    expect([malaka(konteksBlok(artikel, {}).site)?.nilai, malaka(konteksBlok(artikel, {}).site)?.periode.id]).toEqual([
      3.4,
      '2025-05',
    ]);
    expect(malaka(live)?.nilai).toBe(7.5);
    const kuota = (k: Konteks) => grafikKuota(k, 'rentan_apbd_provinsi').baris.find((b) => b.nama === 'Malaka')!.nilai;
    expect(kuota(konteksBlok(artikel, {}))).toBe(4490);
    expect(kuota({ ...artikel, site: live })).toBe(5210);
  });

  it('a map or chart that draws a corrected row gets its correction note and the newer-data note, and only those', () => {
    expect(catatan('Peta', { indikator: 'ucj_persen' })).toEqual({
      koreksi: [[UCJ, 3, 3.4, 2]],
      baru: [[UCJ, '2026-10']],
    });
    expect(catatan('GrafikKuota', { indikator: 'rentan_apbd_provinsi' })).toEqual({
      koreksi: [[RENTAN, 4475, 4490, 2]],
      baru: [[RENTAN, '2026-10']],
    });
  });

  it('a block with an explicit period shows the correction of its period but no newer-data note', () => {
    expect(catatan('GrafikProporsi', { wilayah: '53', periode: '2024-06' })).toEqual({
      koreksi: [[FORMAL, 65.9, 66.1, 2]],
      baru: [],
    });
  });

  it('a block that draws none of the changed rows gets no note', () => {
    expect(catatan('Peta', { indikator: 'kepesertaan_persen' })).toEqual({ koreksi: [], baru: [] });
    expect(catatan('GrafikLinimasa', {})).toEqual({ koreksi: [], baru: [] });
  });
});

// A correction of a claim an article shows earns a note about the measure the reader sees: the
// cases, or the rupiah, not a change in the other column of the same row.
import { expect, it } from 'vitest';
import { releaseSites } from '#pipeline/pipeline.ts';
import { loadReleases, recordRelease } from '#pipeline/rilis.ts';
import { koreksiSetelah, samaKoreksi } from '#lib/artikel-tanggal.ts';
import { useScratchDir } from '#support/build.ts';
import { datasetOf, readDataDir, SNAPSHOT } from '#support/dataset.ts';

const dir = useScratchDir('artikel-koreksi-klaim');
const SUMBER = 'timex-2023-02-10-klaim-2022';
// JHT 2022: the case count corrected, the rupiah left alone. JKK 2022: only the rupiah corrected.
const JHT = ['53,2022,JHT,35717,342869184542,', '53,2022,JHT,35718,342869184542,'] as const;
const JKK = ['53,2022,JKK,218,3650207392,', '53,2022,JKK,218,3650207400,'] as const;

const data = readDataDir(SNAPSHOT);
recordRelease(dir, datasetOf(data), 'Rilis pertama', '2026-12-01');
let klaim = data['klaim.csv']!;
for (const [lama, baru] of [JHT, JKK]) {
  expect(klaim).toContain(lama);
  klaim = klaim.replace(lama, baru);
}
recordRelease(dir, datasetOf({ ...data, 'klaim.csv': klaim }), 'Koreksi klaim', '2026-12-02');
const riwayat = releaseSites(loadReleases(dir));
const teks = (program: string, ukuran: string) => `klaim:${program}|53|2022|${ukuran}|${SUMBER}`;
const ringkas = (binds: string[]) =>
  koreksiSetelah(riwayat, binds, '2026-11-20').map((c) => [c.bind, c.ukuran, c.sebelum, c.sesudah, c.rilis.nomor]);

it('a claim in the text gets a note only for the measure it shows that changed', () => {
  expect(ringkas([teks('JHT', 'kasus')])).toEqual([[teks('JHT', 'kasus'), 'kasus', 35717, 35718, 2]]);
  expect(ringkas([teks('JHT', 'nominal')])).toEqual([]);
  expect(ringkas([teks('JKK', 'nominal')])).toEqual([[teks('JKK', 'nominal'), 'nominal', 3650207392, 3650207400, 2]]);
  expect(ringkas([teks('JKK', 'kasus')])).toEqual([]);
});

it('a chart drawing the whole row hears of every measure that changed, once per note', () => {
  const baris = `klaim:JKK|53|2022|${SUMBER}`;
  expect(ringkas([baris])).toEqual([[baris, 'nominal', 3650207392, 3650207400, 2]]);
  const [dariTeks] = koreksiSetelah(riwayat, [teks('JKK', 'nominal')], '2026-11-20');
  const [dariGrafik] = koreksiSetelah(riwayat, [baris], '2026-11-20');
  expect(samaKoreksi(dariTeks!, dariGrafik!)).toBe(true);
});

it('a correction released before the article date is no news to it', () => {
  expect(koreksiSetelah(riwayat, [teks('JHT', 'kasus')], '2026-12-02')).toEqual([]);
});

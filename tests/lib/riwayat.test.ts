import { describe, expect, it } from 'vitest';
import { releaseSites } from '#pipeline/pipeline.ts';
import { loadReleases, recordRelease } from '#pipeline/rilis.ts';
import { bagiRiwayat, denganNamaKini, jalurRilis, RILIS_PENUH, tampilanRiwayat, versiRilis } from '#lib/riwayat.ts';
import { useScratchDir } from '#support/build.ts';
import { datasetOf, readDataDir, siteFrom, SNAPSHOT } from '#support/dataset.ts';

const dir = useScratchDir('riwayat');
const MALAKA = '5321,2025-05,ucj_persen,3,,penamalaka-2025-05-16-malaka-ucj-3,,';

const data = readDataDir(SNAPSHOT);
recordRelease(dir, datasetOf(data), 'Rilis pertama', '2026-12-01');
const second = { ...data };
// Correct Malaka in place, remove one Belu row, add a figure from a new source.
const belu = data['kepesertaan.csv']!.split('\n').find((l) => l.startsWith('5306,2023-05,rentan_apbd_kabupaten,'))!;
second['kepesertaan.csv'] =
  data['kepesertaan.csv']!.replace(MALAKA, MALAKA.replace('ucj_persen,3,', 'ucj_persen,"3,4",')).replace(
    `${belu}\n`,
    '',
  ) +
  '5321,2026-10,ucj_persen,"7,5",,uji-2026-11-30-malaka,,\n' +
  // An approximate, doubtful figure from the new source: "sekitar" with two decimals, as some reports write it.
  '5321,2026-10,kepesertaan_persen,"45,76",sekitar,uji-2026-11-30-malaka,ya,Angka uji yang diragukan.\n';
second['sumber.csv'] =
  data['sumber.csv']! + 'uji-2026-11-30-malaka,Penerbit Uji,Judul uji,https://example.org/uji,2026-11-30,,,,\n';
recordRelease(dir, datasetOf(second), 'Koreksi Malaka', '2026-12-02');
const releases = releaseSites(loadReleases(dir));

describe('the change log as readers see it', () => {
  const [newest, first] = tampilanRiwayat(releases);

  it('is newest first, with note, date and a summary', () => {
    expect(newest!.rilis.nomor).toBe(2);
    expect(newest!.rilis.catatan).toBe('Koreksi Malaka');
    expect(first!.rilis.nomor).toBe(1);
    expect(first!.ringkas).toMatch(/^Rilis pertama: [\d.]+ angka dari [\d.]+ sumber untuk [\d.]+ wilayah\.$/);
    // Small counts in words; the sentence does not start with a figure.
    expect(newest!.ringkas).toBe('Ada empat perubahan angka di dua wilayah.');
  });

  it('groups changes per region in data order and writes each as Indonesian text', () => {
    expect(belu).toBeDefined();
    expect(newest!.grup.map((g) => g.nama)).toEqual(['Belu', 'Malaka']);
    const malaka = newest!.grup.find((g) => g.nama === 'Malaka')!;
    expect(malaka.slug).toBe('malaka');
    // Tables write "%", sentences (the feed) "persen"; an approximate percentage is whole; no brackets.
    expect(
      malaka.baris.map((b) => [b.jenisTeks, b.periodeTeks, b.perubahanTeks, b.perubahanProsa, b.sumber?.penerbit]),
    ).toEqual([
      [
        'Ditambahkan',
        'Oktober 2026',
        'sekitar 46%, diragukan; sumber baru',
        'sekitar 46 persen, diragukan; sumber baru',
        'Penerbit Uji',
      ],
      ['Dikoreksi', 'Mei 2025', '3% → 3,4%', '3 persen → 3,4 persen', 'Pena Malaka'],
      ['Ditambahkan', 'Oktober 2026', '7,5%; sumber baru', '7,5 persen; sumber baru', 'Penerbit Uji'],
    ]);
    const removed = newest!.grup.find((g) => g.nama === 'Belu')!.baris[0]!;
    expect(removed.jenisTeks).toBe('Dihapus');
    // The removed row's indicator and source are named from the release it was removed from.
    expect(removed.indikatorTeks).not.toMatch(/^[a-z_]+$/);
    expect(removed.sumber).not.toBeNull();
    expect(newest!.lainnya).toEqual(['Keterangan sumber ditambahkan: Judul uji']);
  });

  it('each release keeps its own data: the first still has the old Malaka value', () => {
    const value = (i: number) => releases[i]!.site.terkini.ucj_persen!['5321']!;
    expect(value(0).nilai).toBe(3);
    expect(value(1).nilai).toBe(7.5);
    expect(versiRilis(releases).map((r) => r.nomor)).toEqual([1, 2]);
  });
});

describe('the change log names things as the site does today', () => {
  // Today's data: the indicator renamed since both releases, and Malaka renamed.
  const kini = siteFrom(SNAPSHOT, {
    'indikator.csv': (csv) => csv.replace(',Cakupan Universal Coverage Jamsostek (UCJ),', ',Capaian UCJ (uji),'),
    'wilayah.csv': (csv) => csv.replace('5321,Malaka,', '5321,Malaka Uji,'),
  });
  const log = tampilanRiwayat(releases, kini);
  const rows = log.flatMap((d) => d.grup.flatMap((g) => g.baris.map((b) => ({ ...b, wilayah: g.nama }))));

  it("shows today's indicator and region names, not the ones frozen in each release", () => {
    expect(releases[0]!.site.indikator.find((i) => i.id === 'ucj_persen')!.nama).toMatch(/^Cakupan Universal/);
    const shown = JSON.stringify(log.map(({ grup, lainnya }) => ({ grup, lainnya })));
    expect(shown).not.toContain('Cakupan Universal Coverage');
    expect(rows.filter((b) => b.indikatorTeks === 'Capaian UCJ (uji)').length).toBeGreaterThan(1);
    // Both releases' Malaka rows, under today's name and page.
    for (const d of log) {
      const malaka = d.grup.find((g) => g.kode === '5321')!;
      expect([malaka.nama, malaka.slug]).toEqual(['Malaka Uji', kini.wilayah.find((w) => w.kode === '5321')!.slug]);
    }
  });

  it("keeps a release's own name for an indicator that no longer exists", () => {
    const tanpa = { ...kini, indikator: kini.indikator.filter((i) => i.id !== 'ucj_persen') };
    const names = tampilanRiwayat(releases, tanpa).flatMap((d) =>
      d.grup.flatMap((g) => g.baris.map((b) => b.indikatorTeks)),
    );
    expect(names).toContain('Cakupan Universal Coverage Jamsostek (UCJ)');
    expect(names).not.toContain('ucj_persen');
  });

  it("pinned embeds keep a release's figures under today's indicator names", () => {
    const paths = jalurRilis(releases, kini);
    expect(paths.length).toBeGreaterThan(0);
    for (const { props } of paths) {
      const ind = props.rilis.site.indikator;
      expect(ind.find((i) => i.id === 'ucj_persen')!.nama).toBe('Capaian UCJ (uji)');
      expect(props.rilis.site.terkini).toBe(releases.find((r) => r.versi === props.rilis.versi)!.site.terkini);
    }
    // Unchanged names: the release's data as it is.
    expect(denganNamaKini(releases[0]!.site, releases[0]!.site)).toBe(releases[0]!.site);
  });

  it('writes no double brackets and no "sekitar" with two decimals, in tables or sentences', () => {
    expect(rows.some((b) => b.perubahanTeks.includes('diragukan'))).toBe(true);
    for (const b of rows)
      for (const text of [b.perubahanTeks, b.perubahanProsa]) {
        expect(text).not.toMatch(/\)\s*\(/);
        expect(text).not.toMatch(/sekitar \d+,\d{2}/);
      }
    // Figures in tables in short form; the prose keeps the word.
    for (const b of rows.filter((r) => r.jenis !== 'keterangan')) expect(b.perubahanTeks).not.toMatch(/\d persen/);
  });
});

describe('the change log stays bounded', () => {
  it('shows the newest releases in full and the rest as summaries, each once, newest first', () => {
    const daftar = Array.from({ length: RILIS_PENUH + 3 }, (_, i) => RILIS_PENUH + 3 - i);
    const { penuh, lama } = bagiRiwayat(daftar);
    expect(penuh).toHaveLength(RILIS_PENUH);
    expect([...penuh, ...lama]).toEqual(daftar);
    expect(lama).toEqual([3, 2, 1]);
    expect(bagiRiwayat([2, 1]).lama).toEqual([]);
  });
});

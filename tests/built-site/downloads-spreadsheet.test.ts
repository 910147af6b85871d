// Every CSV the built site publishes (/unduh/, the per-map CSVs and those of a release's pinned embeds), built from data whose free
// text carries spreadsheet formulas (tests/fixtures/formula/), opened in LibreOffice Calc with
// `,` and with `;` as separator: no cell may become a formula, and numbers stay numbers.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, scratchData, useScratchDir } from '#support/build.ts';
import { ROOT } from '#support/site.ts';
import { datasetOf, readDataDir, TODAY } from '#support/dataset.ts';
import { recordRelease } from '#pipeline/rilis.ts';
import { formulaCells, openInSpreadsheet, type SheetCell } from '#support/spreadsheet.ts';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'formula');
const work = useScratchDir('formula');

function csvFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.csv'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

let files: Record<string, string> = {};
let build: { status: number | null; output: string };
let comma: Record<string, SheetCell[][]> = {};
let semicolon: Record<string, SheetCell[][]> = {};

beforeAll(async () => {
  // A recorded release, so its pinned embeds' CSVs (/embed/<versi>/peta/…) are published and opened too.
  mkdirSync(join(work, 'data', 'rilis'), { recursive: true });
  const data = scratchData(work, 'data', FIXTURE);
  recordRelease(data, datasetOf(readDataDir(data)), 'Rilis uji rumus', TODAY.toISOString().slice(0, 10));
  const r = await buildSite(work, 'formula', { UCJ_DATA_DIR: data });
  build = { status: r.code, output: `${r.stdout}\n${r.stderr}` };
  if (build.status !== 0) return;
  files = Object.fromEntries(csvFiles(r.out).map((f) => [f, readFileSync(join(r.out, f), 'utf8')]));
  comma = openInSpreadsheet(files, ',');
  semicolon = openInSpreadsheet(files, ';');
}, 420_000);

describe('CSV yang diterbitkan aman dibuka di spreadsheet', () => {
  test('situs dibangun dari data bermuatan rumus, dengan unduhan dan CSV per peta', () => {
    expect(build.status, build.output).toBe(0);
    const names = Object.keys(files);
    expect(names).toEqual(
      expect.arrayContaining([
        'unduh/kepesertaan.csv',
        'unduh/klaim.csv',
        'unduh/konteks-nasional.csv',
        'unduh/sumber.csv',
        'unduh/wilayah.csv',
        'unduh/indikator.csv',
      ]),
    );
    expect(names.filter((n) => n.startsWith('peta/')).length).toBeGreaterThan(0);
    // Every map has its pinned copy in the release.
    const pinned = names.filter((n) => /^embed\/[0-9a-f]+\/peta\/[^/]+\.csv$/.test(n));
    expect(pinned.map((n) => n.replace(/^embed\/[0-9a-f]+\//, ''))).toEqual(names.filter((n) => n.startsWith('peta/')));
    // The payloads did reach the downloads (neutralised), so the checks below are not vacuous.
    const all = Object.values(files).join('\n');
    for (const marker of ["'=1+1", "Lihat;'=1+1", "'=HYPERLINK", "'@SUM(1;1)", "'-2+3", "'＝1+1"])
      expect(all).toContain(marker);
  });

  test('pemisah koma: tidak ada sel yang menjadi rumus', () => {
    expect(Object.keys(comma).length).toBe(Object.keys(files).length);
    expect(formulaCells(comma)).toEqual([]);
  });

  test('pemisah titik koma (lokal Indonesia): tidak ada sel yang menjadi rumus', () => {
    expect(Object.keys(semicolon).length).toBe(Object.keys(files).length);
    expect(formulaCells(semicolon)).toEqual([]);
  });

  test('kolom nilai tetap angka', () => {
    const sheets = Object.entries(comma).filter(([, rows]) => rows[0]?.some((c) => c.text === 'nilai'));
    expect(sheets.length).toBeGreaterThan(1);
    for (const [name, rows] of sheets) {
      const col = rows[0]!.findIndex((c) => c.text === 'nilai');
      const values = rows
        .slice(1)
        .map((r) => r[col])
        .filter((c) => c && c.text !== '');
      expect(values.length, name).toBeGreaterThan(0);
      for (const v of values) expect([name, v!.text, v!.type]).toEqual([name, v!.text, 'float']);
    }
  });
});

// The per-indicator downloads (/unduh/indikator/<indikator>.csv, linked from /data/) are
// kepesertaan.csv cut by indicator: the same header, and together exactly its rows.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DIST } from '#support/site.ts';
import { slugIndikator } from '#lib/map/model.ts';

const dir = join(DIST, 'unduh', 'indikator');
const built = existsSync(join(DIST, 'unduh', 'kepesertaan.csv'));
const rowsOf = (file: string) => Papa.parse<string[]>(readFileSync(file, 'utf8').trim()).data;

describe.skipIf(!built)('unduhan per indikator', () => {
  it('same header as kepesertaan.csv, one indicator per file, and together all of its rows', () => {
    const [header, ...all] = rowsOf(join(DIST, 'unduh', 'kepesertaan.csv'));
    const col = header!.indexOf('indikator');
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.csv')) : [];
    expect(new Set(files)).toEqual(new Set([...new Set(all.map((r) => `${slugIndikator(r[col]!)}.csv`))]));
    const joined: string[][] = [];
    for (const f of files) {
      const [h, ...rows] = rowsOf(join(dir, f));
      expect(h, f).toEqual(header);
      expect(new Set(rows.map((r) => r[col])).size, f).toBe(1);
      joined.push(...rows);
    }
    const key = (rows: string[][]) => rows.map((r) => JSON.stringify(r)).sort();
    expect(key(joined)).toEqual(key(all));
  });
});

// Runs on the real data/ folder: what every published build must satisfy.
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '#pipeline/dataset.ts';
import { formatIssue } from '#pipeline/errors.ts';
import { buildSiteData, downloads } from '#pipeline/outputs.ts';
import { REGION_CODES } from '#pipeline/regions.ts';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const result = loadDataset(DATA, { today: new Date() });
const { dataset } = result;

describe('the real dataset', () => {
  it('validates with no errors', () => {
    expect(result.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
  });

  it('has the province and exactly the 22 kabupaten/kota, with unique slugs', () => {
    expect(dataset.wilayah.map((r) => r.kode).sort()).toEqual(['53', ...REGION_CODES].sort());
    const slugs = dataset.wilayah.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toContain('malaka');
    expect(slugs).toContain('kota-kupang');
    expect(slugs).toContain('timor-tengah-selatan');
  });

  it('every source id used resolves, and every source is used', () => {
    const ids = new Set(dataset.sumber.map((s) => s.id));
    const used = new Set([...dataset.observasi.map((o) => o.sumber), ...dataset.klaim.map((c) => c.sumber)]);
    for (const id of used) expect(ids.has(id), id).toBe(true);
    for (const id of ids) expect(used.has(id), `${id} tidak dipakai`).toBe(true);
  });

  it('has no unparsed values: every number is finite and every row has a source', () => {
    expect(dataset.observasi.length).toBeGreaterThan(50);
    for (const o of dataset.observasi) {
      expect(Number.isFinite(o.nilai), `baris ${o.baris}`).toBe(true);
      expect(o.sumber).toMatch(/^[a-z0-9-]+$/);
    }
    for (const c of dataset.klaim) {
      expect(c.kasus !== null || c.nominalRp !== null, `klaim baris ${c.baris}`).toBe(true);
      for (const n of [c.kasus, c.nominalRp]) if (n !== null) expect(Number.isSafeInteger(n)).toBe(true);
    }
  });

  it('every doubtful figure explains why', () => {
    for (const o of [...dataset.observasi, ...dataset.klaim]) if (o.ragu) expect(o.catatan, `baris ${o.baris}`).toBeTruthy();
  });

  it('carries the seed figures the stories are built on', () => {
    const find = (wilayah: string, indikator: string, periode: string) =>
      dataset.observasi.filter((o) => o.wilayah === wilayah && o.indikator === indikator && o.periode.id === periode).map((o) => o.nilai);
    expect(find('53', 'ucj_persen', '2024-06')).toContain(33.73);
    expect(find('53', 'peserta_aktif', '2024-06')).toContain(558115);
    expect(find('53', 'pekerja_ucj', '2024-06')).toContain(1654526);
    expect(find('5321', 'ucj_persen', '2025-05')).toEqual([3]);
    expect(find('5306', 'ucj_persen', '2025-05')).toEqual([90]);
  });

  it('produces downloads that parse back to the same rows, and a datapackage describing each', () => {
    const site = buildSiteData(dataset, 'test', result.rowCounts);
    const files = downloads(site);
    const kep = Papa.parse<Record<string, string>>(files['kepesertaan.csv']!, { header: true, skipEmptyLines: true });
    expect(kep.errors).toEqual([]);
    expect(kep.data).toHaveLength(dataset.observasi.length);
    const pkg = JSON.parse(files['datapackage.json']!);
    expect(pkg.resources.map((r: { path: string }) => r.path).sort()).toEqual(['indikator.csv', 'kepesertaan.csv', 'klaim.csv', 'sumber.csv', 'wilayah.csv']);
    for (const r of pkg.resources) {
      const header = files[r.path]!.split('\n')[0]!.split(',');
      expect(r.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
    }
    expect(pkg.sources.length).toBe(dataset.sumber.length);
  });
});

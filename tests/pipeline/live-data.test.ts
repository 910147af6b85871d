// Runs on the real data/ folder: invariants every published build must satisfy, whatever the
// newsroom corrects or adds. Particular figures are tested on the frozen snapshot
// (tests/pipeline/snapshot.test.ts), never here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '#pipeline/dataset.ts';
import { formatIssue } from '#pipeline/errors.ts';
import { buildSiteData, downloads } from '#pipeline/outputs.ts';
import { DATA } from '#support/dataset.ts';

const result = loadDataset(DATA, { today: new Date() });
const { dataset } = result;

describe('the real dataset', () => {
  it('validates with no errors', () => {
    expect(result.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
  });

  it('has one province and exactly the kabupaten/kota the map draws, inside it, with unique slugs', () => {
    const provinces = dataset.wilayah.filter((r) => r.jenis === 'Provinsi');
    expect(provinces).toHaveLength(1);
    const kabupaten = dataset.wilayah.filter((r) => r.jenis !== 'Provinsi').map((r) => r.kode);
    const topo = JSON.parse(readFileSync(join(DATA, 'geo', 'ntt-kabupaten.topo.json'), 'utf8')) as {
      objects: { kabupaten: { geometries: { id: string }[] } };
    };
    expect(kabupaten.sort()).toEqual(topo.objects.kabupaten.geometries.map((g) => String(g.id)).sort());
    for (const kode of kabupaten) expect(kode.startsWith(provinces[0]!.kode), kode).toBe(true);
    const slugs = dataset.wilayah.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('every source id used resolves, and every source is used', () => {
    const ids = new Set(dataset.sumber.map((s) => s.id));
    const used = new Set([
      ...dataset.observasi.map((o) => o.sumber),
      ...dataset.klaim.map((c) => c.sumber),
      ...dataset.konteks.map((k) => k.sumber),
    ]);
    for (const id of used) expect(ids.has(id), id).toBe(true);
    for (const id of ids) expect(used.has(id), `${id} tidak dipakai`).toBe(true);
  });

  it('has no unparsed values: every number is finite and every row has a source', () => {
    expect(dataset.observasi.length).toBeGreaterThan(0);
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
    for (const o of [...dataset.observasi, ...dataset.klaim])
      if (o.ragu) expect(o.catatan, `baris ${o.baris}`).toBeTruthy();
  });

  it('produces downloads that parse back to the same rows, and a datapackage describing each', () => {
    const site = buildSiteData(dataset, 'test', result.rowCounts);
    const files = downloads(site);
    const kep = Papa.parse<Record<string, string>>(files['kepesertaan.csv']!, { header: true, skipEmptyLines: true });
    expect(kep.errors).toEqual([]);
    expect(kep.data).toHaveLength(dataset.observasi.length);
    const konteks = Papa.parse<Record<string, string>>(files['konteks-nasional.csv']!, {
      header: true,
      skipEmptyLines: true,
    });
    expect(konteks.errors).toEqual([]);
    expect(konteks.data).toHaveLength(dataset.konteks.length);
    const pkg = JSON.parse(files['datapackage.json']!);
    expect(pkg.resources.map((r: { path: string }) => r.path).sort()).toEqual([
      'indikator.csv',
      'kepesertaan.csv',
      'klaim.csv',
      'konteks-nasional.csv',
      'sumber.csv',
      'wilayah.csv',
    ]);
    for (const r of pkg.resources) {
      const header = files[r.path]!.split('\n')[0]!.split(',');
      expect(r.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
    }
    expect(pkg.sources.length).toBe(dataset.sumber.length);
  });
});

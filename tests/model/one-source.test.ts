// Every observation the built site prints names the same source on every page that prints it.
// Pages mark each figure they chose with data-bind="indikator|wilayah|periode|sumber" (articles,
// maps, tables, charts, kabupaten pages, the home page); derived figures nest such references,
// e.g. selisih(a;b). Two different sources for the same indicator, region, period and value
// mean two pages picked different rows for the same figure: the review's Sikka case.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from '#support/site.ts';
import { siteData } from '#model/schema.ts';

const built = existsSync(join(DIST, 'index.html'));
const generated = process.env.UCJ_GENERATED_DIR ?? join(ROOT, 'src', 'generated');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/** indikator|wilayah|periode|sumber references inside a data-bind value (plain or nested). */
const REF = /([a-z0-9_]+)\|(\d{2,4})\|([0-9/-]+)\|([a-z0-9-]+)/g;

describe.skipIf(!built)('one source per printed observation', () => {
  const data = siteData.parse(JSON.parse(readFileSync(join(generated, 'site-data.json'), 'utf8')));
  const value = new Map(
    data.observasi.map((o) => [`${o.indikator}|${o.wilayah}|${o.periode.id}|${o.sumber}`, o.nilai]),
  );
  // figure (indikator|wilayah|periode|nilai) -> source -> pages
  const seen = new Map<string, Map<string, Set<string>>>();
  let refs = 0;
  for (const file of htmlFiles(DIST)) {
    const page = relative(DIST, file);
    for (const m of readFileSync(file, 'utf8').matchAll(/data-bind="([^"]*)"/g)) {
      for (const [ref, indikator, wilayah, periode, sumber] of m[1]!.matchAll(REF)) {
        refs++;
        const nilai = value.get(ref);
        expect(nilai, `${page}: data-bind ${ref} is not a row of the data`).toBeDefined();
        const key = `${indikator}|${wilayah}|${periode}|${nilai}`;
        const bySource = seen.get(key) ?? new Map<string, Set<string>>();
        seen.set(key, bySource.set(sumber!, (bySource.get(sumber!) ?? new Set()).add(page)));
      }
    }
  }

  it('finds figures on every kind of page that prints one', () => {
    const pages = new Set([...seen.values()].flatMap((m) => [...m.values()].flatMap((s) => [...s])));
    const kinds = new Set([...pages].map((p) => p.split('/')[0]));
    for (const kind of ['artikel', 'kabupaten', 'peta', 'embed']) expect(kinds, kind).toContain(kind);
    expect(refs).toBeGreaterThan(100);
  });

  it('names one source for each figure across all pages', () => {
    const conflicts = [...seen.entries()]
      .filter(([, bySource]) => bySource.size > 1)
      .map(
        ([key, bySource]) =>
          `${key}: ${[...bySource].map(([s, pages]) => `${s} on ${[...pages].slice(0, 3).join(', ')}`).join(' vs ')}`,
      );
    expect(conflicts).toEqual([]);
  });
});

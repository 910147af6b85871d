// Every figure printed on the built site is bound to a row that exists in the data it was built
// from: each observation, claim row and source date named in a data-bind attribute, on every page.
// An invariant of the pipeline, not of today's data: it holds for any correct data refresh.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SiteData } from '#model/schema.ts';
import { tags } from '#support/links.ts';
import { DIST, listPages, ROOT } from '#support/site.ts';

const generated = join(process.env.UCJ_GENERATED_DIR ?? join(ROOT, 'src', 'generated'), 'site-data.json');
const built = existsSync(join(DIST, 'index.html')) && existsSync(generated);

/** Why an atom of a data-bind value (`indikator|wilayah|periode|sumber`, `klaim:…`, `konteks:…`, `tanggal:…`) names no row; null if it does. */
function missing(site: SiteData, atom: string): string | null {
  const parts = atom.split('|');
  if (atom.startsWith('klaim:')) {
    const [program, wilayah, periode, ukuran, sumber] = [parts[0]!.slice('klaim:'.length), ...parts.slice(1)];
    const row = site.klaim.find(
      (k) => k.program === program && k.wilayah === wilayah && k.periode.id === periode && k.sumber === sumber,
    );
    if (!row) return 'tidak ada baris klaim ini di data/klaim.csv';
    const value = ukuran === 'kasus' ? row.kasus : ukuran === 'nominal' ? row.nominalRp : undefined;
    return value === undefined
      ? `ukuran "${ukuran}" tidak dikenal`
      : value === null
        ? `baris klaim ${row.baris} tidak punya nilai ${ukuran}`
        : null;
  }
  if (atom.startsWith('konteks:')) {
    const [wilayah, periode, ukuran, sumber] = [parts[0]!.slice('konteks:'.length), ...parts.slice(1)];
    const found = site.konteks.some(
      (x) => x.wilayah === wilayah && x.periode.id === periode && x.ukuran === ukuran && x.sumber === sumber,
    );
    return found ? null : 'tidak ada baris ini di data/konteks-nasional.csv';
  }
  if (atom.startsWith('tanggal:')) {
    const [id, tanggal] = [parts[0]!.slice('tanggal:'.length), parts[1]];
    const source = site.sumber.find((s) => s.id === id);
    return !source
      ? 'sumber tidak ada di data/sumber.csv'
      : source.tanggalTerbit !== tanggal
        ? `tanggal terbit sumber adalah ${source.tanggalTerbit}`
        : null;
  }
  if (parts.length === 4 && site.indikator.some((i) => i.id === parts[0])) {
    const [indikator, wilayah, periode, sumber] = parts;
    const found = site.observasi.some(
      (o) => o.indikator === indikator && o.wilayah === wilayah && o.periode.id === periode && o.sumber === sumber,
    );
    return found ? null : 'tidak ada observasi ini di data/kepesertaan.csv';
  }
  return null;
}

/** Row references inside one data-bind value: functions like selisih(a;b) list their operands. */
const atoms = (bind: string) => bind.split(/[();]/).filter((a) => a.includes('|'));

describe.skipIf(!built)('setiap angka di situs yang dibangun ada di data', () => {
  it('every observation, claim and source date named by a data-bind resolves to a row', () => {
    const site = JSON.parse(readFileSync(generated, 'utf8')) as SiteData;
    const problems: string[] = [];
    let resolved = 0;
    for (const page of listPages()) {
      for (const t of tags(readFileSync(page.file, 'utf8'))) {
        const bind = t.attrs.get('data-bind');
        if (!bind) continue;
        for (const atom of atoms(bind)) {
          const why = missing(site, atom);
          if (why) problems.push(`${page.path}: data-bind="${bind}": ${why}`);
          else resolved++;
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
    // The pages print figures at all: a change in the binding format must not pass by checking nothing.
    expect(resolved).toBeGreaterThan(0);
  });

  it('an atom that names no row is reported (the check can fail)', () => {
    const site = JSON.parse(readFileSync(generated, 'utf8')) as SiteData;
    const o = site.observasi[0]!;
    expect(missing(site, `${o.indikator}|${o.wilayah}|${o.periode.id}|${o.sumber}`)).toBeNull();
    expect(missing(site, `${o.indikator}|${o.wilayah}|1900-01|${o.sumber}`)).toMatch(/tidak ada observasi/);
    expect(missing(site, `klaim:TOTAL|${o.wilayah}|1900|kasus|${o.sumber}`)).toMatch(/tidak ada baris klaim/);
    expect(missing(site, `tanggal:${site.sumber[0]!.id}|1900-01-01`)).toMatch(/tanggal terbit/);
    const x = site.konteks[0];
    if (x) {
      expect(missing(site, `konteks:${x.wilayah}|${x.periode.id}|${x.ukuran}|${x.sumber}`)).toBeNull();
      expect(missing(site, `konteks:${x.wilayah}|1900-01|${x.ukuran}|${x.sumber}`)).toMatch(/konteks-nasional/);
    }
  });
});

import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPaths, buildSite, useScratchDir } from '#support/build.ts';
import { FIXTURE_DATA } from '#support/dataset.ts';

function treeHash(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(relative(dir, p)).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex');
}

describe('npm run build never publishes half-written output', () => {
  const scratch = useScratchDir('atomic');
  const { out, generated } = buildPaths(scratch, 'site');
  let before = { dist: '', gen: '' };

  beforeAll(async () => {
    const first = await buildSite(scratch, 'site', { UCJ_DATA_DIR: FIXTURE_DATA });
    expect(first.ok, first.stderr).toBe(true);
    before = { dist: treeHash(out), gen: treeHash(generated) };
  }, 240_000);

  it('invalid data exits non-zero, lists every error, and leaves dist/ and the JSON untouched', async () => {
    const broken = join(scratch, 'broken');
    cpSync(FIXTURE_DATA, broken, { recursive: true });
    const kep = readFileSync(join(broken, 'kepesertaan.csv'), 'utf8');
    writeFileSync(
      join(broken, 'kepesertaan.csv'),
      kep
        .replace('Malaka,2025-05', 'Malak,2025-05')
        .replace('Belu,2025-05,ucj_persen,90', 'Belu,2025-05,ucj_persen,190'),
    );
    const failure = await buildSite(scratch, 'site', { UCJ_DATA_DIR: broken });
    expect(failure.ok).toBe(false);
    expect(failure.code).not.toBe(0);
    expect(failure.stderr).toMatch(/data\/kepesertaan\.csv, baris 6, kolom A \(wilayah\).*"Malak".*"Malaka"/);
    expect(failure.stderr).toMatch(/data\/kepesertaan\.csv, baris 7, kolom D \(nilai\).*"190"/);
    expect(failure.stderr).toMatch(/2 galat/);
    expect(treeHash(out)).toBe(before.dist);
    expect(treeHash(generated)).toBe(before.gen);
    expect(readdirSync(scratch).filter((n) => /\.(next|prev)-/.test(n))).toEqual([]);
  }, 240_000);
});

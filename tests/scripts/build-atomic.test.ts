import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE } from './helpers.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');

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
  const scratch = mkdtempSync(join(tmpdir(), 'ucj-atomic-'));
  const env = { ...process.env, UCJ_GENERATED_DIR: join(scratch, 'gen'), UCJ_OUT_DIR: join(scratch, 'dist'), UCJ_TODAY: '2026-11-21' };
  let before = { dist: '', gen: '' };

  beforeAll(async () => {
    await run(NODE, ['scripts/build.ts'], { cwd: ROOT, env: { ...env, UCJ_DATA_DIR: FIXTURE } });
    before = { dist: treeHash(env.UCJ_OUT_DIR), gen: treeHash(env.UCJ_GENERATED_DIR) };
  }, 120_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('invalid data exits non-zero, lists every error, and leaves dist/ and the JSON untouched', async () => {
    const broken = join(scratch, 'broken');
    cpSync(FIXTURE, broken, { recursive: true });
    const kep = readFileSync(join(broken, 'kepesertaan.csv'), 'utf8');
    writeFileSync(join(broken, 'kepesertaan.csv'), kep.replace('Malaka,2025-05', 'Malak,2025-05').replace('Belu,2025-05,ucj_persen,90', 'Belu,2025-05,ucj_persen,190'));
    const failure = await run(NODE, ['scripts/build.ts'], { cwd: ROOT, env: { ...env, UCJ_DATA_DIR: broken } }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure).not.toBeNull();
    expect(failure!.code).not.toBe(0);
    expect(failure!.stderr).toMatch(/data\/kepesertaan\.csv, baris 6, kolom A \(wilayah\).*"Malak".*"Malaka"/);
    expect(failure!.stderr).toMatch(/data\/kepesertaan\.csv, baris 7, kolom D \(nilai\).*"190"/);
    expect(failure!.stderr).toMatch(/2 galat/);
    expect(treeHash(env.UCJ_OUT_DIR)).toBe(before.dist);
    expect(treeHash(env.UCJ_GENERATED_DIR)).toBe(before.gen);
    expect(readdirSync(scratch).filter((n) => /\.(next|prev)-/.test(n))).toEqual([]);
  }, 120_000);
});

// Full builds (scripts/build.ts) into scratch folders:
//  1. the real site under a base path: every internal link resolves;
//  2. the fixture data and fixture article: a changed number in data/ flows to every page;
//  3. a data change that falsifies a claim stops the build with the article, line and claim,
//     and leaves the previous build untouched.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, formatBroken } from '#support/links.ts';
import { FIXTURE_ARTIKEL, FIXTURE_DATA, ROOT } from './helpers.ts';
import { unboundText } from './html.ts';

const run = promisify(execFile);
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const scratch = mkdtempSync(join(tmpdir(), 'ucj-artikel-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Vitest sets BASE_URL, MODE, NODE_ENV… in process.env; Astro would read them as the site's
// own environment (BASE_URL="/" would silently undo BASE_PATH), so the child gets a clean one.
const VITEST_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'];
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITEST_ENV.includes(k)));

function build(name: string, env: Record<string, string>) {
  const out = join(scratch, `${name}-dist`);
  const full = { ...cleanEnv(), UCJ_GENERATED_DIR: join(scratch, `${name}-gen`), UCJ_OUT_DIR: out, UCJ_TODAY: '2026-11-21', CI: '1', ...env };
  return run(NODE, ['scripts/build.ts'], { cwd: ROOT, env: full, maxBuffer: 32 * 1024 * 1024 }).then(
    (r) => ({ ok: true as const, out, stdout: r.stdout, stderr: r.stderr, code: 0 }),
    (e: { code: number; stdout: string; stderr: string }) => ({ ok: false as const, out, stdout: e.stdout, stderr: e.stderr, code: e.code }),
  );
}

describe('build situs lengkap', () => {
  it('under a base path (/ucj-ntt/), every internal link of every page resolves', async () => {
    const r = await build('basis', { BASE_PATH: '/ucj-ntt/', SITE_URL: 'https://contoh.id' });
    expect(r.ok, r.stderr).toBe(true);
    const { broken, checked } = checkLinks({ dist: r.out, base: '/ucj-ntt/', siteUrl: 'https://contoh.id' });
    expect(checked).toBeGreaterThan(500);
    expect(broken, `Tautan rusak:\n${formatBroken(broken)}`).toEqual([]);
    const art = readFileSync(join(r.out, 'artikel', 'malaka-dan-belu', 'index.html'), 'utf8');
    expect(art).toContain('<meta property="og:image" content="https://contoh.id/ucj-ntt/og/artikel/malaka-dan-belu.png"');
    expect(art).toContain('href="/ucj-ntt/kabupaten/malaka/"');
    expect(readFileSync(join(r.out, 'robots.txt'), 'utf8')).toContain('Sitemap: https://contoh.id/ucj-ntt/sitemap-index.xml');
    expect(readFileSync(join(r.out, 'rss.xml'), 'utf8')).toContain('<link>https://contoh.id/ucj-ntt/artikel/malaka-dan-belu/</link>');
  }, 240_000);

  const data = join(scratch, 'data');
  const env = () => ({ UCJ_DATA_DIR: data, UCJ_ARTIKEL_DIR: FIXTURE_ARTIKEL });
  const kep = () => readFileSync(join(data, 'kepesertaan.csv'), 'utf8');
  let previous = '';

  it('a changed number in data/ changes it in the article, the home page and the region page', async () => {
    cpSync(FIXTURE_DATA, data, { recursive: true });
    const before = await build('uji', env());
    expect(before.ok, before.stderr).toBe(true);
    const art0 = readFileSync(join(before.out, 'artikel', 'contoh-cakupan', 'index.html'), 'utf8');
    expect(art0).toContain('>33,73 persen (Juni 2024)<sup');
    expect(art0).toContain('>558.115<sup');

    writeFileSync(join(data, 'kepesertaan.csv'), kep().replace('"33,73"', '"36,26"').replace('558.115', '600.000').replace('Malaka,2025-05,ucj_persen,3,', 'Malaka,2025-05,ucj_persen,4,'));
    const after = await build('uji', env());
    expect(after.ok, after.stderr).toBe(true);
    const art = readFileSync(join(after.out, 'artikel', 'contoh-cakupan', 'index.html'), 'utf8');
    expect(art).toContain('>36,26 persen (Juni 2024)<sup');
    expect(art).toContain('>600.000<sup');
    expect(art).toContain('>86 poin persentase');
    expect(art).not.toMatch(/33,73|558\.115/);
    expect(unboundText(art, 'data-prosa').text).not.toMatch(/\d/);
    const home = readFileSync(join(after.out, 'index.html'), 'utf8');
    expect(home).toContain('36,26');
    expect(home).not.toContain('33,73');
    expect(readFileSync(join(after.out, 'kabupaten', 'malaka', 'index.html'), 'utf8')).toContain('<span class="besar">4 persen</span>');
    previous = readFileSync(join(after.out, 'artikel', 'contoh-cakupan', 'index.html'), 'utf8');
  }, 240_000);

  it('a data change that makes a claim false stops the build, naming the article, line and claim', async () => {
    writeFileSync(join(data, 'kepesertaan.csv'), kep().replace('Malaka,2025-05,ucj_persen,4,', 'Malaka,2025-05,ucj_persen,95,'));
    const r = await build('uji', env());
    expect(r.ok).toBe(false);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('Build dihentikan: 3 masalah di artikel.');
    expect(r.stderr).toContain('tests/fixtures/articles/valid/contoh-cakupan.mdx, baris 13, kolom 1: <Pastikan kondisi="terendah" indikator="ucj_persen" wilayah="5321" />');
    expect(r.stderr).toContain('klaim "Malaka terendah" untuk Cakupan Universal Coverage Jamsostek (UCJ) tidak lagi benar: Malaka 95 persen (Mei 2025), sedangkan Belu 90 persen (Mei 2025).');
    expect(r.stderr).toContain('Build gagal; dist/ dan src/generated/ sebelumnya tidak diubah.');
    // The site that was online stays online, unchanged.
    expect(readFileSync(join(r.out, 'artikel', 'contoh-cakupan', 'index.html'), 'utf8')).toBe(previous);
  }, 240_000);
});

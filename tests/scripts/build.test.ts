// Full builds (scripts/build.ts) into scratch folders:
//  1. the real site under a base path: every internal link resolves;
//  2. the fixture data and fixture article: a changed number in data/ flows to every page;
//  3. a data change that falsifies a claim stops the build with the article, line and claim,
//     and leaves the previous build untouched.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, useScratchDir } from '#support/build.ts';
import { ARTIKEL, FIXTURE_ARTIKEL, FIXTURE_DATA } from '#support/dataset.ts';
import { checkLinks, formatBroken } from '#support/links.ts';
import { unboundText } from '#support/markup.ts';

const scratch = useScratchDir('build');
const build = (name: string, env: Record<string, string>) => buildSite(scratch, name, env);

describe('build situs lengkap', () => {
  it('under a base path (/ucj-ntt/), every internal link of every page resolves', async () => {
    const r = await build('basis', { BASE_PATH: '/ucj-ntt/', SITE_URL: 'https://contoh.id' });
    expect(r.ok, r.stderr).toBe(true);
    const { broken, checked } = checkLinks({ dist: r.out, base: '/ucj-ntt/', siteUrl: 'https://contoh.id' });
    expect(checked).toBeGreaterThan(500);
    expect(broken, `Tautan rusak:\n${formatBroken(broken)}`).toEqual([]);
    // Whichever articles are published today: each one's image and feed entry carry the base path.
    const slugs = readdirSync(ARTIKEL)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace(/\.mdx$/, ''));
    expect(slugs.length).toBeGreaterThan(0);
    const rss = readFileSync(join(r.out, 'rss.xml'), 'utf8');
    for (const slug of slugs) {
      const art = readFileSync(join(r.out, 'artikel', slug, 'index.html'), 'utf8');
      expect(art).toContain(`<meta property="og:image" content="https://contoh.id/ucj-ntt/og/artikel/${slug}.png"`);
      expect(rss).toContain(`<link>https://contoh.id/ucj-ntt/artikel/${slug}/</link>`);
    }
    expect(readFileSync(join(r.out, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://contoh.id/ucj-ntt/sitemap-index.xml',
    );
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

    writeFileSync(
      join(data, 'kepesertaan.csv'),
      kep()
        .replace('"33,73"', '"36,26"')
        .replace('558.115', '600.000')
        .replace('Malaka,2025-05,ucj_persen,3,', 'Malaka,2025-05,ucj_persen,4,'),
    );
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
    expect(readFileSync(join(after.out, 'kabupaten', 'malaka', 'index.html'), 'utf8')).toMatch(
      // The fact sheet's card prints the short form (house style: "%" on cards).
      /<span class="besar" data-bind="ucj_persen\|5321\|2025-05\|[a-z0-9-]+">4%<\/span>/,
    );
    previous = readFileSync(join(after.out, 'artikel', 'contoh-cakupan', 'index.html'), 'utf8');
  }, 240_000);

  it('a data change that makes a claim false stops the build, naming the article, line and claim', async () => {
    writeFileSync(
      join(data, 'kepesertaan.csv'),
      kep().replace('Malaka,2025-05,ucj_persen,4,', 'Malaka,2025-05,ucj_persen,95,'),
    );
    const r = await build('uji', env());
    expect(r.ok).toBe(false);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('Build dihentikan: 3 masalah di artikel.');
    expect(r.stderr).toContain(
      'tests/fixtures/articles/valid/contoh-cakupan.mdx, baris 13, kolom 1: <Pastikan kondisi="terendah" indikator="ucj_persen" wilayah="5321" />',
    );
    expect(r.stderr).toContain(
      'pernyataan "Malaka terendah" untuk Cakupan Universal Coverage Jamsostek (UCJ) tidak lagi benar: Malaka 95 persen (Mei 2025), sedangkan Belu 90 persen (Mei 2025).',
    );
    expect(r.stderr).toMatch(
      /Build gagal; dist\/ dan src\/generated\/ tidak diubah: (build data versi \w+|belum ada build yang terbit)\./,
    );
    // The site that was online stays online, unchanged.
    expect(readFileSync(join(r.out, 'artikel', 'contoh-cakupan', 'index.html'), 'utf8')).toBe(previous);
  }, 240_000);
});

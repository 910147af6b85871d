// A publishing build (SITE_URL set) with other boundary metadata (a fixture meta.json):
//  - no built file contains localhost or 127.0.0.1;
//  - every embed and map page announces a valid static oEmbed document;
//  - the UCJ map page offers iframe, AMP and static codes, and the options change them;
//  - the boundary credit on pages, SVG, PNG and social cards follows the metadata file.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPaths, buildSite, useScratchDir } from '#support/build.ts';
import { DIST, listPages, requireBuild, ROOT } from '#support/site.ts';
import { useBrowserAndServer } from '#support/harness.ts';

const SITE = 'https://contoh.id/';
const work = useScratchDir('sematan-alamat');
const { out } = buildPaths(work, 'alamat');
const geo = join(work, 'geo');
const FIXTURE_META = join(ROOT, 'tests', 'fixtures', 'geo', 'meta-lain', 'ntt-kabupaten.meta.json');
const CREDIT = JSON.parse(readFileSync(FIXTURE_META, 'utf8')).attribution as string;
const REAL_CREDIT = JSON.parse(readFileSync(join(ROOT, 'data', 'geo', 'ntt-kabupaten.meta.json'), 'utf8'))
  .attribution as string;
let built: { ok: boolean; stderr: string } = { ok: false, stderr: 'belum dibangun' };

beforeAll(async () => {
  // The real boundaries and tile layout, with the fixture's credits.
  mkdirSync(geo, { recursive: true });
  for (const f of readdirSync(join(ROOT, 'data', 'geo')))
    if (!f.endsWith('.meta.json') && f !== 'README.md') cpSync(join(ROOT, 'data', 'geo', f), join(geo, f));
  cpSync(FIXTURE_META, join(geo, 'ntt-kabupaten.meta.json'));
  built = await buildSite(work, 'alamat', { SITE_URL: SITE, UCJ_GEO_DIR: geo }, { timeout: 290_000 });
}, 300_000);

const h = useBrowserAndServer({ dist: () => out });

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}
const text = (file: string) => readFileSync(file, 'latin1');
const pngSize = (file: string) => {
  const b = readFileSync(file);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};
const fileOf = (url: string) => {
  const p = new URL(url).pathname;
  return join(out, p.endsWith('/') ? `${p}index.html` : p);
};
const oembedLink = (html: string) =>
  /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1] ?? null;

describe('built with an address', () => {
  it('builds', () => expect(built.ok, built.stderr).toBe(true));

  it('no built file of any kind contains localhost or 127.0.0.1', () => {
    const bad = walk(out).filter((f) => /localhost|127\.0\.0\.1/.test(text(f)));
    expect(bad.map((f) => relative(out, f))).toEqual([]);
  });

  it('every embed page and map page announces an oEmbed document that follows the spec', () => {
    const pages = listPages(out).filter((p) => p.type === 'embed' || p.type === 'petak' || p.type === 'peta');
    expect(pages.filter((p) => p.type === 'petak').length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const p of pages) {
      const href = oembedLink(readFileSync(p.file, 'utf8'));
      if (!href?.startsWith(SITE)) {
        problems.push(`${p.path}: tanpa <link> oEmbed beralamat lengkap`);
        continue;
      }
      const doc = JSON.parse(readFileSync(fileOf(href), 'utf8')) as Record<string, unknown>;
      // oEmbed 1.0, section 2.3.4: type "rich" needs html, width and height; a thumbnail needs all three fields.
      const embedUrl = p.type === 'peta' ? `${SITE}embed/peta/${p.path.split('/')[2]}/` : `${SITE}${p.path.slice(1)}`;
      if (doc.version !== '1.0' || doc.type !== 'rich')
        problems.push(`${p.path}: version/type ${doc.version}/${doc.type}`);
      if (typeof doc.html !== 'string' || !doc.html.includes(`<iframe src="${embedUrl}"`))
        problems.push(`${p.path}: html tidak memuat iframe ${embedUrl}`);
      for (const k of ['width', 'height', 'thumbnail_width', 'thumbnail_height'])
        if (!Number.isInteger(doc[k]) || (doc[k] as number) <= 0) problems.push(`${p.path}: ${k}=${doc[k]}`);
      for (const k of ['title', 'provider_name'])
        if (typeof doc[k] !== 'string' || !doc[k]) problems.push(`${p.path}: ${k} kosong`);
      if (doc.provider_url !== SITE) problems.push(`${p.path}: provider_url ${doc.provider_url}`);
      const thumb = String(doc.thumbnail_url ?? '');
      if (!thumb.startsWith(SITE) || !existsSync(fileOf(thumb)))
        problems.push(`${p.path}: thumbnail_url ${thumb} tidak ada`);
      else {
        const size = pngSize(fileOf(thumb));
        if (size.width !== doc.thumbnail_width || size.height !== doc.thumbnail_height)
          problems.push(
            `${p.path}: ukuran thumbnail ${size.width}×${size.height} ≠ ${doc.thumbnail_width}×${doc.thumbnail_height}`,
          );
      }
    }
    expect(problems).toEqual([]);
  });

  it('map pages and the home page share a 1200×630 card as og:image', () => {
    for (const path of ['index.html', 'peta/ucj-persen/index.html']) {
      const html = readFileSync(join(out, path), 'utf8');
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)![1]!;
      expect(image).toBe(`${SITE}og/peta/ucj-persen.png`);
      expect(html).toContain('<meta property="og:image:width" content="1200">');
      expect(pngSize(fileOf(image))).toEqual({ width: 1200, height: 630 });
    }
  });

  it('the boundary credit follows the metadata file on pages, SVG, PNG and cards', () => {
    requireBuild(DIST);
    for (const path of [
      'embed/peta/ucj-persen/index.html',
      'peta/ucj-persen/index.html',
      'tentang/index.html',
      'kabupaten/belu/index.html',
      'peta/ucj-persen.svg',
    ]) {
      const body = readFileSync(join(out, path), 'utf8');
      expect(body, path).toContain(CREDIT);
      expect(body, path).not.toContain(REAL_CREDIT);
    }
    // The methodology's boundary paragraph is composed from the metadata, not written for GADM.
    const fixture = JSON.parse(readFileSync(FIXTURE_META, 'utf8')) as { source: { name: string; licence: string } };
    const metodologi = readFileSync(join(out, 'metodologi', 'index.html'), 'utf8');
    const batas = /id="batas-wilayah"[\s\S]*?<\/p>/.exec(metodologi)?.[0] ?? '';
    expect(batas).toContain(fixture.source.name);
    expect(batas).toContain(fixture.source.licence);
    expect(metodologi).not.toMatch(/GADM|Natural Earth|Malaka disusun ulang/);
    // Rasters cannot be searched for text; the same build with the real metadata (dist/)
    // differs only in the credit, so a different image shows the credit changed in it.
    for (const path of [
      'peta/ucj-persen.png',
      'og/peta/ucj-persen.png',
      'og/kabupaten/belu.png',
      'og/artikel/malaka-dan-belu.png',
    ]) {
      expect(readFileSync(join(out, path)).equals(readFileSync(join(DIST, path))), path).toBe(false);
    }
    // The tile map uses no boundary data: its own images do not change.
    expect(
      readFileSync(join(out, 'peta/petak/ucj-persen.png')).equals(
        readFileSync(join(DIST, 'peta/petak/ucj-persen.png')),
      ),
    ).toBe(true);
  });
});

describe('the embed dialog on the UCJ map page', () => {
  let page: Page;
  beforeAll(async () => {
    if (!h.browser) return;
    const context = await h.browser.newContext({ viewport: { width: 1000, height: 900 } });
    page = await context.newPage();
  });
  afterAll(() => page?.context().close());

  it('offers iframe, AMP and static codes without JavaScript', async () => {
    const context = await h.browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(new URL('peta/ucj-persen/', h.served.url).href);
    await p.locator('.sematkan summary').click();
    const code = (id: string) => p.locator(`[data-kode-sematan="${id}"] textarea`).inputValue();
    const iframe = await code('iframe');
    expect(iframe).toMatch(
      new RegExp(
        `^<iframe src="${SITE}embed/peta/ucj-persen/" title="[^"]+" height="\\d+"[^>]*data-ucj-ntt></iframe>\\n<script src="${SITE}sematkan.js" async></script>$`,
      ),
    );
    const amp = await code('amp');
    expect(amp).toMatch(
      /^<amp-iframe src="https:\/\/contoh.id\/embed\/peta\/ucj-persen\/"[^>]* layout="responsive" resizable[^>]*sandbox="allow-scripts allow-same-origin[^"]*">/,
    );
    expect(amp).toMatch(/<div overflow tabindex="0" role="button" aria-label="[^"]+">[^<]+<\/div>\n<\/amp-iframe>$/);
    const statis = await code('statis');
    expect(statis).toMatch(
      /^<noscript><a href="https:\/\/contoh.id\/peta\/ucj-persen\/"><img src="https:\/\/contoh.id\/peta\/ucj-persen.png" alt="[^"]+" width="1200" height="(\d+)"/,
    );
    const [, heightAttr] = /height="(\d+)"/.exec(statis)!;
    expect(pngSize(join(out, 'peta/ucj-persen.png')).height).toBe(Number(heightAttr));
    expect(await p.locator('.sematkan-belum').count()).toBe(0);
    // Each variant's licence, in one line.
    const licences = await p.locator('.sematkan-lisensi').allInnerTexts();
    expect(licences).toHaveLength(2);
    expect(licences[0]).toContain(CREDIT);
    await context.close();
  });

  it('the options change every code and the live preview', async () => {
    await page.goto(new URL('peta/ucj-persen/', h.served.url).href);
    await page.locator('.sematkan summary').click();
    await page.locator('[data-opsi="tema"]').selectOption('gelap');
    await page.locator('[data-opsi="sorot"]').selectOption('belu');
    await page.locator('[data-opsi="judul"]').uncheck();
    const iframe = await page.locator('[data-kode-sematan="iframe"] textarea').inputValue();
    expect(iframe).toContain(`src="${SITE}embed/peta/ucj-persen/?tema=gelap&amp;judul=0&amp;sorot=belu"`);
    expect(await page.locator('[data-kode-sematan="amp"] textarea').inputValue()).toContain(
      '?tema=gelap&amp;judul=0&amp;sorot=belu',
    );
    const preview = page.frameLocator('.sematkan-pratinjau');
    await expect
      .poll(() => preview.locator('.peta-wilayah a.sorot').getAttribute('data-slug'), { timeout: 10_000 })
      .toBe('belu');
    expect(await preview.locator('html').getAttribute('data-tema')).toBe('gelap');
    await page.locator('input[data-opsi="varian"][value="petak"]').check();
    await page.locator('[data-opsi="indikator"]').selectOption('rentan-apbd-provinsi');
    expect(await page.locator('[data-kode-sematan="iframe"] textarea').inputValue()).toContain(
      `src="${SITE}embed/petak/rentan-apbd-provinsi/?tema=gelap`,
    );
    expect(await page.locator('[data-kode-sematan="statis"] textarea').inputValue()).toContain(
      `${SITE}peta/petak/rentan-apbd-provinsi.png`,
    );
    await expect
      .poll(() => preview.locator('[data-sematan-varian]').getAttribute('data-sematan-varian'), { timeout: 10_000 })
      .toBe('petak');
  });
});

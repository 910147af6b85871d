// Embeds as a partner's page shows them: light unless asked, compact, the credit inside the
// default frame at 375 px without any script, the URL options, and resizing through our
// script, the real pym.js parent and AMP's embed-size message. Runs on the build in dist/
// (no publishing address: the embed pages do not need one).
import { createServer, type Server } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, listPages, ROOT, WCAG_TAGS } from '#support/site.ts';
import { TINGGI_BAWAAN, type Varian } from '#lib/sematan-kode.ts';
import { useBrowserAndServer } from '#support/harness.ts';

const h = useBrowserAndServer();
const PYM = readFileSync(join(ROOT, 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js'), 'utf8');
const embeds = () => listPages().filter((p) => p.path.startsWith('/embed/'));
const liveEmbeds = () => embeds().filter((p) => /^\/embed\/(peta|petak)\/[^/]+\/$/.test(p.path));
// /embed/<varian>/<indikator>/, or a release's pinned /embed/<versi>/peta/<indikator>/.
const varianOf = (path: string) => {
  const parts = path.split('/');
  return (/^[0-9a-f]{10}$/.test(parts[2]!) ? parts[3] : parts[2]) as Varian;
};

async function open(path: string, options: Parameters<typeof h.browser.newContext>[0] = {}) {
  const context = await h.browser.newContext({ viewport: { width: 600, height: 800 }, ...options });
  const page = await context.newPage();
  await page.goto(new URL(path.replace(/^\//, ''), h.served.url).href);
  return { page, context };
}

const background = (page: import('playwright-core').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('a build without a publishing address (dist/)', () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );

  it('contains no localhost or 127.0.0.1 in any file', () => {
    expect(
      walk(DIST)
        .filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(f, 'latin1')))
        .map((f) => f.slice(DIST.length)),
    ).toEqual([]);
  });

  it('offers no copy-ready code anywhere: every map page shows the notice instead', () => {
    const pages = listPages();
    for (const p of pages)
      expect(readFileSync(p.file, 'utf8'), p.path).not.toMatch(/<textarea[^>]*>[^<]*&lt;(iframe|amp-iframe|noscript)/);
    const maps = pages.filter((p) => p.type === 'peta');
    expect(maps.length).toBeGreaterThan(0);
    for (const p of maps)
      expect(readFileSync(p.file, 'utf8'), p.path).toContain('Setel alamat situs sebelum menerbitkan');
    expect(walk(DIST).some((f) => f.endsWith('oembed.json'))).toBe(false);
  });
});

describe('theme', () => {
  it('a dark-mode browser gets a light embed unless the partner asks', async () => {
    const { page, context } = await open('/embed/peta/ucj-persen/', { colorScheme: 'dark' });
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    await page.goto(new URL('embed/peta/ucj-persen/?tema=gelap', h.served.url).href);
    expect(await background(page)).not.toBe('rgb(255, 255, 255)');
    await page.goto(new URL('embed/peta/ucj-persen/?tema=otomatis', h.served.url).href);
    expect(await background(page)).not.toBe('rgb(255, 255, 255)');
    await context.close();
  });

  it('stays light with JavaScript off, even in dark mode', async () => {
    const { page, context } = await open('/embed/peta/ucj-persen/', { colorScheme: 'dark', javaScriptEnabled: false });
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    await context.close();
  });
});

describe('axe WCAG 2.1 AA when the partner asks for the dark theme', () => {
  for (const path of [
    '/embed/peta/ucj-persen/?tema=gelap&sorot=belu',
    '/embed/petak/rentan-apbd-provinsi/?tema=gelap&sorot=belu',
  ]) {
    it(path, async () => {
      const { page, context } = await open(path, { bypassCSP: true, colorScheme: 'light' });
      expect(await page.locator('html').getAttribute('data-tema')).toBe('gelap');
      const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(
        result.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 4)
              .join(', ')}`,
        ),
      ).toEqual([]);
      expect(result.passes.length).toBeGreaterThan(0);
      await context.close();
    });
  }
});

describe('compact header', () => {
  it('title at most 22 px, description about 15 px; judul=0 hides both but keeps the name for screen readers', async () => {
    const { page, context } = await open('/embed/peta/ucj-persen/');
    const size = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size('.peta-judul')).toBeLessThanOrEqual(22);
    expect(Math.abs((await size('.peta-dek')) - 15)).toBeLessThanOrEqual(1);
    expect((await page.locator('.peta-judul').boundingBox())!.height).toBeGreaterThan(10);
    await page.goto(new URL('embed/peta/ucj-persen/?judul=0', h.served.url).href);
    for (const sel of ['.peta-judul', '.peta-dek'])
      expect((await page.locator(sel).boundingBox())!.height).toBeLessThanOrEqual(1);
    expect(await page.locator('h1.peta-judul').textContent()).toContain('Capaian Universal Coverage');
    await context.close();
  });

  it('the one-language picker is gone from every map page', () => {
    for (const p of listPages().filter((x) => x.type === 'peta'))
      expect(readFileSync(p.file, 'utf8')).not.toMatch(/data-opsi="bahasa"/);
  });
});

describe('sorot', () => {
  it('sorot=belu outlines Belu, and only Belu, in map and table', async () => {
    const { page, context } = await open('/embed/peta/ucj-persen/?sorot=belu');
    await expect.poll(() => page.locator('.peta-wilayah a.sorot').count()).toBe(1);
    expect(await page.locator('.peta-wilayah a.sorot').getAttribute('data-kode')).toBe('5306');
    const stroke = await page
      .locator('.peta-wilayah a.sorot path')
      .evaluate((el) => ({ w: parseFloat(getComputedStyle(el).strokeWidth), c: getComputedStyle(el).stroke }));
    const plain = await page
      .locator('.peta-wilayah a[data-slug="malaka"] path')
      .evaluate((el) => ({ w: parseFloat(getComputedStyle(el).strokeWidth), c: getComputedStyle(el).stroke }));
    expect(stroke.w).toBeGreaterThan(plain.w);
    expect(stroke.c).not.toBe(plain.c);
    expect(await page.locator('tr.sorot').getAttribute('data-slug')).toBe('belu');
    await page.goto(new URL('embed/peta/ucj-persen/?sorot=tidak-ada', h.served.url).href);
    expect(await page.locator('.sorot').count()).toBe(0);
    await context.close();
  });
});

describe('the tile map, like the choropleth', () => {
  it('without script: every kabupaten/kota a tile link with its value, the legend and the table', async () => {
    const { page, context } = await open('/embed/petak/ucj-persen/', { javaScriptEnabled: false });
    const peta = await open('/embed/peta/ucj-persen/', { javaScriptEnabled: false });
    const tiles = page.locator('.peta-wilayah a[data-kode]');
    expect(await tiles.count()).toBe(await peta.page.locator('.peta-wilayah a[data-kode]').count());
    expect(await page.locator('.peta-wilayah a[data-kode="5321"]').getAttribute('aria-label')).toBe(
      await peta.page.locator('.peta-wilayah a[data-kode="5321"]').getAttribute('aria-label'),
    );
    expect(await page.locator('.peta-wilayah a[data-kode="5371"]').getAttribute('href')).toMatch(
      /\/kabupaten\/kota-kupang\/$/,
    );
    expect(await page.locator('.legenda-kelas').innerText()).toBe(
      await peta.page.locator('.legenda-kelas').innerText(),
    );
    expect(await page.locator('table tbody tr').count()).toBe(await tiles.count());
    expect(await page.locator('.peta-label text.petak-label').count()).toBe(await tiles.count());
    await peta.context.close();
    await context.close();
  });

  it('with script: one tab stop, arrows move between tiles, the tooltip names the tile', async () => {
    const { page, context } = await open('/embed/petak/ucj-persen/');
    await expect.poll(() => page.locator('.peta-wilayah a[tabindex="0"]').count()).toBe(1);
    const keys = JSON.parse((await page.locator('[data-peta]').getAttribute('data-keys'))!);
    await page.locator('.peta-wilayah a[data-kode="5306"]').focus();
    const right = keys['5306'].ArrowDown as string;
    expect(right).toBe('5321');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.kode)).toBe('5321');
    await expect.poll(() => page.locator('.peta-tooltip').innerText()).toContain('Malaka');
    await context.close();
  });
});

describe('default frame without any script', () => {
  it('every embed exists as choropleth and as tile map', () => {
    const variants = new Set(liveEmbeds().map((p) => varianOf(p.path)));
    expect([...variants].sort()).toEqual(Object.keys(TINGGI_BAWAAN).sort());
    expect(liveEmbeds().filter((p) => varianOf(p.path) === 'petak').length).toBe(
      liveEmbeds().filter((p) => varianOf(p.path) === 'peta').length,
    );
  });

  it('at 375 px, map, legend and the source line fit in the default height for every embed', async () => {
    const problems: string[] = [];
    const { page, context } = await open('/embed/peta/ucj-persen/', {
      viewport: { width: 375, height: 600 },
      javaScriptEnabled: false,
    });
    for (const p of embeds()) {
      const height = TINGGI_BAWAAN[varianOf(p.path)];
      await page.setViewportSize({ width: 375, height });
      await page.goto(new URL(p.path.replace(/^\//, ''), h.served.url).href);
      const box = await page.evaluate(() => {
        const bottom = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().bottom ?? Infinity;
        return {
          svg: bottom('.peta-svg'),
          legend: bottom('.legenda'),
          kaki: bottom('.sematan-kaki'),
          kakiText: document.querySelector('.sematan-kaki')?.textContent ?? '',
        };
      });
      if (!(box.kaki <= height && box.legend <= height && box.svg <= height))
        problems.push(`${p.path}: baris sumber berakhir di ${box.kaki} px, bingkai ${height} px`);
      if (!/Sumber:/.test(box.kakiText) || !/Diperbarui/.test(box.kakiText))
        problems.push(`${p.path}: baris kaki tanpa sumber atau tanggal: ${box.kakiText}`);
    }
    await context.close();
    expect(embeds().length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('inside a partner page', () => {
  let host: Server;
  let hostUrl = '';
  const amp: unknown[] = [];
  beforeAll(async () => {
    const embed = new URL('embed/peta/ucj-persen/', h.served.url).href;
    const resizer = new URL('sematkan.js', h.served.url).href;
    const frame = (extra = '') =>
      `<iframe src="${embed}" title="Peta" width="100%" height="${TINGGI_BAWAAN.peta}" style="width:100%;border:0" data-ucj-ntt></iframe>${extra}`;
    const pages: Record<string, string> = {
      '/tanpa-skrip.html': `<!doctype html><html lang="id"><body style="margin:0">${frame()}</body></html>`,
      '/dengan-skrip.html': `<!doctype html><html lang="id"><body style="margin:0">${frame(`<script src="${resizer}" async></script>`)}</body></html>`,
      '/pym.html': `<!doctype html><html lang="id"><body style="margin:0"><div id="wadah"></div><script src="/pym.js"></script><script>new pym.Parent('wadah', ${JSON.stringify(embed)}, {});</script></body></html>`,
      '/amp.html': `<!doctype html><html lang="id"><body style="margin:0">${frame()}<script>window.pesan=[];addEventListener('message',function(e){if(e.data&&e.data.sentinel==='amp')window.pesan.push(e.data)})</script></body></html>`,
      '/pym.js': PYM,
    };
    host = createServer((req, res) => {
      const body = pages[req.url ?? ''];
      res.writeHead(body ? 200 : 404, {
        'Content-Type': req.url?.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8',
      });
      res.end(body ?? '');
    });
    await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => host.close(() => r())));

  async function frameAt(path: string, width: number, js = true) {
    const context = await h.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: js });
    const page = await context.newPage();
    await page.goto(hostUrl + path);
    await page.locator('iframe').waitFor();
    await page.waitForFunction(
      () => document.querySelector('iframe')?.contentDocument?.readyState === 'complete' || true,
    );
    const child = () => page.frames()[1]!;
    await expect.poll(() => child().locator('.sematan-kaki').count(), { timeout: 10_000 }).toBe(1);
    return { page, context, child };
  }

  it('without the resize script the frame keeps its default height and the credit line is inside it at 375 px', async () => {
    const { page, context, child } = await frameAt('/tanpa-skrip.html', 375);
    await page.waitForTimeout(500);
    const outer = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    expect(outer).toBe(TINGGI_BAWAAN.peta);
    const kaki = await child()
      .locator('.sematan-kaki')
      .evaluate((el) => el.getBoundingClientRect().bottom);
    expect(kaki).toBeLessThanOrEqual(outer);
    await context.close();
  });

  it('with the resize script the frame follows its content', async () => {
    const { page, context, child } = await frameAt('/dengan-skrip.html', 375);
    const inner = () => child().evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await expect
      .poll(
        async () =>
          Math.abs((await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)) - (await inner())),
        { timeout: 10_000 },
      )
      .toBeLessThanOrEqual(2);
    await child().locator('.sematan-tabel summary').click();
    await expect
      .poll(async () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height), { timeout: 10_000 })
      .toBeGreaterThan(TINGGI_BAWAAN.peta + 200);
    await context.close();
  });

  it('the real pym.js parent resizes it', async () => {
    const { page, context, child } = await frameAt('/pym.html', 375);
    const inner = await child().evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await expect
      .poll(
        async () => Math.abs((await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)) - inner),
        { timeout: 10_000 },
      )
      .toBeLessThanOrEqual(2);
    await context.close();
  });

  it('answers AMP with an embed-size request of its own height', async () => {
    const { page, context, child } = await frameAt('/amp.html', 375);
    const inner = await child().evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await expect
      .poll(
        () =>
          page.evaluate(
            () => (window as unknown as { pesan: { type: string; height: number }[] }).pesan.at(-1) ?? null,
          ),
        { timeout: 10_000 },
      )
      .toMatchObject({ type: 'embed-size', height: inner });
    await context.close();
    void amp;
  });
});

// The map in a real browser: without script, with mouse, touch and keyboard, switching
// indicators in place, and embedded in another site's page (our resizer and pym.js).
// Built from the frozen data (tests/fixtures/data/snapshot) and its frozen article, so the
// figures it names (Malaka, 3 persen, Mei 2025, Pena Malaka) do not move with data/.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPaths, buildSite, scratchData, useScratchDir } from '#support/build.ts';
import { SNAPSHOT } from '#support/dataset.ts';
import { useBrowserAndServer } from '#support/harness.ts';
import { ROOT } from '#support/site.ts';

const work = useScratchDir('peta-beku');
const { out } = buildPaths(work, 'beku');
let built: { ok: boolean; stderr: string } = { ok: false, stderr: 'belum dibangun' };
beforeAll(async () => {
  built = await buildSite(
    work,
    'beku',
    {
      UCJ_DATA_DIR: scratchData(work, 'data', SNAPSHOT),
      UCJ_ARTIKEL_DIR: join(ROOT, 'tests', 'fixtures', 'articles', 'rilis'),
    },
    { timeout: 290_000 },
  );
}, 300_000);
const h = useBrowserAndServer({ dist: () => out });
const PYM = readFileSync(join(ROOT, 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js'), 'utf8');

async function open(path: string, options: Parameters<typeof h.browser.newContext>[0] = {}) {
  const context = await h.browser.newContext({ viewport: { width: 1000, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL(path.replace(/^\//, ''), h.served.url).href);
  return { page, context, errors };
}

const focusedCode = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kode ?? null);

it('builds from the frozen data', () => expect(built.ok, built.stderr).toBe(true));

describe('map page without JavaScript', () => {
  it('shows all 22 regions as links, the legend, ranking, table and the embed dialog', async () => {
    const { page, context } = await open('/peta/ucj-persen/', { javaScriptEnabled: false });
    expect(await page.locator('.peta-wilayah a[data-kode]').count()).toBe(22);
    expect(await page.locator('.peta-wilayah a[data-kode="5321"]').getAttribute('aria-label')).toBe(
      'Malaka: 3 persen, Mei 2025',
    );
    expect(await page.locator('.peta-wilayah a[data-kode="5321"]').getAttribute('href')).toMatch(
      /\/kabupaten\/malaka\/$/,
    );
    expect(await page.locator('.legenda-kelas li').count()).toBe(6);
    expect(await page.locator('.peta-tabel table tbody tr').count()).toBe(22);
    // This build has no publishing address: the dialog says so instead of offering code
    // (tests/embed/alamat.test.ts checks the codes in a build with one).
    expect(await page.locator('.sematkan textarea').count()).toBe(0);
    expect(await page.locator('.sematkan-belum').count()).toBe(1);
    await context.close();
  });
});

describe('map page with JavaScript', () => {
  let page: Page;
  let errors: string[];
  let close: () => Promise<void>;
  beforeAll(async () => {
    const o = await open('/peta/ucj-persen/');
    page = o.page;
    errors = o.errors;
    close = () => o.context.close();
  });
  afterAll(() => close());

  it('hovering a region shows its value, period and source', async () => {
    await page.locator('.peta-wilayah a[data-kode="5321"] path').hover({ force: true });
    const tip = page.locator('.peta-tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = await tip.innerText();
    expect(text).toContain('Malaka');
    expect(text).toContain('3 persen');
    expect(text).toContain('Mei 2025');
    expect(text).toContain('Pena Malaka');
  });

  it('the map is one tab stop; arrows move to neighbours and are announced; Home/End follow the ranking', async () => {
    const stops = await page.locator('.peta-wilayah a[tabindex="0"]').count();
    expect(stops).toBe(1);
    const keys = JSON.parse((await page.locator('[data-peta]').first().getAttribute('data-keys'))!);
    const ranking = (await page.locator('[data-peta]').first().getAttribute('data-ranking'))!.split(' ');
    await page.locator('.peta-wilayah a[tabindex="0"]').focus();
    expect(await focusedCode(page)).toBe(ranking[0]);
    let code = (await focusedCode(page))!;
    const visited = [code];
    for (const key of ['ArrowLeft', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight']) {
      const expected = keys[code][key] ?? code;
      await page.keyboard.press(key);
      code = (await focusedCode(page))!;
      expect(code).toBe(expected);
      visited.push(code);
    }
    expect(new Set(visited).size).toBeGreaterThan(2);
    const name = await page.locator(`.peta-wilayah a[data-kode="${code}"]`).getAttribute('aria-label');
    expect(await page.locator('.peta-status').first().textContent()).toBe(name);
    expect(await page.locator('.peta-wilayah a[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('End');
    expect(await focusedCode(page)).toBe(ranking[ranking.length - 1]);
    await page.keyboard.press('Home');
    expect(await focusedCode(page)).toBe(ranking[0]);
    const outline = await page.evaluate(
      () => getComputedStyle((document.activeElement as Element).querySelector('path')!).strokeWidth,
    );
    expect(parseFloat(outline)).toBeGreaterThanOrEqual(2);
  });

  it('Malaka is reached from Belu by an arrow key', async () => {
    await page.locator('.peta-wilayah a[data-kode="5306"]').focus();
    const keys = JSON.parse((await page.locator('[data-peta]').first().getAttribute('data-keys'))!);
    const arrow = Object.entries(keys['5306'] as Record<string, string>).find(([, v]) => v === '5321')?.[0];
    expect(arrow).toBeDefined();
    await page.keyboard.press(arrow!);
    expect(await focusedCode(page)).toBe('5321');
    await page.keyboard.press('Escape');
    expect(await page.locator('.peta-tooltip').isHidden()).toBe(true);
    // It stays closed, even with the mouse resting over a region, until the mouse moves.
    await page.waitForTimeout(300);
    expect(await page.locator('.peta-tooltip').isHidden()).toBe(true);
  });

  it('sorts the table by column', async () => {
    await page.locator('th[data-kunci="nama"] button').click();
    const first = await page.locator('.peta-tabel table tbody tr th').first().innerText();
    expect(first).toBe('Alor');
    expect(await page.locator('th[data-kunci="nama"]').getAttribute('aria-sort')).toBe('ascending');
  });

  it('switches indicator in place and keeps the URL in sync', async () => {
    await page.evaluate(() => ((window as unknown as { __sama: boolean }).__sama = true));
    await page.locator('[data-peta-pilih] a[href$="/peta/rentan-apbd-provinsi/"]').click();
    await expect.poll(() => page.url()).toMatch(/\/peta\/rentan-apbd-provinsi\/$/);
    await expect
      .poll(() => page.locator('[data-peta-halaman] [data-peta]').getAttribute('data-indikator'))
      .toBe('rentan_apbd_provinsi');
    expect(await page.evaluate(() => (window as unknown as { __sama?: boolean }).__sama)).toBe(true);
    await page.goBack();
    await expect
      .poll(() => page.locator('[data-peta-halaman] [data-peta]').getAttribute('data-indikator'))
      .toBe('ucj_persen');
    await page.locator('.peta-wilayah a[data-kode="5321"] path').hover({ force: true });
    await expect.poll(() => page.locator('.peta-tooltip').isVisible()).toBe(true);
  });

  it('logs no console errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('touch', () => {
  it('a tap pins the tooltip without leaving the page; a second tap or Escape closes it', async () => {
    const { page, context } = await open('/peta/ucj-persen/', {
      hasTouch: true,
      isMobile: true,
      viewport: { width: 360, height: 780 },
    });
    const region = page.locator('.peta-wilayah a[data-kode="5306"] path');
    const before = page.url();
    await region.tap({ force: true });
    await expect.poll(() => page.locator('.peta-tooltip').isVisible()).toBe(true);
    expect(page.url()).toBe(before);
    expect(await page.locator('.peta-tooltip').innerText()).toContain('Belu');
    await region.tap({ force: true });
    await expect.poll(() => page.locator('.peta-tooltip').isHidden()).toBe(true);
    await region.tap({ force: true });
    await expect.poll(() => page.locator('.peta-tooltip').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.peta-tooltip').isHidden()).toBe(true);
    await context.close();
  });
});

describe('small screens', () => {
  for (const [path, w] of [
    ['/', 320],
    ['/peta/ucj-persen/', 320],
    ['/artikel/malaka-dan-belu/', 320],
    ['/kabupaten/kota-kupang/', 320],
    ['/embed/peta/ucj-persen/', 280],
    ['/embed/peta/ucj-persen/', 1200],
  ] as const) {
    it(`${path} has no horizontal scroll at ${w} px`, async () => {
      const { page, context, errors } = await open(path, { viewport: { width: w, height: 640 } });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(w);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('embedded in another site', () => {
  let host: Server;
  let hostUrl = '';
  beforeAll(async () => {
    const embed = new URL('embed/peta/ucj-persen/', h.served.url).href;
    const resizer = new URL('sematkan.js', h.served.url).href;
    const pages: Record<string, string> = {
      '/ours.html': `<!doctype html><html lang="id"><body style="margin:0"><p>Artikel mitra</p><iframe id="f" src="${embed}" title="Peta" width="100%" height="640" style="width:100%;border:0" data-ucj-ntt></iframe><script src="${resizer}" async></script></body></html>`,
      '/sandbox.html': `<!doctype html><html lang="id"><body style="margin:0"><iframe id="f" sandbox="allow-scripts" src="${embed}" title="Peta" width="100%" height="640" style="width:100%;border:0" data-ucj-ntt></iframe><script src="${resizer}" async></script></body></html>`,
      '/pym.html': `<!doctype html><html lang="id"><body style="margin:0"><div id="wadah"></div><script src="/pym.js"></script><script>new pym.Parent('wadah', ${JSON.stringify(embed)}, {});</script></body></html>`,
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

  async function frameFollowsContent(hostPath: string) {
    const context = await h.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await page.goto(hostUrl + hostPath);
    const frame = page.locator('iframe');
    await frame.waitFor();
    const measure = async () => {
      const outer = await frame.evaluate((f) => f.getBoundingClientRect().height);
      const inner = await page
        .frames()[1]!
        .evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      return { outer, inner };
    };
    await expect
      .poll(
        async () => {
          const m = await measure();
          return Math.abs(m.outer - m.inner);
        },
        { timeout: 10_000 },
      )
      .toBeLessThanOrEqual(2);
    const wide = (await measure()).outer;
    await page.setViewportSize({ width: 320, height: 900 });
    await expect
      .poll(
        async () => {
          const m = await measure();
          return m.outer !== wide && Math.abs(m.outer - m.inner) <= 2;
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    const narrow = (await measure()).outer;
    await page.setViewportSize({ width: 1100, height: 900 });
    await expect.poll(async () => (await measure()).outer, { timeout: 10_000 }).toBeCloseTo(wide, -1);
    await context.close();
    return { wide, narrow };
  }

  it('our resizer keeps the iframe as tall as its content, growing and shrinking', async () => {
    const { wide, narrow } = await frameFollowsContent('/ours.html');
    // The compact embed is mostly map, which is taller when wider: what matters is that the
    // frame follows its content both ways.
    expect(narrow).not.toBe(wide);
  });

  it('works inside a sandboxed iframe (allow-scripts only)', async () => {
    const { wide, narrow } = await frameFollowsContent('/sandbox.html');
    expect(narrow).not.toBe(wide);
  });

  it('the map script also runs inside the sandboxed iframe (served with CORS)', async () => {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    await page.goto(hostUrl + '/sandbox.html');
    await page.locator('iframe').waitFor();
    await expect
      .poll(
        () =>
          page.frames()[1]?.evaluate(() => document.querySelector<HTMLElement>('[data-peta]')?.dataset.siap ?? null),
        { timeout: 10_000 },
      )
      .toBe('1');
    await context.close();
  });

  it('a pym.js parent resizes it with no extra code', async () => {
    const { wide, narrow } = await frameFollowsContent('/pym.html');
    expect(narrow).not.toBe(wide);
  });
});

// Issue 10 in a phone browser: Chromium at 375×740 with touch. The headline and lead visual in
// the first screen; the low end of the map visible against its surroundings in both themes; a
// tap that leaves the map uncovered; honest map pages; the map index with its data grid.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST, listPages } from '#support/site.ts';
import { useBrowserAndServer } from '#support/harness.ts';

const h = useBrowserAndServer();
const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true };
const MALAKA = '5321';
const BELU = '5306';
const KOTA_KUPANG = '5371';

async function open(path: string, options: BrowserContextOptions = {}) {
  const context = await h.browser.newContext({ ...PHONE, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(new URL(path.replace(/^\//, ''), h.served.url).href);
  return { page, context, errors };
}

/** WCAG relative luminance and contrast, from CSS colour strings as the browser computes them. */
function luminance(css: string): number {
  const m = css.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/);
  if (!m) throw new Error(`Warna tidak terbaca: ${css}`);
  const [r, g, b] = [m[1], m[2], m[3]]
    .map((v) => Number(v) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

/** Taps a point where the region itself (not a neighbour or a label) is under the finger. */
async function tapRegion(page: Page, scope: string, kode: string) {
  const point = await page.evaluate(
    ({ scope, kode }) => {
      const a = document.querySelector(`${scope} a[data-kode="${kode}"]`)!;
      const r = a.getBoundingClientRect();
      for (let fy = 0.5, i = 0; i < 9; i++, fy = 0.5 + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 0.1)
        for (let fx = 0.5, j = 0; j < 9; j++, fx = 0.5 + (j % 2 ? 1 : -1) * Math.ceil(j / 2) * 0.1) {
          const x = r.left + r.width * fx;
          const y = r.top + r.height * fy;
          if (document.elementFromPoint(x, y)?.closest('a') === a) return { x, y };
        }
      return null;
    },
    { scope, kode },
  );
  if (!point) throw new Error(`Tidak ada titik yang bisa diketuk untuk wilayah ${kode}`);
  await page.touchscreen.tap(point.x, point.y);
}

const rectOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
const intersects = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('home on a phone', () => {
  it('headline and the lead visual are within the first screen; navigation is one line', async () => {
    const { page, context, errors } = await open('/');
    const h1 = await rectOf(page, 'h1');
    const visual = await rectOf(page, '.home-visual svg');
    expect(h1.bottom).toBeLessThanOrEqual(740);
    expect(visual.bottom).toBeLessThanOrEqual(740);
    expect(visual.width).toBeGreaterThan(300);
    const navTops = await page
      .locator('.site-header nav li')
      .evaluateAll((els) => [
        ...new Set(
          els.filter((e) => (e as HTMLElement).offsetParent).map((e) => Math.round(e.getBoundingClientRect().top)),
        ),
      ]);
    expect(navTops).toHaveLength(1);
    // The headline states a finding and the dek dates it.
    expect(await page.locator('h1').innerText()).toMatch(/belum terlindungi/);
    expect(await page.locator('.kepala .dek').innerText()).toMatch(/berumur \d+ bulan/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the UCJ map on a phone', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`Malaka keeps at least 3:1 against the neighbouring land and the no-data hatch (${colorScheme})`, async () => {
      const { page, context } = await open('/peta/ucj-persen/', { colorScheme });
      const fig = page.locator('[data-peta]').first();
      const colours = await fig.evaluate((el, kode) => {
        const fill = (sel: string) => getComputedStyle(el.querySelector(sel)!).fill;
        return {
          malaka: fill(`.peta-wilayah a[data-kode="${kode}"] path`),
          land: [...el.querySelectorAll('.peta-tetangga path')].map((p) => getComputedStyle(p).fill),
          hatchBg: fill('pattern .arsir-latar'),
          hatchLine: getComputedStyle(el.querySelector('pattern .arsir-garis')!).stroke,
        };
      }, MALAKA);
      expect(colours.land.length).toBeGreaterThan(0);
      for (const against of [...colours.land, colours.hatchBg, colours.hatchLine])
        expect(contrast(colours.malaka, against), `${colours.malaka} vs ${against}`).toBeGreaterThanOrEqual(3);
      // Neighbours with values (Belu beside Malaka) may share a luminance: the border between
      // them keeps 3:1 against each of their fills.
      const valued = await fig.evaluate((el) =>
        [...el.querySelectorAll<SVGPathElement>('.peta-kanvas > svg .peta-wilayah a[data-kode] path')]
          .filter((p) => /\br\d\b/.test(p.getAttribute('class') ?? ''))
          .map((p) => ({ fill: getComputedStyle(p).fill, stroke: getComputedStyle(p).stroke })),
      );
      expect(valued.length).toBeGreaterThanOrEqual(2);
      for (const a of valued)
        for (const b of valued)
          expect(contrast(a.stroke, b.fill), `border ${a.stroke} vs ${b.fill}`).toBeGreaterThanOrEqual(3);
      await context.close();
    });
  }

  it('every region with a value is labelled on the map, and Timor has a legible inset', async () => {
    const { page, context } = await open('/peta/ucj-persen/');
    const labels = await page
      .locator('.peta-inset .peta-nilai text')
      .evaluateAll((ts) => ts.map((t) => t.textContent ?? ''));
    expect(labels.some((l) => l.startsWith('Malaka'))).toBe(true);
    expect(labels.some((l) => l.startsWith('Belu'))).toBe(true);
    const inset = await rectOf(page, '.peta-inset svg');
    expect(inset.width).toBeGreaterThan(300);
    const malaka = await page.locator(`.peta-inset [data-kode-inset="${MALAKA}"] path`).boundingBox();
    expect(Math.min(malaka!.width, malaka!.height)).toBeGreaterThanOrEqual(24);
    await context.close();
  });

  it('Kota Kupang and other small regions have hit areas of at least 24 px', async () => {
    const { page, context } = await open('/peta/ucj-persen/');
    for (const a of await page.locator('[data-peta] .peta-kanvas > svg .peta-wilayah a[data-kode]').all()) {
      const box = (await a.boundingBox())!;
      expect(Math.min(box.width, box.height), (await a.getAttribute('data-nama'))!).toBeGreaterThanOrEqual(24);
    }
    await context.close();
  });

  it('a tap docks the details under the map, never over it; the next tap goes to the tapped region', async () => {
    const { page, context, errors } = await open('/peta/ucj-persen/');
    const before = page.url();
    const tip = page.locator('.peta-tooltip').first();
    await page.locator('.peta-kanvas > svg').first().scrollIntoViewIfNeeded();
    await tapRegion(page, '.peta-kanvas > svg', MALAKA);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain('Malaka');
    const map = await rectOf(page, '.peta-kanvas > svg');
    expect(intersects(await tip.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect), map)).toBe(false);
    await tapRegion(page, '.peta-kanvas > svg', BELU);
    await expect.poll(() => tip.innerText()).toContain('Belu');
    expect(page.url()).toBe(before);
    await tapRegion(page, '.peta-kanvas > svg', KOTA_KUPANG);
    await expect.poll(() => tip.innerText()).toContain('Kota Kupang');
    expect(page.url()).toBe(before);
    expect(
      intersects(
        await tip.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect),
        await rectOf(page, '.peta-kanvas > svg'),
      ),
    ).toBe(false);
    // The close button is a real target, and closing hides the details.
    const close = tip.locator('.tt-tutup');
    expect(Math.min(...Object.values((await close.boundingBox())!).slice(2))).toBeGreaterThanOrEqual(24);
    await close.tap();
    await expect.poll(() => tip.isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"Pilih wilayah" under the map opens a region\'s details; indicator chips become a select', async () => {
    const { page, context } = await open('/peta/ucj-persen/');
    const select = page.locator('[data-pilih-wilayah] select').first();
    await expect.poll(() => select.isVisible()).toBe(true);
    await select.selectOption(BELU);
    await expect.poll(() => page.locator('.peta-tooltip').first().innerText(), { timeout: 15_000 }).toContain('Belu');
    expect(await page.locator('.peta-pilih ul').isVisible()).toBe(false);
    expect(await page.locator('.peta-pilih-select select').isVisible()).toBe(true);
    await context.close();
  });

  it('without script the map, its links and the table are all there', async () => {
    const { page, context } = await open('/peta/ucj-persen/', { javaScriptEnabled: false });
    expect(await page.locator('.peta-kanvas > svg .peta-wilayah a[data-kode]').count()).toBe(22);
    expect(await page.locator('.peta-tabel tbody tr').count()).toBe(22);
    expect(await page.locator('.peta-pilih ul').isVisible()).toBe(true);
    // The two selects need the script; without it they would be controls that do nothing.
    expect(await page.locator('.peta-pilih-select').isVisible()).toBe(false);
    expect(await page.locator('[data-pilih-wilayah]').first().isVisible()).toBe(false);
    await context.close();
  });
});

describe('the page holds still while the map script starts', () => {
  // Lighthouse counts a layout shift the reader did not cause against the page (CLS). The chips
  // that become a select and the region select under the map used to appear only when peta.ts
  // ran, which moved everything below them (CLS 0.107 on /peta/ucj-persen/ at 375 px).
  const mapPages = listPages()
    .filter((p) => readFileSync(p.file, 'utf8').includes('data-peta'))
    .map((p) => p.path)
    // Pinned embeds are copies of the live ones; the first stands for them all.
    .filter(
      (path, i, all) =>
        !/^\/embed\/[0-9a-f]{10}\//.test(path) || all.findIndex((q) => /^\/embed\/[0-9a-f]{10}\//.test(q)) === i,
    );

  it('finds the pages that carry a map', () => {
    expect(mapPages).toEqual(expect.arrayContaining(['/peta/ucj-persen/', '/embed/peta/ucj-persen/']));
    expect(mapPages.some((p) => p.startsWith('/artikel/'))).toBe(true);
    expect(mapPages.some((p) => /^\/embed\/[0-9a-f]{10}\//.test(p))).toBe(true);
  });

  for (const [label, options] of [
    ['phone', {}],
    ['desktop', { viewport: { width: 1280, height: 800 }, hasTouch: false, isMobile: false }],
  ] as const)
    it(`no layout shift on any map page (${label})`, async () => {
      const shifts: string[] = [];
      for (const path of mapPages) {
        const context = await h.browser.newContext({ ...PHONE, ...options });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        // On a slow phone the page is painted before the module scripts arrive; here they are held
        // back until the first paint, so a shift they cause is seen. (The embed's small classic
        // script in <head> sets the theme before the first paint and is not held.)
        let release = () => {};
        const held = new Promise<void>((r) => (release = r));
        await page.route(/\/_astro\/[^/]+\.js$/, async (route) => {
          await held;
          await route.continue();
        });
        await page.goto(new URL(path.replace(/^\//, ''), h.served.url).href, { waitUntil: 'commit' });
        await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0);
        release();
        await page.waitForSelector('[data-peta][data-siap]', { state: 'attached' });
        // Layout shifts reach the page only through an observer (not getEntriesByType). No input
        // is given here, so every shift counts: Chromium flags shifts soon after a scripted
        // navigation as "recent input", and Lighthouse counts them all the same.
        const total = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              let sum = 0;
              const add = (list: PerformanceEntry[]) => {
                for (const e of list as (PerformanceEntry & { value: number })[]) sum += e.value;
              };
              const observer = new PerformanceObserver((l) => add(l.getEntries()));
              observer.observe({ type: 'layout-shift', buffered: true });
              // Two frames after the script's work, so its layout has been committed and observed.
              requestAnimationFrame(() =>
                requestAnimationFrame(() => {
                  add(observer.takeRecords());
                  observer.disconnect();
                  resolve(sum);
                }),
              );
            }),
        );
        if (total > 0.001) shifts.push(`${path}: ${total.toFixed(3)}`);
        expect(errors).toEqual([]);
        await context.close();
      }
      expect(shifts).toEqual([]);
    });
});

describe('honest maps', () => {
  const siteData = JSON.parse(readFileSync(join(DIST, '..', 'src', 'generated', 'site-data.json'), 'utf8')) as {
    indikator: { id: string; satuan: string }[];
  };
  // Map pages are the folders with a page; /peta/petak/ holds the tile map's static images only.
  const mapDirs = readdirSync(join(DIST, 'peta'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(DIST, 'peta', d.name, 'index.html')))
    .map((d) => d.name)
    .sort();

  it('map pages and embeds come from the same rule', () => {
    const embeds = readdirSync(join(DIST, 'embed', 'peta'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(mapDirs.length).toBeGreaterThan(0);
    expect(embeds).toEqual(mapDirs);
  });

  it('no map page for fewer than three comparable regions (UCJ excepted); counts are never coloured by class', async () => {
    const context = await h.browser.newContext(PHONE);
    const page = await context.newPage();
    for (const slug of mapDirs) {
      await page.goto(new URL(`peta/${slug}/`, h.served.url).href);
      const id = (await page.locator('[data-peta]').first().getAttribute('data-indikator'))!;
      const labels = await page
        .locator('.peta-kanvas > svg .peta-wilayah a[data-kode]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''));
      const compared = labels.filter((l) => !/belum ada data|diragukan|periode lain/.test(l));
      if (id !== 'ucj_persen') expect(compared.length, slug).toBeGreaterThanOrEqual(3);
      const satuan = siteData.indikator.find((i) => i.id === id)!.satuan;
      const classed = await page.locator('.peta-kanvas > svg .peta-wilayah path[class^="r"]').count();
      if (satuan !== 'persen') {
        expect(classed, slug).toBe(0);
        expect(await page.locator('.peta-kanvas > svg .peta-simbol circle').count(), slug).toBe(
          compared.length + labels.filter((l) => /diragukan|periode lain/.test(l)).length,
        );
      }
      // Ranks only among comparable values.
      expect(await page.locator('.peringkat ol.batang li').count(), slug).toBe(compared.length);
    }
    await context.close();
  });

  it('/peta/ lists the maps and a 22-row availability grid readable on a phone', async () => {
    const { page, context } = await open('/peta/');
    expect(await page.locator('.daftar-peta li').count()).toBe(mapDirs.length);
    const rows = page.locator('table.kisi tbody tr');
    expect(await rows.count()).toBe(22);
    const cols = await page.locator('table.kisi thead th').count();
    for (const row of await rows.all()) expect(await row.locator('td .sel').count()).toBe(cols - 1);
    expect(await page.locator('table.kisi .sel-ragu').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect((await rectOf(page, 'table.kisi')).right).toBeLessThanOrEqual(375);
    await context.close();
  });
});

describe('reader-facing words', () => {
  const BANNED = [
    /Cakupan Universal Coverage/i,
    /Peringkat ke-\d+ dari \d+/,
    /alternatif teks/i,
    /versi [0-9a-f]{8,}/,
    /URL belum diperiksa/i,
    /\(0 wilayah\)/,
    /poin persen(?!tase)/,
  ];
  for (const path of ['/', '/peta/', '/peta/ucj-persen/', '/peta/rentan-apbd-provinsi/']) {
    it(`${path} shows none of the banned phrases`, async () => {
      const { page, context } = await open(path, {
        viewport: { width: 1280, height: 900 },
        hasTouch: false,
        isMobile: false,
      });
      const text = await page.evaluate(() => document.body.innerText);
      for (const re of BANNED) expect(text).not.toMatch(re);
      await context.close();
    });
  }
});

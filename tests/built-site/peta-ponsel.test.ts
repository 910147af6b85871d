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
      a.scrollIntoView({ block: 'center' });
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

/** Every page that carries a map. Pinned embeds are copies of the live ones; the first stands for them all. */
const mapPages = listPages()
  .filter((p) => readFileSync(p.file, 'utf8').includes('data-peta'))
  .map((p) => p.path)
  .filter(
    (path, i, all) =>
      !/^\/embed\/[0-9a-f]{10}\//.test(path) || all.findIndex((q) => /^\/embed\/[0-9a-f]{10}\//.test(q)) === i,
  );

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

/**
 * The area of each region that really answers a finger: the box of the points (on a 1-px grid
 * over the region's drawing) where elementFromPoint lands on the region, so a hit circle that
 * another layer covers, or that ignores pointers, counts for nothing. Size: the box's shorter side.
 */
async function hitAreas(page: Page, figure: number) {
  return page.evaluate((figure) => {
    const fig = document.querySelectorAll('[data-peta]')[figure]!;
    const targets = [
      ...[...fig.querySelectorAll<Element>('.peta-kanvas > svg .peta-wilayah a[data-kode]')].map((el) => ({
        el,
        name: `${el.getAttribute('data-nama')}`,
      })),
      ...[...fig.querySelectorAll<Element>('.peta-inset [data-kode-inset]')].map((el) => ({
        el,
        name: `inset ${el.getAttribute('data-kode-inset')}`,
      })),
    ];
    const out: { name: string; size: number; small: boolean }[] = [];
    for (const { el, name } of targets) {
      // The inset is a phone-only drawing; where it is not shown there is nothing to tap.
      if (!el.getBoundingClientRect().width) continue;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      const x0 = Math.floor(r.left) - 2;
      const y0 = Math.floor(r.top) - 2;
      const x1 = Math.ceil(r.right) + 2;
      const y1 = Math.ceil(r.bottom) + 2;
      const hit = (x: number, y: number) =>
        document.elementFromPoint(x + 0.5, y + 0.5)?.closest('a[data-kode], [data-kode-inset]') === el;
      // From each side inwards to the first point that answers: the box without a full scan.
      const rowHit = (y: number) => {
        for (let x = x0; x <= x1; x++) if (hit(x, y)) return true;
        return false;
      };
      let top = y0;
      while (top <= y1 && !rowHit(top)) top++;
      let bottom = y1;
      while (bottom >= top && !rowHit(bottom)) bottom--;
      const colHit = (x: number) => {
        for (let y = top; y <= bottom; y++) if (hit(x, y)) return true;
        return false;
      };
      let left = x0;
      while (left <= x1 && !colHit(left)) left++;
      let right = x1;
      while (right >= left && !colHit(right)) right--;
      const size = bottom < top ? 0 : Math.min(bottom - top + 1, right - left + 1);
      // Small: too small to tap as drawn, so the map gives it an enlarged hit area.
      out.push({ name, size, small: !!el.querySelector('circle.hit') });
    }
    return out;
  }, figure);
}

describe('touch on every map page', () => {
  it('every region, Kota Kupang, the other small ones and the Timor inset included, answers a tap over at least 24 px', async () => {
    const small: string[] = [];
    for (const path of mapPages) {
      const { page, context } = await open(path);
      const figures = await page.locator('[data-peta]').count();
      let measured = 0;
      for (let i = 0; i < figures; i++)
        for (const r of await hitAreas(page, i)) {
          measured++;
          if (r.name === 'Kota Kupang' && !r.small && !path.startsWith('/embed/petak/'))
            small.push(`${path} #${i} Kota Kupang tanpa area ketuk`);
          if (r.size < 24) small.push(`${path} #${i} ${r.name}: ${r.size} px`);
        }
      // The tile maps (/embed/petak/) draw equal squares, not regions; every other map has them all.
      if (!path.startsWith('/embed/petak/')) expect(measured, path).toBeGreaterThanOrEqual(22);
      await context.close();
    }
    expect(small).toEqual([]);
  }, 300_000);

  it("a small region's marker is drawn in its own fill: a region without data never looks like data", async () => {
    const wrong: string[] = [];
    let noData = 0;
    for (const path of mapPages) {
      const { page, context } = await open(path);
      const found = await page.evaluate(() => {
        const bad: string[] = [];
        let empty = 0;
        for (const fig of document.querySelectorAll('[data-peta]')) {
          const dataFills = new Set(
            [...fig.querySelectorAll('g.peta-simbol circle.simbol')].map((c) => getComputedStyle(c).fill),
          );
          const regions = [
            ...fig.querySelectorAll<Element>('.peta-kanvas > svg .peta-wilayah a[data-kode]'),
            ...fig.querySelectorAll<Element>('.peta-inset [data-kode-inset]'),
          ];
          for (const region of regions) {
            const marker = region.querySelector('circle.penanda');
            if (!marker) continue;
            const kode = region.getAttribute('data-kode') ?? region.getAttribute('data-kode-inset');
            const link = fig.querySelector(`.peta-kanvas > svg a[data-kode="${kode}"]`)!;
            const label = link.getAttribute('aria-label') ?? '';
            const own = getComputedStyle(region.querySelector('path')!).fill;
            const drawn = getComputedStyle(marker).fill;
            if (drawn !== own) bad.push(`${label}: penanda ${drawn}, wilayah ${own}`);
            if (/belum ada data/.test(label)) {
              empty++;
              if (dataFills.has(drawn)) bad.push(`${label}: penanda berwarna data ${drawn}`);
            }
          }
        }
        return { bad, empty };
      });
      wrong.push(...found.bad.map((b) => `${path} ${b}`));
      noData += found.empty;
      await context.close();
    }
    // Kota Kupang has no published count on the count maps: the check meets at least one such marker.
    expect(noData).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  }, 300_000);

  // A map page, a count map, an article map and an embed: the same script serves them all.
  const tapPages = [
    '/peta/ucj-persen/',
    '/peta/rentan-apbd-kabupaten/',
    '/embed/peta/rentan-apbd-provinsi/',
    mapPages.find((p) => p.startsWith('/artikel/'))!,
  ];
  for (const path of tapPages)
    it(`${path}: each tap shows the tapped region under the map; a second tap on it closes the details`, async () => {
      const { page, context, errors } = await open(path);
      const before = page.url();
      const fig = page.locator('[data-peta]').first();
      const tip = fig.locator('.peta-tooltip');
      const map = '[data-peta] .peta-kanvas > svg';
      const drawing = async () => {
        const rects = [await rectOf(page, map)];
        const inset = fig.locator('.peta-inset svg');
        if (await inset.isVisible())
          rects.push(await inset.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect));
        return rects;
      };
      const shows = async (nama: string) => {
        await expect.poll(() => tip.isVisible()).toBe(true);
        expect((await tip.locator('strong').innerText()).trim()).toBe(nama);
        const box = await tip.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
        for (const r of await drawing()) expect(intersects(box, r)).toBe(false);
        expect(page.url()).toBe(before);
      };
      const nameOf = (kode: string) => fig.locator(`a[data-kode="${kode}"]`).getAttribute('data-nama');
      for (const kode of [MALAKA, BELU, KOTA_KUPANG, MALAKA]) {
        await tapRegion(page, map, kode);
        await shows((await nameOf(kode))!);
      }
      // The region already shown: a tap closes its details.
      await tapRegion(page, map, MALAKA);
      await expect.poll(() => tip.isHidden()).toBe(true);
      await tapRegion(page, map, BELU);
      await shows((await nameOf(BELU))!);
      // The close button is a real target, and closing hides the details.
      const close = tip.locator('.tt-tutup');
      expect(Math.min(...Object.values((await close.boundingBox())!).slice(2))).toBeGreaterThanOrEqual(24);
      await close.tap();
      await expect.poll(() => tip.isHidden()).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    });

  it('a tap in the Timor inset opens the region without moving the inset under the finger', async () => {
    const { page, context, errors } = await open('/peta/ucj-persen/');
    const fig = page.locator('[data-peta]').first();
    const tip = fig.locator('.peta-tooltip');
    const g = fig.locator(`.peta-inset [data-kode-inset="${MALAKA}"]`);
    await g.scrollIntoViewIfNeeded();
    const inset = () => fig.locator('.peta-inset svg').evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
    const top = (await inset()).top;
    const box = (await g.locator('path').boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.locator('strong').innerText()).toBe('Malaka');
    expect((await inset()).top).toBe(top);
    const details = await tip.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
    expect(intersects(details, await inset())).toBe(false);
    expect(intersects(details, await rectOf(page, '[data-peta] .peta-kanvas > svg'))).toBe(false);
    // Still above the legend: the details belong to the map, not after its key.
    expect(details.bottom).toBeLessThanOrEqual((await rectOf(page, '[data-peta] .legenda')).top);
    // Same region again, from the inset: closed.
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => tip.isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the page holds still while the map script starts', () => {
  // Lighthouse counts a layout shift the reader did not cause against the page (CLS). The chips
  // that become a select and the region select under the map used to appear only when peta.ts
  // ran, which moved everything below them (CLS 0.107 on /peta/ucj-persen/ at 375 px).
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
      // A dozen pages, each in a fresh context: on a loaded 2-core machine this passed 30 s.
    }, 120_000);
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

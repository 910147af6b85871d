// Reading on a phone (375×740, touch): tables are blocks, not sideways scrollers, and pages
// carry no screens of blank space. Measured in Chromium on the built site, with and without script.
import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '#support/harness.ts';
import { listPages } from '#support/site.ts';

const h = useBrowserAndServer();
const PHONE = { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 };

async function open(path: string, javaScriptEnabled = true) {
  const context = await h.browser.newContext({ ...PHONE, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(new URL(path.replace(/^\//, ''), h.served.url).href);
  return { page, context };
}

/** Every element that scrolls sideways (content wider than its box and overflow allowing it). */
const sidewaysScrollers = () =>
  [...document.querySelectorAll<HTMLElement>('body *')]
    .filter((el) => {
      const s = getComputedStyle(el);
      return (s.overflowX === 'auto' || s.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1;
    })
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);

/** Text (tables, facts, headings, lists) broken inside a word: a line box that starts with a letter continuing the previous one. */
const brokenWords = () => {
  const out: string[] = [];
  for (const cell of document.querySelectorAll<HTMLElement>(
    'main th, main td, main caption, main dt, main dd, main h1, main h2, main li, main p',
  )) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      const range = document.createRange();
      for (const m of text.matchAll(/[A-Za-zÀ-ÿ]{4,}/g)) {
        range.setStart(n, m.index!);
        range.setEnd(n, m.index! + m[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        if (rects.length > 1 && new Set(rects.map((r) => Math.round(r.top))).size > 1) out.push(m[0]);
      }
    }
  }
  return out;
};

describe('every reader page on the narrowest phones', () => {
  // Embeds are checked in their own file; pinned copies repeat the live pages.
  const readerPages = listPages()
    .map((p) => p.path)
    .filter((path) => path.endsWith('/') && !path.startsWith('/embed/'));

  for (const width of [320, 375])
    it(`at ${width} px nothing scrolls sideways and no word is broken, on all ${readerPages.length} pages`, async () => {
      const context = await h.browser.newContext({ ...PHONE, viewport: { width, height: 740 } });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const path of readerPages) {
        await page.goto(new URL(path.replace(/^\//, ''), h.served.url).href);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        if (wide > width) problems.push(`${path}: halaman selebar ${wide} px`);
        for (const s of await page.evaluate(sidewaysScrollers)) problems.push(`${path}: ${s} bergulir ke samping`);
        for (const w of await page.evaluate(brokenWords)) problems.push(`${path}: kata "${w}" terpotong`);
        // A chart's direct labels (label, figure, doubt tag) stay inside the column.
        const cut = await page.evaluate(
          (w) =>
            [...document.querySelectorAll('.baris-kepala, .baris-kepala *')]
              .filter((el) => el.getBoundingClientRect().right > w + 0.5)
              .map((el) => (el.textContent ?? '').trim().slice(0, 40)),
          width,
        );
        for (const c of cut) problems.push(`${path}: label grafik "${c}" melewati layar`);
      }
      await context.close();
      expect(problems).toEqual([]);
    }, 180_000);
});

describe('headline type scale', () => {
  it('articles and fact sheets open with kicker, headline and dek in that order and scale', async () => {
    const paths = listPages()
      .filter((p) => p.type === 'artikel' || p.type === 'kabupaten')
      .map((p) => p.path);
    expect(paths.length).toBeGreaterThan(2);
    const context = await h.browser.newContext(PHONE);
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(new URL(path.replace(/^\//, ''), h.served.url).href);
      const s = await page.evaluate(() => {
        const style = (sel: string) => {
          const el = document.querySelector(sel);
          if (!el) return null;
          const c = getComputedStyle(el);
          return {
            size: parseFloat(c.fontSize),
            weight: Number(c.fontWeight),
            upper: c.textTransform,
            top: el.getBoundingClientRect().top,
          };
        };
        return { kicker: style('main .kicker'), h1: style('main h1') };
      });
      if (!s.kicker || !s.h1) {
        problems.push(`${path}: tanpa kicker atau judul`);
        continue;
      }
      if (s.kicker.upper !== 'uppercase' || s.kicker.weight < 700)
        problems.push(`${path}: kicker tidak bergaya kicker`);
      if (s.kicker.size * 2 > s.h1.size) problems.push(`${path}: kicker ${s.kicker.size}px, judul ${s.h1.size}px`);
      if (s.kicker.top > s.h1.top) problems.push(`${path}: kicker di bawah judul`);
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('tables on a 375 px phone', () => {
  for (const path of ['/kabupaten/belu/', '/kabupaten/malaka/', '/kabupaten/kota-kupang/']) {
    for (const js of [true, false]) {
      it(`${path} (${js ? 'with' : 'without'} script): under 4,500 px tall, nothing scrolls sideways, no word broken`, async () => {
        const { page, context } = await open(path, js);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(height).toBeLessThan(4500);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
        expect(await page.evaluate(sidewaysScrollers)).toEqual([]);
        expect(await page.evaluate(brokenWords)).toEqual([]);
        await context.close();
      });
    }
  }

  for (const path of [
    '/',
    '/data/',
    '/artikel/kartu-pekerja-rentan-apbd-provinsi/',
    '/artikel/malaka-dan-belu/',
    '/kabupaten/',
  ]) {
    it(`${path}: no sideways-scrolling box, captions not inside a scroller, no word broken`, async () => {
      const { page, context } = await open(path);
      expect(await page.evaluate(sidewaysScrollers)).toEqual([]);
      const captionsInScroller = await page.evaluate(
        () =>
          [...document.querySelectorAll('caption')].filter((c) => {
            for (let el = c.parentElement; el; el = el.parentElement) {
              const s = getComputedStyle(el);
              if (s.overflowX === 'auto' || s.overflowX === 'scroll') return true;
            }
            return false;
          }).length,
      );
      expect(captionsInScroller).toBe(0);
      expect(await page.evaluate(brokenWords)).toEqual([]);
      await context.close();
    });
  }

  it('/data/ (with and without script): a page to scan, under 6,000 px tall, every indicator and source reachable by a tap', async () => {
    for (const js of [true, false]) {
      const { page, context } = await open('/data/', js);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, `${js ? 'with' : 'without'} script`).toBeLessThan(6000);
      expect(await page.evaluate(sidewaysScrollers)).toEqual([]);
      // Folded, not dropped: the downloads list every indicator and source; the page holds each one.
      const data = await page.evaluate(async () => {
        const json = (await (await fetch('../unduh/data-ucj-ntt.json')).json()) as {
          indikator: { id: string }[];
          sumber: { id: string }[];
        };
        return { indikator: json.indikator.map((i) => i.id), sumber: json.sumber.map((s) => s.id) };
      });
      for (const id of data.indikator) expect(await page.locator(`[id="indikator-${id}"]`).count(), id).toBe(1);
      for (const id of data.sumber) expect(await page.locator(`[id="sumber-${id}"]`).count(), id).toBe(1);
      // A tap on a folded list opens it, script or not.
      const sources = page.locator('details:has(.data-sumber)');
      expect(await sources.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
      await sources.locator('summary').tap();
      expect(await sources.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
      expect(await page.locator(`[id="sumber-${data.sumber[0]}"]`).isVisible()).toBe(true);
      expect(await page.evaluate(brokenWords)).toEqual([]);
      await context.close();
    }
  });

  it('a table row is one readable block: no row of the Belu table is taller than a screen', async () => {
    const { page, context } = await open('/kabupaten/belu/');
    const tallest = await page.evaluate(() =>
      Math.max(...[...document.querySelectorAll('tr')].map((r) => r.getBoundingClientRect().height)),
    );
    expect(tallest).toBeLessThan(740);
    await context.close();
  });
});

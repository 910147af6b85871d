// Every page in Chromium under the real Content-Security-Policy (<meta> plus the _headers the
// server applies): no CSP violation, no console error, no failed request, nothing from another
// origin. Then the byte budgets as the browser loads them, the 404 page, and framing rules.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { VIEWPORT } from '#support/checks.ts';
import { BUDGETS, DIST, listPages, PAGE_TYPES, requireBuild, urlOf } from '#support/site.ts';
import { describeWeight, kb, measureInBrowser } from '#support/weight.ts';
import { useBrowserAndServer } from '#support/harness.ts';

const h = useBrowserAndServer();
const pages = existsSync(join(DIST, 'index.html')) ? listPages() : [];
let context: BrowserContext;

beforeAll(async () => {
  if (!h.browser) return; // the harness reports why
  context = await h.browser.newContext({ viewport: VIEWPORT });
}, 30_000);
afterAll(() => context?.close());

const fail = (problems: string[]) => expect(problems, `\n  ${problems.join('\n  ')}`).toEqual([]);

/**
 * One tab for all pages (a new tab per page costs more than the page itself), watching
 * everything that goes wrong while a page loads and settles.
 */
class Watcher {
  page!: Page;
  problems: string[] = [];
  path = '';

  async start() {
    if (!context) return;
    this.page = await context.newPage();
    const origin = new URL(h.served.url).origin;
    await this.page.addInitScript(() => {
      document.addEventListener(
        'securitypolicyviolation',
        (e) =>
          console.error(
            `CSP-VIOLATION ${e.effectiveDirective} diblokir: ${e.blockedURI || '(inline)'} di ${e.sourceFile}:${e.lineNumber} «${e.sample}»`,
          ),
        true,
      );
    });
    this.page.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy|Trusted Type/i.test(m.text()))
        this.problems.push(`konsol ${m.type()}: ${m.text()}`);
    });
    this.page.on('pageerror', (e) => this.problems.push(`galat skrip: ${e.message}`));
    this.page.on('requestfailed', (r) => {
      // Leaving a page cancels what it still had in flight; that is not the page's fault.
      if (r.failure()?.errorText !== 'net::ERR_ABORTED')
        this.problems.push(`permintaan gagal: ${r.url()} (${r.failure()?.errorText})`);
    });
    this.page.on('request', (r) => {
      if (/^https?:|^wss?:/.test(r.url()) && new URL(r.url()).origin !== origin)
        this.problems.push(`permintaan ke origin lain: ${r.url()}`);
    });
    this.page.on('response', (r) => {
      const isDocument = r.request().resourceType() === 'document' && r.request().frame() === this.page.mainFrame();
      if (r.status() >= 400 && !(isDocument && this.path === '/404.html'))
        this.problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
  }

  async visit(path: string): Promise<string[]> {
    this.path = path;
    this.problems = [];
    const response = await this.page.goto(urlOf(h.served.url, path), { waitUntil: 'load' });
    if (!response) this.problems.push('tidak ada jawaban');
    const meta = await this.page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
    );
    if (!meta) this.problems.push('tidak ada CSP dalam <meta> (lihat docs/quality.md)');
    // Module scripts have run by "load"; these make the map scripts react to focus too.
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Tab');
    await this.page.evaluate(() => new Promise((ok) => requestAnimationFrame(ok)));
    return this.problems;
  }
}

test('ada halaman untuk diuji', () => {
  requireBuild();
  expect(pages.length).toBeGreaterThan(0);
});

describe('setiap halaman di bawah CSP: tanpa pelanggaran, galat konsol, atau permintaan ke luar', () => {
  const watcher = new Watcher();
  beforeAll(() => watcher.start());
  for (const sitePage of pages) {
    test(sitePage.path, async () => fail(await watcher.visit(sitePage.path)));
  }
});

describe('anggaran ukuran di peramban (gzip, semua yang dimuat termasuk yang lambat)', () => {
  test(`beranda ≤ ${BUDGETS.homeTotalKb} KB, JavaScript ≤ ${BUDGETS.homeJsKb} KB`, async () => {
    requireBuild();
    const w = await measureInBrowser(context, h.served.url);
    const detail = `\n  beranda: ${kb(w.totalGz)} KB, JS ${kb(w.jsGz)} KB\n${describeWeight(w)}`;
    console.log(
      `beranda di peramban: ${kb(w.totalGz)} KB gzip, JS ${kb(w.jsGz)} KB gzip, ${w.resources.length} berkas`,
    );
    expect(w.foreign, 'permintaan ke origin lain').toEqual([]);
    expect(w.totalGz, detail).toBeLessThanOrEqual(BUDGETS.homeTotalKb * 1024);
    expect(w.jsGz, detail).toBeLessThanOrEqual(BUDGETS.homeJsKb * 1024);
  });

  const embeds = pages.filter((p) => PAGE_TYPES.embed(p.path));
  for (const embed of embeds) {
    test(`embed ${embed.path} ≤ ${BUDGETS.embedTotalKb} KB`, async () => {
      const w = await measureInBrowser(context, urlOf(h.served.url, embed.path));
      expect(w.foreign, 'permintaan ke origin lain').toEqual([]);
      expect(w.totalGz, `\n  ${embed.path}: ${kb(w.totalGz)} KB\n${describeWeight(w)}`).toBeLessThanOrEqual(
        BUDGETS.embedTotalKb * 1024,
      );
    });
  }
});

describe('server dan halaman 404', () => {
  test('alamat yang tidak ada mendapat status 404 dan halaman 404 situs', async () => {
    const page = await context.newPage();
    try {
      const response = await page.goto(urlOf(h.served.url, '/halaman-yang-tidak-ada/'));
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').textContent()).toMatch(/tidak ditemukan/i);
      // Its stylesheet must load from any depth: links in 404.html are root-relative.
      expect(await page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe('0px');
    } finally {
      await page.close();
    }
  });
});

describe('bingkai (frame-ancestors dari _headers)', () => {
  // "Another site" is a second local server: another port is another origin, and staying on
  // the loopback address keeps Chromium's private-network rules out of the way.
  let other: Server;
  let otherOrigin = '';
  beforeAll(async () => {
    other = createServer((req, res) => {
      const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="id"><title>induk</title><iframe src="${src.replace(/[<>"&]/g, '')}"></iframe></html>`,
      );
    });
    await new Promise<void>((ok) => other.listen(0, '127.0.0.1', ok));
    otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((ok) => other?.close(() => ok())));

  async function frameFromElsewhere(path: string): Promise<{ shown: boolean; refused: boolean }> {
    const page = await context.newPage();
    let refused = false;
    page.on('console', (m) => {
      if (/frame-ancestors/.test(m.text())) refused = true;
    });
    try {
      await page.goto(`${otherOrigin}/?src=${encodeURIComponent(urlOf(h.served.url, path))}`, { waitUntil: 'load' });
      const frame = page.frames().find((f) => f !== page.mainFrame());
      const shown =
        !!frame &&
        frame.url().startsWith(h.served.origin) &&
        (await frame.evaluate(() => document.documentElement.lang).catch(() => '')) === 'id';
      return { shown, refused };
    } finally {
      await page.close();
    }
  }

  test('halaman biasa ditolak bila dibingkai situs lain', async () => {
    requireBuild();
    expect(await frameFromElsewhere('/')).toEqual({ shown: false, refused: true });
  });

  const embed = pages.find((p) => PAGE_TYPES.embed(p.path));
  if (embed) {
    test(`embed ${embed.path} bisa dibingkai situs lain`, async () => {
      expect(await frameFromElsewhere(embed.path)).toEqual({ shown: true, refused: false });
    });
  }
});

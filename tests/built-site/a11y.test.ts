// Accessibility in Chromium, one page of every page type: axe-core with the WCAG 2.1 A/AA rules
// in light and dark themes, keyboard-only use with visible focus, reduced motion, and the map's
// table alternative.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { imageProblems, keyboardWalk, mapTableProblems, motionProblems, VIEWPORT } from '#support/checks.ts';
import { DIST, listPages, MAP_PAGE_TYPES, requireBuild, samplePages, urlOf, WCAG_TAGS } from '#support/site.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowserAndServer } from '#support/harness.ts';

const h = useBrowserAndServer();
const samples = existsSync(join(DIST, 'index.html')) ? samplePages(listPages()) : [];

const fail = (problems: string[]) => expect(problems, `\n  ${problems.join('\n  ')}`).toEqual([]);

test('ada halaman untuk diuji', () => {
  requireBuild();
  expect(samples.length).toBeGreaterThan(0);
});

for (const { label, page: sitePage } of samples) {
  // One page per page type, reused by the checks below in this order (each leaves the page in
  // a known state for the next), because every navigation costs on a 2-core machine.
  describe(`${label} ${sitePage.path}`, () => {
    let page: Page;
    beforeAll(async () => {
      if (!h.browser) return; // the harness reports why
      // CSP is left out here: axe and the checks inject scripts that Trusted Types would
      // refuse. browser.test.ts loads every page under the real CSP and requires zero
      // violations, so what a reader sees is what is checked here.
      const context = await h.browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
      page = await context.newPage();
      await page.goto(urlOf(h.served.url, sitePage.path), { waitUntil: 'load' });
    }, 30_000);
    afterAll(() => page?.context().close());

    test('semua bisa dicapai dengan keyboard, fokus terlihat', async () => {
      const report = await keyboardWalk(page);
      fail(report.problems);
      expect(report.reached, 'tidak ada satu pun elemen yang bisa difokus').toBeGreaterThan(0);
    });

    // Embeds are a single widget inside someone else's page: no site navigation to skip.
    if (sitePage.type !== 'embed' && sitePage.type !== 'petak') {
      test('tautan lewati-ke-isi membawa ke <main>', async () => {
        const skip = await page.evaluate(() => {
          const first = document.querySelector(
            'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])',
          );
          const href = first?.getAttribute('href') ?? '';
          const target = href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
          return {
            href,
            reachesMain:
              !!target && (target.tagName === 'MAIN' || !!target.closest('main') || !!target.querySelector('main')),
          };
        });
        if (!skip.reachesMain)
          fail([
            `Elemen fokus pertama harus tautan "Langsung ke isi" menuju <main>; yang ada: ${JSON.stringify(skip.href)}.`,
          ]);
      });
    }

    test('gambar berukuran, yang di bawah layar pertama dimuat lambat', async () => {
      fail(await imageProblems(page));
    });

    if (sitePage.type && MAP_PAGE_TYPES.includes(sitePage.type)) {
      test('peta punya tabel pengganti yang diumumkan pembaca layar', async () => {
        fail(await mapTableProblems(page));
      });
    }

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe WCAG 2.1 A/AA, tema ${colorScheme === 'light' ? 'terang' : 'gelap'}`, async () => {
        await page.emulateMedia({ colorScheme });
        // Fresh state: earlier checks moved focus, opened tooltips and disclosures.
        if (colorScheme === 'light') await page.reload({ waitUntil: 'load' });
        const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        fail(
          result.violations.map(
            (v) =>
              `${v.id} [${v.impact}] ${v.help} (${v.helpUrl})\n      ${v.nodes
                .slice(0, 6)
                .map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
                .join('\n      ')}`,
          ),
        );
        // A run that checked nothing would pass anything.
        expect(result.passes.length).toBeGreaterThan(0);
      });
    }

    test('prefers-reduced-motion dihormati', async () => {
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      await page.reload({ waitUntil: 'load' });
      fail(await motionProblems(page));
    });
  });
}

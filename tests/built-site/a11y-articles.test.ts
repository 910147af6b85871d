// Accessibility and small screens for every article, the indexes, and a sample of kabupaten/kota
// pages (with and without figures): axe WCAG 2.1 A/AA in light and dark themes, and no
// horizontal scrolling of the page at 320 px.
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, urlOf, WCAG_TAGS } from '#support/site.ts';
import { useBrowserAndServer } from '#support/harness.ts';

const h = useBrowserAndServer();
const built = existsSync(join(DIST, 'index.html'));
const articles = built
  ? readdirSync(join(DIST, 'artikel'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `/artikel/${d.name}/`)
  : [];
const pages = [
  ...articles,
  '/artikel/',
  '/kabupaten/',
  '/kabupaten/belu/',
  '/kabupaten/kota-kupang/',
  '/kabupaten/timor-tengah-selatan/',
  '/metodologi/',
  '/tentang/',
  '/',
];

describe.skipIf(!built)('aksesibilitas artikel dan halaman kabupaten/kota', () => {
  for (const path of pages) {
    test(`${path}: axe terang dan gelap, tanpa gulir mendatar di 320 px`, async () => {
      const context = await h.browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true });
      try {
        const page = await context.newPage();
        await page.goto(urlOf(h.served.url, path), { waitUntil: 'load' });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${path} melebar ${overflow}px di layar 320 px`).toBeLessThanOrEqual(0);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          const problems = result.violations.map(
            (v) =>
              `${colorScheme}: ${v.id} ${v.help}: ${v.nodes
                .slice(0, 4)
                .map((n) => n.target.join(' '))
                .join(', ')}`,
          );
          expect(problems, problems.join('\n')).toEqual([]);
        }
      } finally {
        await context.close();
      }
    }, 60_000);
  }
});

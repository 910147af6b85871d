// Thumbnails on the article index and the home page: every listed article carries its card as a
// small picture whose files exist at the width they claim, marked up so that it cannot shift the
// layout or delay the page; and the home page stays within its weight on dense phone screens,
// where srcset picks the larger files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ARTIKEL } from '#support/dataset.ts';
import { useBrowserAndServer } from '#support/harness.ts';
import { tags } from '#support/links.ts';
import { BASE, BUDGETS, DIST } from '#support/site.ts';
import { describeWeight, kb, measureInBrowser } from '#support/weight.ts';

const built = existsSync(join(DIST, 'index.html'));
const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const slugs = readdirSync(ARTIKEL)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));
const fileOf = (url: string) => join(DIST, decodeURIComponent(url).slice(BASE.length));

/** Each list item's article link and the picture inside it, as attribute maps. */
function thumbnails(html: string) {
  const out = new Map<string, { img: Map<string, string>; link: Map<string, string> }>();
  let link: Map<string, string> | null = null;
  for (const tag of tags(html)) {
    if (tag.name === 'a') link = tag.attrs;
    if (tag.name === 'img' && link) {
      const m = new RegExp(`^${BASE}artikel/([^/]+)/$`).exec(link.get('href') ?? '');
      if (m) out.set(m[1]!, { img: tag.attrs, link });
    }
  }
  return out;
}

describe.skipIf(!built)('gambar kecil artikel', () => {
  for (const [label, path, expected] of [
    ['/artikel/', 'artikel', slugs],
    ['beranda', '', null],
  ] as const) {
    it(`${label}: every listed article has a thumbnail whose files exist at the width they claim`, async () => {
      const html = page(path);
      const found = thumbnails(html);
      const listed = new Set([...html.matchAll(new RegExp(`href="${BASE}artikel/([^/"]+)/"`, 'g'))].map((m) => m[1]!));
      expect(listed.size).toBeGreaterThan(0);
      if (expected) expect([...listed].sort()).toEqual([...expected].sort());
      expect([...found.keys()].sort()).toEqual([...listed].sort());
      for (const [slug, { img, link }] of found) {
        // Decorative: the headline beside it is the link text, so no second stop for keyboard or screen reader.
        expect(img.get('alt'), slug).toBe('');
        expect(link.get('aria-hidden'), slug).toBe('true');
        expect(link.get('tabindex'), slug).toBe('-1');
        expect(img.get('loading'), slug).toBe('lazy');
        expect(img.get('decoding'), slug).toBe('async');
        expect(img.get('sizes'), slug).toBeTruthy();
        const width = Number(img.get('width'));
        const height = Number(img.get('height'));
        // The social card's proportions (1200×630), so the reserved box matches the picture.
        expect(Math.abs(width / height - 1200 / 630), slug).toBeLessThan(0.01);
        const candidates = img
          .get('srcset')!
          .split(',')
          .map((c) => c.trim().split(/\s+/) as [string, string]);
        expect(candidates.length, slug).toBeGreaterThan(1);
        expect(candidates.map(([u]) => u)).toContain(img.get('src'));
        for (const [url, descriptor] of candidates) {
          expect(url, slug).toContain(`/gambar/artikel/${slug}-`);
          const file = fileOf(url);
          expect(existsSync(file), `${url} tidak ada di ${DIST}`).toBe(true);
          const meta = await sharp(file).metadata();
          expect(`${meta.width}w`, url).toBe(descriptor);
          expect(Math.abs(meta.width! / meta.height! - 1200 / 630), url).toBeLessThan(0.01);
        }
      }
    });
  }
});

const h = useBrowserAndServer();

describe.skipIf(!built)('beranda di ponsel dengan gambar kecil', () => {
  for (const deviceScaleFactor of [1, 2, 3]) {
    it(`375×740 at ${deviceScaleFactor}×: everything it loads (pictures included) within ${BUDGETS.homeTotalKb} KB`, async () => {
      const context = await h.browser.newContext({
        viewport: { width: 375, height: 740 },
        hasTouch: true,
        isMobile: true,
        deviceScaleFactor,
      });
      try {
        const w = await measureInBrowser(context, h.served.url);
        const images = w.resources.filter((r) => r.kind === 'image' && r.url.includes('/gambar/artikel/'));
        // The pictures are loaded (the measurement forces lazy ones in), so they are counted.
        expect(images.length).toBeGreaterThan(0);
        expect(
          w.totalGz,
          `\n  beranda ${deviceScaleFactor}×: ${kb(w.totalGz)} KB\n${describeWeight(w)}`,
        ).toBeLessThanOrEqual(BUDGETS.homeTotalKb * 1024);
      } finally {
        await context.close();
      }
    });
  }
});

// What the quality gates test: the built site in dist/ (or UCJ_OUT_DIR), built for BASE_PATH,
// its page types, and the budgets. Pages are discovered from the build, so a new page of a
// known type is covered the day it lands.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeBase } from '#scripts/serve.ts';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = resolve(ROOT, process.env.UCJ_OUT_DIR ?? 'dist');
export const BASE = normalizeBase(process.env.BASE_PATH);

/** Page types, by their path inside the site (after the base path). */
export const PAGE_TYPES = {
  home: (p: string) => p === '/',
  data: (p: string) => p === '/data/',
  '404': (p: string) => p === '/404.html',
  artikel: (p: string) => /^\/artikel\/[^/]+\/$/.test(p),
  kabupaten: (p: string) => /^\/kabupaten\/[^/]+\/$/.test(p),
  peta: (p: string) => /^\/peta\/[^/]+\/$/.test(p),
  // Before embed: the licence-free tile map gets its own sample in every browser check.
  petak: (p: string) => /^\/embed\/petak\/[^/]+\/$/.test(p),
  embed: (p: string) => /^\/embed\/.+\/$/.test(p),
  metodologi: (p: string) => p === '/metodologi/',
  tentang: (p: string) => p === '/tentang/',
  // The change log and each release's own page (/riwayat/<nomor>/).
  riwayat: (p: string) => /^\/riwayat\/(\d+\/)?$/.test(p),
} as const;
export type PageType = keyof typeof PAGE_TYPES;

/** Page types that must exist in the build: a missing one fails the tests. */
export const REQUIRED_PAGE_TYPES: readonly PageType[] = [
  'home',
  'data',
  '404',
  'peta',
  'embed',
  'petak',
  'artikel',
  'kabupaten',
  'metodologi',
  'tentang',
  'riwayat',
];

/** Pages whose map must offer a table alternative. */
export const MAP_PAGE_TYPES: readonly PageType[] = ['peta', 'embed', 'petak'];

export const BUDGETS = {
  /** Home page and everything it loads, gzipped. */
  homeTotalKb: 60,
  /** JavaScript the home page loads, gzipped. */
  homeJsKb: 10,
  /** Any embed page and everything it loads, gzipped. */
  embedTotalKb: 100,
};

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface SitePage {
  /** Path inside the site, e.g. "/data/" or "/404.html". */
  path: string;
  file: string;
  type: PageType | null;
}

/** Every HTML file under a folder, as site paths (index.html → its folder with a slash). */
export function listPages(dist = DIST): SitePage[] {
  const out: SitePage[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = `/${relative(dist, full).split(sep).join('/')}`;
        const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
        out.push({ path, file: full, type: classify(path) });
      }
    }
  };
  walk(dist);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

export function classify(path: string): PageType | null {
  for (const [type, test] of Object.entries(PAGE_TYPES)) if (test(path)) return type as PageType;
  return null;
}

export function requireBuild(dist = DIST): void {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(
      `Situs yang dibangun tidak ditemukan di ${dist}. Jalankan dulu: npm run build (npm test melakukannya).`,
    );
  }
}

export interface Sample {
  /** Page type, or "lain: /first-segment/" for pages no type describes yet. */
  label: string;
  page: SitePage;
}

/**
 * One page per page type (the first by path), plus one per unclassified folder, so that a
 * page of a kind nobody listed yet is still checked in the browser.
 */
export function samplePages(pages: SitePage[]): Sample[] {
  const seen = new Set<string>();
  const out: Sample[] = [];
  for (const page of pages) {
    const label = page.type ?? `lain: ${page.path.split('/').slice(0, 2).join('/')}/`;
    if (seen.has(label)) continue;
    seen.add(label);
    out.push({ label, page });
  }
  return out;
}

export function missingRequired(pages: SitePage[], required = REQUIRED_PAGE_TYPES): PageType[] {
  const present = new Set(pages.map((p) => p.type));
  return required.filter((t) => !present.has(t));
}

export const missingMessage = (type: PageType) =>
  `Jenis halaman "${type}" wajib ada (REQUIRED_PAGE_TYPES di tests/support/site.ts) tetapi tidak ada satu pun halamannya di ${DIST}. ` +
  `Halaman itu belum dibuat, gagal dibangun, atau alamatnya berubah (lihat PAGE_TYPES).`;

/** Absolute URL of a site path on a running server. */
export const urlOf = (siteUrl: string, path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;

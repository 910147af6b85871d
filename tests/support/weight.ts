// Page weight, measured two ways: in Chromium (every response of the page and its frames,
// lazy content forced in, each body gzipped as a host would send it) and statically (the HTML
// plus every asset it references, followed through CSS, JS imports and iframes). Readers in
// NTT often pay per megabyte: both must stay within the budgets.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Response } from 'playwright-core';
import { tags } from './links.ts';

const COMPRESSIBLE_EXT = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.svg',
  '.txt',
  '.xml',
  '.csv',
  '.map',
  '.webmanifest',
]);
const COMPRESSIBLE_TYPE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;

/** Bytes on the wire: gzipped for text, as-is for images and fonts that are compressed already. */
export function wireBytes(body: Buffer, compressible: boolean): number {
  return compressible ? gzipSync(body, { level: 9 }).length : body.length;
}

export interface Resource {
  url: string;
  kind: 'document' | 'script' | 'stylesheet' | 'image' | 'font' | 'other';
  bytes: number;
  gz: number;
}

export interface Weight {
  totalGz: number;
  jsGz: number;
  resources: Resource[];
  /** Requests to any other origin: there must be none. */
  foreign: string[];
}

function kindOf(resourceType: string, type: string, url: string): Resource['kind'] {
  if (resourceType === 'document' || /text\/html/.test(type)) return 'document';
  if (resourceType === 'script' || /javascript/.test(type) || /\.m?js$/.test(new URL(url).pathname)) return 'script';
  if (resourceType === 'stylesheet' || /text\/css/.test(type)) return 'stylesheet';
  if (resourceType === 'image' || type.startsWith('image/')) return 'image';
  if (resourceType === 'font' || type.startsWith('font/')) return 'font';
  return 'other';
}

const sum = (rs: Resource[], pick: (r: Resource) => boolean = () => true) =>
  rs.filter(pick).reduce((n, r) => n + r.gz, 0);

/** Loads a page in a fresh page of the context and weighs everything it loaded. */
export async function measureInBrowser(context: BrowserContext, url: string): Promise<Weight> {
  const origin = new URL(url).origin;
  const page = await context.newPage();
  const responses: { response: Response; resourceType: string }[] = [];
  const foreign: string[] = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  page.on('request', (req) => {
    const u = req.url();
    if (/^https?:|^wss?:/.test(u) && new URL(u).origin !== origin) foreign.push(u);
    inFlight++;
    lastActivity = Date.now();
  });
  const settle = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  page.on('response', (response) => {
    if (new URL(response.url()).origin === origin)
      responses.push({ response, resourceType: response.request().resourceType() });
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    // Lazy images and frames count too: a reader who scrolls downloads them.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLImageElement | HTMLIFrameElement>(
        'img[loading="lazy"], iframe[loading="lazy"]',
      ))
        el.loading = 'eager';
      window.scrollTo(0, document.documentElement.scrollHeight);
    });
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastActivity < 150)) await page.waitForTimeout(25);
    const resources: Resource[] = [];
    const seen = new Set<string>();
    for (const { response, resourceType } of responses) {
      if (response.status() >= 300 && response.status() < 400) continue;
      const u = response.url();
      if (seen.has(u)) continue;
      seen.add(u);
      const body = await response.body().catch(() => null);
      if (!body) continue;
      const type = response.headers()['content-type'] ?? '';
      const kind = kindOf(resourceType, type, u);
      resources.push({ url: u, kind, bytes: body.length, gz: wireBytes(body, COMPRESSIBLE_TYPE.test(type)) });
    }
    return { totalGz: sum(resources), jsGz: sum(resources, (r) => r.kind === 'script'), resources, foreign };
  } finally {
    await page.close();
  }
}

export interface StaticWeight {
  totalGz: number;
  jsGz: number;
  files: { path: string; gz: number }[];
  /** Absolute http(s) addresses of other origins that the page would load. */
  foreign: string[];
}

/** The HTML of a page plus everything it references, from the files in dist. */
export function measureStatic(dist: string, base: string, sitePath: string): StaticWeight {
  const origin = 'http://situs.invalid';
  const files = new Map<string, number>();
  const foreign: string[] = [];
  const fileFor = (url: URL): string | null => {
    const p = decodeURIComponent(url.pathname);
    if (!p.startsWith(base)) return null;
    let f = join(dist, p.slice(base.length));
    if (existsSync(f) && statSync(f).isDirectory()) f = join(f, 'index.html');
    return existsSync(f) ? f : null;
  };
  const visit = (url: URL) => {
    if (url.origin !== origin) {
      foreign.push(url.href);
      return;
    }
    const file = fileFor(url);
    if (!file || files.has(file)) return;
    const body = readFileSync(file);
    const ext = extname(file).toLowerCase();
    files.set(file, wireBytes(body, COMPRESSIBLE_EXT.has(ext)));
    const text = COMPRESSIBLE_EXT.has(ext) ? body.toString('utf8') : '';
    const refs: string[] = [];
    if (ext === '.html') {
      for (const { name, attrs } of tags(text)) {
        const rel = attrs.get('rel')?.toLowerCase() ?? '';
        if (name === 'link' && /\b(stylesheet|icon|preload|modulepreload|manifest)\b/.test(rel) && attrs.has('href'))
          refs.push(attrs.get('href')!);
        if (['script', 'img', 'iframe', 'embed', 'source', 'video', 'audio'].includes(name) && attrs.has('src'))
          refs.push(attrs.get('src')!);
        if ((name === 'img' || name === 'source') && attrs.has('srcset') && !attrs.has('src'))
          refs.push(attrs.get('srcset')!.split(',')[0]!.trim().split(/\s+/)[0]!);
        if (name === 'video' && attrs.has('poster')) refs.push(attrs.get('poster')!);
        if (name === 'object' && attrs.has('data')) refs.push(attrs.get('data')!);
      }
    } else if (ext === '.css') {
      for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)) {
        const ref = m[1] ?? m[2]!;
        if (!ref.startsWith('data:') && !ref.startsWith('#')) refs.push(ref);
      }
    } else if (ext === '.js' || ext === '.mjs') {
      // Static imports only: a dynamic import() loads on demand, not with the page.
      for (const m of text.matchAll(/(?:\bimport\s*|\bfrom\s*)["'](\.{0,2}\/[^"']+)["']/g)) refs.push(m[1]!);
    }
    for (const ref of refs) {
      if (/^(data|blob|mailto|tel|javascript):/i.test(ref.trim())) continue;
      try {
        visit(new URL(ref.trim(), url));
      } catch {
        // An unparseable address is the link checker's to report.
      }
    }
  };
  visit(new URL(`${base}${sitePath.slice(1)}`, origin));
  const list = [...files].map(([f, gz]) => ({ path: f.slice(dist.length), gz }));
  return {
    totalGz: list.reduce((n, f) => n + f.gz, 0),
    jsGz: list.filter((f) => /\.m?js$/.test(f.path)).reduce((n, f) => n + f.gz, 0),
    files: list,
    foreign,
  };
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export function describeWeight(w: { resources?: Resource[]; files?: { path: string; gz: number }[] }): string {
  const rows = w.resources
    ? w.resources.map((r) => [new URL(r.url).pathname, r.gz] as const)
    : (w.files ?? []).map((f) => [f.path, f.gz] as const);
  return rows
    .sort((a, b) => b[1] - a[1])
    .map(([p, gz]) => `    ${kb(gz).padStart(7)} KB  ${p}`)
    .join('\n');
}

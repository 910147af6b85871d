// Gates that read the built files directly, so they cover every page: required page types,
// language, headings, the CSP in <meta> and in _headers, links, HTML validity, static weight.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CSP, CSP_FRAME_ANCESTORS, REFERRER_POLICY } from '#lib/csp.ts';
import { headerPatternMatches, headersFor, parseHeadersFile } from '#scripts/serve.ts';
import { formatHtmlProblems, validatePages } from '#support/html.ts';
import { checkLinks, formatBroken, tags } from '#support/links.ts';
import { cspMeta, headingProblems, langOf, referrerMeta } from '#support/markup.ts';
import {
  BASE,
  BUDGETS,
  DIST,
  listPages,
  missingMessage,
  PAGE_TYPES,
  REQUIRED_PAGE_TYPES,
  requireBuild,
  ROOT,
  type PageType,
} from '#support/site.ts';
import { describeWeight, kb, measureStatic } from '#support/weight.ts';

const built = existsSync(join(DIST, 'index.html'));
const pages = built ? listPages() : [];
const html = new Map(pages.map((p) => [p.path, readFileSync(p.file, 'utf8')]));

/** Runs a check on every page and fails once, listing every page that failed. */
function everyPage(check: (html: string, path: string) => string[]): void {
  requireBuild();
  const failures = pages.flatMap((p) => check(html.get(p.path)!, p.path).map((m) => `  ${p.path}: ${m}`));
  expect(failures, `\n${failures.join('\n')}`).toEqual([]);
}

describe('halaman yang dibangun', () => {
  test('dist/ berisi situs', () => {
    requireBuild();
    const optional = (Object.keys(PAGE_TYPES) as PageType[]).filter((t) => !REQUIRED_PAGE_TYPES.includes(t));
    const absent = optional.filter((t) => !pages.some((p) => p.type === t));
    const present = optional.filter((t) => pages.some((p) => p.type === t));
    if (absent.length) console.warn(`Jenis halaman yang belum ada (belum diwajibkan): ${absent.join(', ')}`);
    if (present.length)
      console.warn(
        `Sudah ada tetapi belum di REQUIRED_PAGE_TYPES (tests/support/site.ts), tambahkan agar hilangnya terdeteksi: ${present.join(', ')}`,
      );
  });

  for (const type of REQUIRED_PAGE_TYPES) {
    test(`jenis halaman wajib ada: ${type}`, () => {
      requireBuild();
      if (!pages.some((p) => p.type === type)) throw new Error(missingMessage(type));
    });
  }
});

describe('setiap halaman', () => {
  test('berbahasa Indonesia: <html lang="id">', () =>
    everyPage((h) => (langOf(h) === 'id' ? [] : [`lang="${langOf(h)}"`])));

  test('judul bertingkat urut', () => everyPage(headingProblems));

  test('memuat CSP dari src/lib/csp.ts dalam <meta>, sebelum sumber daya apa pun', () =>
    everyPage((h) => {
      const { policy, early } = cspMeta(h);
      if (policy === null) return ['tidak ada <meta http-equiv="Content-Security-Policy"> (lihat docs/quality.md)'];
      const out: string[] = [];
      if (policy !== CSP) out.push(`isi CSP berbeda dari CSP di src/lib/csp.ts: ${policy}`);
      if (!early) out.push('meta CSP harus ada sebelum <link>/<script>/<style> agar berlaku untuk semuanya');
      if (referrerMeta(h) !== REFERRER_POLICY)
        out.push(`<meta name="referrer"> harus "${REFERRER_POLICY}", bukan ${JSON.stringify(referrerMeta(h))}`);
      return out;
    }));

  test('tanpa skrip inline, penangan kejadian inline, atau gaya inline (CSP menolaknya)', () =>
    everyPage((h) => {
      const out: string[] = [];
      for (const t of tags(h)) {
        for (const attr of t.attrs.keys()) {
          if (/^on/.test(attr)) out.push(`<${t.name} ${attr}=…>: penangan kejadian inline`);
          if (attr === 'style') out.push(`<${t.name} style="${t.attrs.get('style')}">: gaya inline; pindahkan ke CSS`);
        }
        if (
          t.name === 'script' &&
          !t.attrs.has('src') &&
          !/^application\/(ld\+)?json$/i.test(t.attrs.get('type') ?? '')
        )
          out.push('<script> inline; pakai berkas skrip');
        if (t.name === 'style') out.push('<style> inline; pakai berkas CSS (inlineStylesheets: never)');
        if (t.name === 'a' && /^\s*javascript:/i.test(t.attrs.get('href') ?? ''))
          out.push(`tautan javascript: ${t.attrs.get('href')}`);
      }
      return out;
    }));

  test('data JSON-LD dapat diurai', () =>
    everyPage((h) => {
      const out: string[] = [];
      for (const m of h.matchAll(/<script\b[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gi)) {
        try {
          JSON.parse(m[1]!);
        } catch (err) {
          out.push(`JSON-LD rusak: ${(err as Error).message}`);
        }
      }
      return out;
    }));
});

describe('tautan internal', () => {
  test(`semua href/src di ${DIST} menuju berkas yang ada`, () => {
    requireBuild();
    const { broken, checked } = checkLinks({
      dist: DIST,
      base: BASE,
      siteUrl: process.env.SITE_URL ?? 'http://localhost:4321',
    });
    expect(checked).toBeGreaterThan(pages.length);
    expect(broken, `Tautan rusak:\n${formatBroken(broken)}`).toEqual([]);
  });
});

describe('HTML sah (html-validate, .htmlvalidate.json)', () => {
  test('tidak ada galat di halaman mana pun', async () => {
    requireBuild();
    const problems = await validatePages(pages);
    expect(problems, `\n${formatHtmlProblems(problems)}`).toEqual([]);
    // Every page of the site, validated in one go: ~25 s alone on a busy 2-core machine.
  }, 120_000);
});

describe('_headers untuk host statis', () => {
  const file = join(ROOT, 'public', '_headers');
  const rules = existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];

  test('public/_headers ada dan ikut disalin ke dist/', () => {
    requireBuild();
    expect(existsSync(file), 'public/_headers tidak ada').toBe(true);
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(readFileSync(file, 'utf8'));
  });

  test('setiap halaman: CSP sama dengan src/lib/csp.ts, frame-ancestors hanya terbuka di /embed/', () =>
    everyPage((_, path) => {
      const headers = headersFor(rules, path);
      const embed = PAGE_TYPES.embed(path) || path.startsWith('/embed/');
      const expected = embed ? CSP : `${CSP}; ${CSP_FRAME_ANCESTORS}`;
      const out: string[] = [];
      if (headers['Content-Security-Policy'] !== expected) {
        out.push(
          `header Content-Security-Policy seharusnya "${expected}", tetapi ${JSON.stringify(headers['Content-Security-Policy'] ?? null)}. ` +
            'Tambahkan aturan untuk folder ini di public/_headers.',
        );
      }
      if (headers['Referrer-Policy'] !== REFERRER_POLICY)
        out.push(`header Referrer-Policy seharusnya ${REFERRER_POLICY}`);
      return out;
    }));

  test('tidak ada header yang diatur dua aturan untuk alamat yang sama (Netlify menimpa, Cloudflare menggabung)', () =>
    everyPage((_, path) => {
      const count = new Map<string, number>();
      for (const rule of rules.filter((r) => headerPatternMatches(r.pattern, path))) {
        for (const [name] of rule.headers) count.set(name.toLowerCase(), (count.get(name.toLowerCase()) ?? 0) + 1);
      }
      return [...count].filter(([, n]) => n > 1).map(([name]) => `header ${name} datang dari lebih dari satu aturan`);
    }));
});

describe('anggaran ukuran (statis, dari berkas di dist/)', () => {
  test(`beranda ≤ ${BUDGETS.homeTotalKb} KB gzip, JavaScript ≤ ${BUDGETS.homeJsKb} KB gzip`, () => {
    requireBuild();
    const w = measureStatic(DIST, BASE, '/');
    const detail = `\n  beranda: ${kb(w.totalGz)} KB, JS ${kb(w.jsGz)} KB\n${describeWeight(w)}`;
    expect(w.totalGz, detail).toBeLessThanOrEqual(BUDGETS.homeTotalKb * 1024);
    expect(w.jsGz, detail).toBeLessThanOrEqual(BUDGETS.homeJsKb * 1024);
  });

  test(`setiap halaman embed ≤ ${BUDGETS.embedTotalKb} KB gzip`, () =>
    everyPage((_, path) => {
      if (!PAGE_TYPES.embed(path)) return [];
      const w = measureStatic(DIST, BASE, path);
      return w.totalGz > BUDGETS.embedTotalKb * 1024
        ? [`${kb(w.totalGz)} KB gzip melebihi ${BUDGETS.embedTotalKb} KB\n${describeWeight(w)}`]
        : [];
    }));

  test('tidak ada halaman yang memuat apa pun dari origin lain (font web, skrip CDN)', () =>
    everyPage((_, path) => measureStatic(DIST, BASE, path).foreign.map((u) => `memuat ${u}`)));
});

// Data is text from outside. This builds the whole site (under a base path) from a dataset
// whose names, notes, titles and links carry HTML and script (tests/fixtures/hostile/), and
// checks that everything renders as inert text: nothing runs, no attribute breaks, JSON-LD and
// generated images stay intact, and every link still resolves under the base path.
// The browser runs with CSP switched off here, so the escaping itself is what is tested;
// browser.test.ts checks the CSP as a second line of defence.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPaths, buildSite, scratchData, useScratchDir } from '#support/build.ts';
import { formatHtmlProblems, validatePages } from '#support/html.ts';
import { checkLinks, formatBroken, tags } from '#support/links.ts';
import { DIST, listPages, ROOT, samplePages, urlOf, type SitePage } from '#support/site.ts';
import { VIEWPORT } from '#support/checks.ts';
import { useBrowserAndServer } from '#support/harness.ts';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'hostile');
const BASE = '/ucj-ntt/';
const SITE_URL = 'https://contoh.test';
const work = useScratchDir('hostile');
const dist = buildPaths(work, 'hostile').out;

/** The payloads as written in the fixture, by where they are. */
const PAYLOADS = {
  nama: `Sumba Barat "><img src=x onerror="window.__pwned='nama'">`,
  ibuKota: `Waingapu<script>window.__pwned='ibu_kota'</script>`,
  alias: `<svg onload=window.__pwned='alias'>`,
  kantor: `Kupang'><iframe srcdoc="<script>parent.__pwned='kantor'</script>"></iframe>`,
  keterangan: `</script><script>window.__pwned='keterangan'</script><!--`,
  penerbit: `Pos <b onmouseover="window.__pwned='penerbit'">Kupang</b>`,
  judul: `</title><script>window.__pwned='judul'</script> ]]> */ --> "Coverage" 33.73 & 'Persen'`,
  catatanSumber: `<img src=x onerror=window.__pwned='catatan_sumber'> &amp; &lt;b&gt; \\u003c/script\\u003e`,
  indikatorNama: `Cakupan UCJ <script>window.__pwned='indikator'</script>`,
  definisi: `"><img src=x onerror=window.__pwned='definisi'> Persentase pekerja terlindungi`,
  catatanKepesertaan: `<a href="javascript:window.__pwned='catatan'">klik</a> <style>*{display:none}</style>`,
  catatanKlaim: `{{constructor.constructor('window.__pwned="template"')()}} \${window.__pwned='template'} <math><mtext><table><mglyph><style><img src=x onerror=window.__pwned='mxss'>`,
  url: `https://example.org/berita?q="><script>window.__pwned='url'</script>&x='onmouseover=window.__pwned=1`,
};
/** Fields the pages already show today; each must appear somewhere as literal text. */
const MUST_SHOW: (keyof typeof PAYLOADS)[] = [
  'nama',
  'penerbit',
  'judul',
  'catatanSumber',
  'indikatorNama',
  'definisi',
];

const dataDir = (name: string, replace: Record<string, string> = {}) => scratchData(work, name, FIXTURE, replace);

async function build(data: string, name: string) {
  const r = await buildSite(work, name, { UCJ_DATA_DIR: data, BASE_PATH: BASE, SITE_URL }, { timeout: 180_000 });
  return { status: r.code, out: r.out, output: `${r.stdout}\n${r.stderr}` };
}

let rejected: Awaited<ReturnType<typeof build>>;
let built: Awaited<ReturnType<typeof build>>;
let pages: SitePage[] = [];

beforeAll(async () => {
  rejected = await build(
    dataDir('data-javascript-url', { 'sumber.csv': join(FIXTURE, 'javascript-url', 'sumber.csv') }),
    'javascript-url',
  );
  built = await build(dataDir('data-hostile'), 'hostile');
  if (built.status === 0) pages = listPages(dist);
}, 360_000);

const fail = (problems: string[]) => expect(problems, `\n  ${problems.join('\n  ')}`).toEqual([]);

describe('alamat sumber javascript:', () => {
  test('build menolaknya dengan pesan, tanpa menulis hasil', () => {
    expect(rejected.status, rejected.output).not.toBe(0);
    expect(rejected.output).toMatch(/sumber\.csv.*url|url.*sumber\.csv/is);
    expect(rejected.output).toContain('javascript:');
    expect(existsSync(rejected.out)).toBe(false);
  });
});

describe('data berisi HTML dan skrip', () => {
  test('situs tetap dibangun (di bawah base path)', () => {
    expect(built.status, `Build data bermusuhan gagal:\n${built.output}`).toBe(0);
    expect(pages.length).toBeGreaterThan(0);
  });

  test('HTML mentah: tidak ada tag atau atribut dari data', () => {
    fail(
      pages.flatMap((p) => {
        const out: string[] = [];
        for (const t of tags(readFileSync(p.file, 'utf8'))) {
          for (const [attr, value] of t.attrs) {
            if (/^on/.test(attr)) out.push(`${p.path}: <${t.name} ${attr}="${value}">`);
            if (attr === 'srcdoc' || (attr === 'src' && value === 'x'))
              out.push(`${p.path}: <${t.name} ${attr}="${value}">`);
            if (attr === 'href' && /^\s*javascript:/i.test(value)) out.push(`${p.path}: <${t.name} href="${value}">`);
          }
          if (t.name === 'script' && !t.attrs.has('src') && !/json/.test(t.attrs.get('type') ?? ''))
            out.push(`${p.path}: <script> inline dari data`);
          if (t.name === 'style' || t.name === 'math' || t.name === 'b') out.push(`${p.path}: <${t.name}> dari data`);
        }
        return out;
      }),
    );
  });

  test('JSON-LD dan data JSON dalam halaman tetap utuh', () => {
    fail(
      pages.flatMap((p) =>
        [
          ...readFileSync(p.file, 'utf8').matchAll(
            /<script\b[^>]*type="application\/(?:ld\+)?json"[^>]*>([\s\S]*?)<\/script>/gi,
          ),
        ].flatMap((m) => {
          try {
            JSON.parse(m[1]!);
            return [];
          } catch (err) {
            return [`${p.path}: ${(err as Error).message}`];
          }
        }),
      ),
    );
  });

  test('HTML tetap sah (html-validate): tidak ada atribut yang rusak', async () => {
    // The payloads are long on purpose; a title over 70 characters is not broken markup.
    const problems = (await validatePages(pages)).filter((p) => p.rule !== 'long-title');
    expect(problems, `\n${formatHtmlProblems(problems)}`).toEqual([]);
  });

  test(`tautan internal utuh di bawah base path ${BASE}`, () => {
    const { broken, checked } = checkLinks({ dist, base: BASE, siteUrl: SITE_URL });
    expect(checked).toBeGreaterThan(pages.length);
    expect(broken, `Tautan rusak:\n${formatBroken(broken)}`).toEqual([]);
  });
});

describe('di peramban, tanpa CSP', () => {
  const h = useBrowserAndServer({ dist: () => dist, base: BASE });
  let context: BrowserContext;
  const seenText: string[] = [];
  beforeAll(async () => {
    if (!h.browser) return; // the harness reports why
    context = await h.browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
  });
  afterAll(() => context?.close());

  async function inspect(page: Page): Promise<string[]> {
    const out: string[] = [];
    for (const frame of page.frames()) {
      const report = await frame
        .evaluate(() => {
          const problems: string[] = [];
          const w = window as unknown as { __pwned?: unknown };
          if (w.__pwned !== undefined)
            problems.push(`window.__pwned = ${JSON.stringify(w.__pwned)}: muatan dari data BERJALAN`);
          for (const el of document.querySelectorAll('*')) {
            for (const a of el.attributes) {
              if (/^on/i.test(a.name)) problems.push(`<${el.localName} ${a.name}> ada di DOM`);
              if (a.name === 'srcdoc') problems.push(`<${el.localName} srcdoc> ada di DOM`);
              if (/^\s*javascript:/i.test(a.value) && /^(href|src|action|formaction|xlink:href)$/.test(a.name))
                problems.push(`<${el.localName} ${a.name}="${a.value}">`);
            }
            if (el.localName === 'img' && el.getAttribute('src') === 'x')
              problems.push('<img src=x> dari data ada di DOM');
          }
          // Attributes that carry a payload must carry all of it: a cut value means the
          // payload closed the attribute early.
          const attrsWithPayload = [...document.querySelectorAll('*')].flatMap((el) =>
            [...el.attributes]
              .filter((a) => a.value.includes('__pwned'))
              .map((a) => `${el.localName}[${a.name}]=${a.value}`),
          );
          return { problems, attrsWithPayload, text: document.documentElement.textContent ?? '' };
        })
        .catch((err: Error) => ({
          problems: [`bingkai tidak bisa diperiksa: ${err.message}`],
          attrsWithPayload: [],
          text: '',
        }));
      out.push(...report.problems);
      for (const a of report.attrsWithPayload) {
        if (!Object.values(PAYLOADS).some((p) => a.includes(p) || a.includes(encodeURI(p))))
          out.push(`atribut berisi muatan yang terpotong: ${a.slice(0, 160)}`);
      }
      seenText.push(report.text);
    }
    return out;
  }

  test('tidak ada muatan yang berjalan atau menjadi elemen, di halaman mana pun', async () => {
    expect(built.status, 'build data bermusuhan gagal; lihat uji di atas').toBe(0);
    const interactive = new Set(samplePages(pages).map((s) => s.page.path));
    // A page whose HTML holds no payload cannot run one; one tab serves all the others.
    const withPayload = pages.filter((p) => readFileSync(p.file, 'utf8').includes('__pwned'));
    expect(
      withPayload.length,
      'tidak ada halaman yang memuat data bermusuhan: fixture tidak terpakai?',
    ).toBeGreaterThan(0);
    const problems: string[] = [];
    const page = await context.newPage();
    try {
      for (const sitePage of withPayload) {
        await page.goto(urlOf(h.served.url, sitePage.path), { waitUntil: 'load' });
        if (interactive.has(sitePage.path)) {
          // Tooltips and other script-built text appear on hover and focus.
          for (const region of (await page.locator('svg a, [data-kode]').all()).slice(0, 30)) {
            await region.hover({ timeout: 1000, force: true }).catch(() => {});
            await region.focus({ timeout: 1000 }).catch(() => {});
          }
          for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
        }
        problems.push(...(await inspect(page)).map((m) => `${sitePage.path}: ${m}`));
      }
    } finally {
      await page.close();
    }
    fail(problems);
    // Every page with a payload, in a real browser: ~70 pages, minutes on a busy 2-core machine.
  }, 300_000);

  test('muatan tampil sebagai teks biasa', () => {
    const text = seenText.join('\n');
    fail(
      MUST_SHOW.filter((k) => !text.includes(PAYLOADS[k])).map(
        (k) => `muatan "${k}" tidak tampil utuh sebagai teks: ${PAYLOADS[k]}`,
      ),
    );
    const missing = (Object.keys(PAYLOADS) as (keyof typeof PAYLOADS)[]).filter(
      (k) => k !== 'url' && !MUST_SHOW.includes(k) && !text.includes(PAYLOADS[k]),
    );
    if (missing.length)
      console.warn(`Muatan yang belum tampil di halaman mana pun (kolom belum ditampilkan): ${missing.join(', ')}`);
  });

  test('gambar peta yang dibuat (SVG, PNG) utuh dan tanpa skrip', async () => {
    const images: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (/\.(svg|png)$/.test(e.name)) images.push(join(dir, e.name));
      }
    };
    walk(dist);
    const problems: string[] = [];
    for (const file of images) {
      const rel = file.slice(dist.length);
      if (file.endsWith('.png')) {
        const png = readFileSync(file);
        if (
          !png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) ||
          png.readUInt32BE(16) === 0
        )
          problems.push(`${rel}: bukan PNG yang sah`);
        continue;
      }
      for (const t of tags(readFileSync(file, 'utf8'))) {
        if (t.name === 'script' || t.name === 'foreignobject' || t.name === 'img' || t.name === 'iframe')
          problems.push(`${rel}: <${t.name}> dari data di SVG`);
        for (const [attr, value] of t.attrs) {
          if (/^on/.test(attr) || (/href$/.test(attr) && /^\s*javascript:/i.test(value)))
            problems.push(`${rel}: <${t.name} ${attr}="${value}">`);
        }
      }
      const page = await context.newPage();
      try {
        await page.goto(urlOf(h.served.url, rel));
        const broken = await page.evaluate(
          () => !!document.querySelector('parsererror') || document.documentElement.localName !== 'svg',
        );
        if (broken) problems.push(`${rel}: SVG rusak (teks data merusak XML)`);
        problems.push(...(await inspect(page)).map((m) => `${rel}: ${m}`));
      } finally {
        await page.close();
      }
    }
    fail(problems);
  }, 60_000);

  test('build data bermusuhan mencakup setiap jenis halaman yang ada di dist/', () => {
    const hostileTypes = new Set<string | null>(pages.map((p) => p.type));
    const realTypes = new Set<string | null>(
      existsSync(join(DIST, 'index.html')) ? listPages().map((p) => p.type) : ['home', 'data'],
    );
    const missing = [...realTypes].filter((t) => t && !hostileTypes.has(t));
    expect(missing, 'jenis halaman ini tidak dibangun dari data bermusuhan, jadi tidak diuji keamanannya').toEqual([]);
  });
});

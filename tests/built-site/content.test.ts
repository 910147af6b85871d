// Checks on a built site: every article and kabupaten/kota page, their metadata, social images,
// sources, and that no figure in article prose is typed rather than bound to the data. Canonical
// URLs, absolute og:image and the sitemap exist only in a build for a publishing address (without
// one the build is a local preview), so this file builds the live data for a reserved test address.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE } from '#support/site.ts';
import { buildSite, useScratchDir } from '#support/build.ts';
import type { SiteData } from '#model/schema.ts';
import { jsonLd, metaContent, titleOf, unboundText } from '#support/markup.ts';
import { ARTIKEL } from '#support/dataset.ts';

const ALAMAT = 'https://jamsostek-ntt.example';
const build = await buildSite(useScratchDir('content'), 'alamat', {
  SITE_URL: ALAMAT,
  ...(process.env.BASE_PATH ? { BASE_PATH: process.env.BASE_PATH } : {}),
});
if (!build.ok) throw new Error(`Build untuk alamat uji gagal:\n${build.stderr}`);
const DIST = build.out;
const built = existsSync(join(DIST, 'index.html'));
const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const generated = build.generated;
const site = (
  existsSync(join(generated, 'site-data.json'))
    ? JSON.parse(readFileSync(join(generated, 'site-data.json'), 'utf8'))
    : null
) as SiteData | null;
const articles = readdirSync(ARTIKEL)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const src = readFileSync(join(ARTIKEL, f), 'utf8');
    const title = /^title:\s*"?(.*?)"?\s*$/m.exec(src)![1]!;
    return { slug: f.replace(/\.mdx$/, ''), title };
  });
const kabupaten = site?.wilayah.filter((w) => w.jenis !== 'Provinsi') ?? [];

function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

function commonMeta(html: string, path: string, image: string) {
  expect(metaContent(html, 'description')?.length, `${path}: meta description`).toBeGreaterThan(40);
  expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${BASE.replace(/\/$/, '')}${path}"`));
  expect(metaContent(html, 'og:title'), `${path}: og:title`).toBeTruthy();
  expect(metaContent(html, 'og:description')).toBe(metaContent(html, 'description'));
  expect(metaContent(html, 'og:image')).toMatch(
    new RegExp(`${BASE.replace(/\/$/, '')}${image.replace(/\./g, '\\.')}$`),
  );
  expect(metaContent(html, 'og:image:alt')).toBeTruthy();
  expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
  expect(metaContent(html, 'twitter:image')).toBe(metaContent(html, 'og:image'));
  expect(pngSize(join(DIST, image))).toEqual([1200, 630]);
}

describe.skipIf(!built)('artikel di dist/', () => {
  it('the build for the test address has a home page', () => expect(built).toBe(true));

  it('every article is listed on /artikel/, in the RSS feed and in the sitemap', () => {
    expect(articles.length).toBeGreaterThan(0);
    const index = page('artikel');
    const rss = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    const sitemap = readdirSync(DIST)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(DIST, f), 'utf8'))
      .join('');
    for (const a of articles) {
      expect(index).toContain(`href="${BASE}artikel/${a.slug}/"`);
      expect(rss).toContain(`${BASE}artikel/${a.slug}/</link>`);
      expect(sitemap).toContain(`${BASE}artikel/${a.slug}/</loc>`);
    }
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: \S+sitemap-index\.xml$/m);
  });

  for (const a of articles) {
    describe(a.slug, () => {
      const html = built ? page(`artikel/${a.slug}`) : '';

      it('title, description, canonical, Open Graph and Twitter card with its generated image', () => {
        expect(titleOf(html)).toContain(a.title);
        // A headline may carry <wbr> after a slash (Lentur.astro); the words are the title's.
        expect(html.match(/<h1>(.*?)<\/h1>/)?.[1]?.replaceAll('<wbr>', '')).toBe(a.title);
        expect(metaContent(html, 'og:type')).toBe('article');
        commonMeta(html, `/artikel/${a.slug}/`, `/og/artikel/${a.slug}.png`);
      });

      it('NewsArticle JSON-LD', () => {
        const ld = jsonLd(html).find((d) => d['@type'] === 'NewsArticle');
        expect(ld).toMatchObject({ headline: a.title, inLanguage: 'id' });
        expect(String(ld!.datePublished)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect((ld!.citation as unknown[]).length).toBeGreaterThan(0);
      });

      it('byline shows "Diperbarui" without build machinery; ends with numbered sources and a link to the methodology', () => {
        expect(html).toMatch(/<strong>Diperbarui<\/strong> <time datetime="\d{4}-\d{2}-\d{2}">/);
        const meta = /<p class="artikel-meta">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
        expect(meta).not.toMatch(/versi|<code>|[0-9a-f]{10}/);
        const sources = /<ol class="artikel-sumber">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
        expect([...sources.matchAll(/<a href="https?:\/\//g)].length).toBeGreaterThan(0);
        expect(sources).toMatch(/<li id="sumber-1">/);
        expect(html).toContain(`href="${BASE}metodologi/"`);
        // Checked statements are explained on /metodologi/, not listed under articles.
        expect(html).not.toMatch(/Daftar klaim|artikel-klaim|Klaim yang diperiksa/);
        expect(html).not.toMatch(/belum diperiksa ulang|catatan riset|\[Berita /);
      });

      it('embeds a map or a chart', () => {
        expect(html).toMatch(/class="(artikel-peta|grafik grafik-(batang|titik)|grafik cerita cerita-[a-z]+)"/);
      });

      it('no figure in the prose lacks a data binding', () => {
        const { text, found } = unboundText(html, 'data-prosa');
        expect(found).toBe(true);
        const digits = [...text.matchAll(/.{0,30}\d.{0,30}/g)].map((m) => m[0].replace(/\s+/g, ' '));
        expect(digits, `angka tanpa data-bind:\n${digits.join('\n')}`).toEqual([]);
      });

      it('figures in the prose are plain text with an in-page note: source number, and a visible mark for doubtful ones', () => {
        const prose =
          /<div class="artikel-isi" data-prosa>([\s\S]*?)<footer class="artikel-kaki">/.exec(html)?.[1] ?? '';
        // No number leaves the site: the one external link per source is in the list at the end.
        expect(prose).not.toMatch(/<a class="angka/);
        const figures = [
          ...prose.matchAll(/<span class="angka( angka-ragu)?" data-bind="[^"]+"[^>]*>([\s\S]*?)<\/span>/g),
        ];
        expect(figures.length).toBeGreaterThan(5);
        let doubtful = 0;
        for (const f of figures) {
          for (const ref of f[2]!.matchAll(/href="#(sumber-\d+|ragu-\d+|artikel-sumber)"/g))
            expect(html, `#${ref[1]}`).toContain(`id="${ref[1]}"`);
          if (f[1]) {
            const mark = /<a class="tanda-ragu" href="#ragu-(\d+)"[^>]*>diragukan<\/a>/.exec(f[2]!);
            // Periods and dates of a doubtful figure are marked once, on the figure itself.
            if (mark) {
              doubtful++;
              expect(html).toMatch(new RegExp(`<li id="ragu-${mark[1]}"><strong>[^<]+</strong>: [^<]{10,}</li>`));
            }
          }
        }
        if (/ragu-1/.test(html)) expect(doubtful).toBeGreaterThan(0);
      });
    });
  }
});

describe.skipIf(!built || !site)('halaman kabupaten/kota di dist/', () => {
  it('one page for each kabupaten/kota in the data, and no other, each in the index', () => {
    expect(kabupaten.length).toBeGreaterThan(0);
    const built = readdirSync(join(DIST, 'kabupaten'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(built.sort()).toEqual(kabupaten.map((w) => w.slug).sort());
    const index = page('kabupaten');
    for (const w of kabupaten) expect(index).toContain(`href="${BASE}kabupaten/${w.slug}/"`);
  });

  for (const w of kabupaten) {
    it(`${w.slug}: title, metadata, image, JSON-LD, figures or what is missing, sources`, () => {
      const html = page(`kabupaten/${w.slug}`);
      const nama = w.jenis === 'Kota' ? w.nama : `Kabupaten ${w.nama}`;
      expect(titleOf(html)).toContain(nama);
      expect(html).toContain(`<h1>${nama}</h1>`);
      commonMeta(html, `/kabupaten/${w.slug}/`, `/og/kabupaten/${w.slug}.png`);
      expect(jsonLd(html).find((d) => d['@type'] === 'WebPage')).toMatchObject({ about: { identifier: w.kode } });
      expect(html).toContain('role="img"');
      expect(html).toContain(w.kantorCabang ?? 'belum dipastikan');
      const ucj = site!.terkini.ucj_persen?.[w.kode];
      // A card: "%" (house style), the page's sentences say "persen".
      if (ucj) expect(html).toMatch(/<span class="besar"[^>]*>[\d,]+%<\/span>/);
      else expect(html).toContain('<span class="sedang">Belum diumumkan</span>');
      expect(html).not.toMatch(/<td class="num"[^>]*>[^<]* persen/);
      const obs = site!.observasi.filter((o) => o.wilayah === w.kode);
      if (obs.length) {
        expect(html).toContain('<table class="angka-tabel">');
        for (const o of obs)
          expect(html).toContain(site!.sumber.find((s) => s.id === o.sumber)!.url!.replace(/&/g, '&amp;'));
        if (obs.some((o) => o.ragu)) expect(html).toContain('<span class="tag">diragukan</span>');
      } else {
        expect(html).toContain('Belum ada satu pun angka kepesertaan');
      }
    });
  }
});

describe.skipIf(!built)('halaman lain', () => {
  it('home: lead story, the UCJ map, latest articles', () => {
    const html = page('');
    expect(html).toMatch(/<section class="utama"[\s\S]*?href="[^"]*artikel\/[^"]+\/"/);
    expect(html).toContain('data-indikator="ucj_persen"');
    expect(html).toContain('id="terbaru-judul"');
    expect(jsonLd(html).some((d) => d['@type'] === 'WebSite')).toBe(true);
  });

  it('data page: Dataset JSON-LD with downloads', () => {
    const ld = jsonLd(page('data')).find((d) => d['@type'] === 'Dataset');
    expect(ld).toBeTruthy();
    expect((ld!.distribution as unknown[]).length).toBeGreaterThanOrEqual(5);
  });

  it('methodology and about pages exist with the anchors others link to', () => {
    const m = page('metodologi');
    for (const id of [
      'apa-itu-ucj',
      'target-ucj',
      'penyebut',
      'mengapa-berbeda',
      'angka-ragu',
      'kelas-peta',
      'batas-wilayah',
      'pemeriksaan-klaim',
      'yang-belum-ada',
    ])
      expect(m).toContain(`id="${id}"`);
    expect(m).toContain('GADM 4.1');
    expect(page('tentang')).toContain('CC BY 4.0');
  });
});

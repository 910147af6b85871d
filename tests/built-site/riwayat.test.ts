// /riwayat/ and its feed in the built site (npm test builds first), against data/rilis/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '#i18n/id.ts';
import { loadReleases } from '#pipeline/rilis.ts';
import { slugIndikator } from '#lib/map/model.ts';
import { BASE, DIST, listPages, requireBuild, ROOT } from '#support/site.ts';

const releases = loadReleases(join(ROOT, 'data'));
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

describe('the public change log', () => {
  beforeAll(() => requireBuild());

  it('lists every recorded release, newest first, with its date, version and note', () => {
    expect(releases.length).toBeGreaterThan(0);
    const html = read('riwayat/index.html');
    const positions = releases.map((r) => html.indexOf(`id="rilis-${r.nomor}"`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => b - a)).toEqual(positions);
    for (const r of releases) {
      const section = html.slice(html.indexOf(`id="rilis-${r.nomor}"`));
      expect(section).toContain(`datetime="${r.tanggal}"`);
      expect(section).toContain(`<code>${r.versi}</code>`);
      expect(section).toContain(r.catatan.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
    }
  });

  it('offers a feed with one item per release, linked from the page', () => {
    const html = read('riwayat/index.html');
    expect(html).toMatch(
      new RegExp(`<link rel="alternate" type="application/rss\\+xml"[^>]*href="${BASE}riwayat/feed.xml"`),
    );
    const xml = read('riwayat/feed.xml');
    expect(xml).toMatch(/^<\?xml/);
    const items = xml.match(/<item>[\s\S]*?<\/item>/g) ?? [];
    expect(items).toHaveLength(releases.length);
    expect(items[0]).toContain(`rilis-${releases.at(-1)!.nomor}</link>`);
  });

  it('every page with a footer links to it', () => {
    const pages = listPages().filter((p) => !p.path.startsWith('/embed/') && p.type !== '404');
    for (const p of pages) expect(readFileSync(p.file, 'utf8'), p.path).toContain(`href="${BASE}riwayat/"`);
  });
});

// Issue 10, language: the change log and its feed read as the rest of the site does.
describe('the change log in the house style', () => {
  beforeAll(() => requireBuild());
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&amp;/g, '&');
  const visible = (html: string) =>
    decode(
      html
        .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' '),
    );
  const pages = () => ['riwayat/index.html', ...releases.map((r) => `riwayat/${r.nomor}/index.html`)];
  // The feed's descriptions are escaped text; a reader's feed app shows them as such.
  const feedText = () =>
    [...read('riwayat/feed.xml').matchAll(/<(title|description)>([\s\S]*?)<\/\1>/g)]
      .map((m) => decode(decode(m[2]!.replace(/^<!\[CDATA\[|\]\]>$/g, ''))))
      .join('\n');
  const texts = () => [
    ...pages().map((p) => [p, visible(read(p))] as const),
    ['riwayat/feed.xml', feedText()] as const,
  ];

  it('has none of the banned or false-precision phrasings, on the pages and in the feed', () => {
    const problems: string[] = [];
    for (const [path, text] of texts()) {
      for (const re of [/Cakupan Universal Coverage/i, /\)\s*\(/, /sekitar\s+\d[\d.]*,\d{2}/]) {
        const m = re.exec(text);
        if (m) problems.push(`${path}: "${text.slice(Math.max(0, m.index - 60), m.index + 40)}"`);
      }
    }
    // The site's own sentences (not the editors' release notes) never start with a figure.
    for (const p of pages())
      for (const m of read(p).matchAll(/<p>([\s\S]*?)<\/p>/g))
        if (/^\d/.test(visible(m[1]!).trim())) problems.push(`${p}: "${visible(m[1]!).trim().slice(0, 60)}"`);
    expect(problems).toEqual([]);
    // The feed cites sources as running text does: masthead and date, no web address in brackets.
    expect(feedText()).toMatch(/Sumber: [^.()]+, \d{1,2} \p{L}+ \d{4}\./u);
  });

  it("names indicators and regions as today's data does, a release's own name only for what is gone", () => {
    const kini = JSON.parse(read('unduh/data-ucj-ntt.json')) as {
      indikator: { id: string; nama: string }[];
      wilayah: { kode: string; nama: string }[];
    };
    const ids = new Set(kini.indikator.map((i) => i.id));
    const kodes = new Set(kini.wilayah.map((w) => w.kode));
    const gone = (pick: (r: (typeof releases)[number]) => { key: string; nama: string }[], present: Set<string>) =>
      new Set(
        releases
          .flatMap(pick)
          .filter((x) => !present.has(x.key))
          .map((x) => x.nama),
      );
    const indikator = new Set([
      ...kini.indikator.map((i) => i.nama),
      ...gone((r) => r.data.indikator.map((i) => ({ key: i.id, nama: i.nama })), ids),
    ]);
    const wilayah = new Set([
      ...kini.wilayah.map((w) => w.nama),
      ...gone((r) => r.data.wilayah.map((w) => ({ key: w.kode, nama: w.nama })), kodes),
    ]);
    let rows = 0;
    for (const p of pages()) {
      const html = read(p);
      for (const m of html.matchAll(new RegExp(`<td data-label="${t.riwayat.kolomIndikator}">([^<]*)</td>`, 'g'))) {
        const name = decode(m[1]!);
        rows++;
        // Claims are named by programme, not by an indicator.
        if (!name.startsWith(t.riwayat.klaim(''))) expect(indikator, `${p}: ${name}`).toContain(name);
      }
      for (const m of html.matchAll(/<th scope="rowgroup"[^>]*>([\s\S]*?)<\/th>/g))
        expect(wilayah, p).toContain(decode(m[1]!.replace(/<[^>]+>/g, '').trim()));
    }
    expect(rows).toBeGreaterThan(0);
  });

  it('tables write percentages with "%", the feed with "persen"', () => {
    const cells = pages().flatMap((p) =>
      [...read(p).matchAll(/<tr class="riwayat-(?:baru|dikoreksi|dihapus)">[\s\S]*?<\/tr>/g)].map((m) => visible(m[0])),
    );
    expect(cells.some((c) => /\d%/.test(c))).toBe(true);
    for (const c of cells) expect(c).not.toMatch(/\d persen/);
    expect(feedText()).toMatch(/Ditambahkan: [^.]*\d persen/);
    // Sources as the site's other tables cite them: masthead and date, not "Pos Kupang (kupang.tribunnews.com), …".
    const sources = pages().flatMap((p) =>
      [...read(p).matchAll(new RegExp(`<td data-label="${t.riwayat.kolomSumber}">([\\s\\S]*?)</td>`, 'g'))].map((m) =>
        visible(m[1]!).trim(),
      ),
    );
    expect(sources.filter(Boolean).length).toBeGreaterThan(0);
    for (const c of sources.filter(Boolean)) expect(c).toMatch(/^[^()]+, \d{1,2} \p{L}+ \d{4}$/u);
  });

  it("pinned embeds of every release name the indicator as today's data does", () => {
    const kini = JSON.parse(read('unduh/data-ucj-ntt.json')) as { indikator: { id: string; nama: string }[] };
    let checked = 0;
    for (const r of releases)
      for (const i of r.data.indikator) {
        const path = `embed/${r.versi}/peta/${slugIndikator(i.id)}/index.html`;
        if (!existsSync(join(DIST, path))) continue;
        const html = read(path);
        const nama = kini.indikator.find((k) => k.id === i.id)?.nama ?? i.nama;
        expect(decode(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? ''), path).toBe(nama);
        expect(visible(html), path).not.toMatch(/Cakupan Universal Coverage/i);
        checked++;
      }
    expect(checked).toBeGreaterThan(0);
  });
});

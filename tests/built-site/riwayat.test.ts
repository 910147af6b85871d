// /riwayat/ and its feed in the built site (npm test builds first), against data/rilis/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReleases } from '#pipeline/rilis.ts';
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

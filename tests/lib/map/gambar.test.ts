// The static map images: no text line is ever cut at the canvas edge (each <text> rendered on
// its own by resvg, with the fonts the PNG uses, and its ink measured), and regions with a
// value are named on the boundary map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { buildMapModel } from '#lib/map/model.ts';
import type { Geometri } from '#lib/map/petak.ts';
import { indikatorPeta } from '#model/query.ts';
import { standaloneSvg } from '#lib/map/svg.ts';
import { RESVG_FONT } from '#lib/map/ukur.ts';
import { ROOT } from '#support/site.ts';
import type { SiteData } from '#model/schema.ts';

const site = JSON.parse(readFileSync(join(ROOT, 'src', 'generated', 'site-data.json'), 'utf8')) as SiteData;
// The longest credit a release can give: a four-digit release number, the longest month name.
const stempel = { rilis: { nomor: 1000, tanggal: '2026-09-30' }, sumberTerbaru: site.meta.diperbarui };
const TEXT = /<text\b[^>]*>[^<]*<\/text>/g;

/** Every text element's ink box in canvas coordinates, each measured alone. */
function textBoxes(svg: string) {
  const bare = svg.replace(
    /<path\b[^>]*>(?:<title>[^<]*<\/title>)?<\/path>|<path\b[^>]*\/>|<rect\b[^>]*\/>|<circle\b[^>]*\/>/g,
    '',
  );
  const texts = [...bare.matchAll(TEXT)].map((m) => m[0]);
  return texts.map((el, i) => {
    let n = -1;
    const only = bare.replace(TEXT, (m) => (++n === i ? m : ''));
    const box = new Resvg(only, { font: RESVG_FONT }).getBBox();
    return { el, box: box ? { x: box.x, y: box.y, w: box.width, h: box.height } : null };
  });
}

for (const geometri of ['peta', 'petak'] as Geometri[]) {
  describe(`${geometri === 'peta' ? 'choropleth' : 'tile map'} images`, () => {
    it('no text line reaches past the canvas, for any indicator', () => {
      const problems: string[] = [];
      for (const ind of indikatorPeta(site)) {
        const svg = standaloneSvg(buildMapModel(site, ind.id, geometri), stempel);
        const [, W, H] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);
        const boxes = textBoxes(svg);
        // A font problem that rendered nothing would pass anything.
        expect(boxes.filter((b) => b.box && b.box.w > 0).length).toBeGreaterThan(10);
        for (const { el, box } of boxes) {
          if (!box) continue;
          if (box.x < 0 || box.y < 0 || box.x + box.w > W! || box.y + box.h > H!)
            problems.push(
              `${ind.id}: ${el.replace(/<[^>]+>/g, '')} (${Math.round(box.x)}–${Math.round(box.x + box.w)} dari ${W})`,
            );
        }
        // The credit line is there, whole.
        expect(svg, ind.id).toMatch(/Diperbarui/);
      }
      expect(problems).toEqual([]);
    }, 180_000);
  });
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

it('the boundary map names every region that has a value, and only those', () => {
  for (const ind of indikatorPeta(site)) {
    const m = buildMapModel(site, ind.id);
    const svg = standaloneSvg(m, stempel);
    const named = [...svg.matchAll(/<text[^>]*data-nama-wilayah=""[^>]*>([^<]*)<\/text>/g)].map((x) => x[1]).sort();
    // Each label is the region's name and its short value ("Belu 90%"), one per region with a figure.
    expect(named, ind.id).toEqual(m.valueLabels.map((l) => xmlText(l.text)).sort());
    expect(m.valueLabels.map((l) => l.kode).sort(), ind.id).toEqual(
      m.regions
        .filter((r) => r.entry)
        .map((r) => r.kode)
        .sort(),
    );
    for (const l of m.valueLabels)
      expect(l.text.startsWith(`${m.regions.find((r) => r.kode === l.kode)!.nama} `), l.text).toBe(true);
  }
});

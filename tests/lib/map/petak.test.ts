// The licence-free tile map: its layout file is checked like any data file, and its model is
// the choropleth's (same classes, legend, values, keyboard) with tiles as the geometry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPetak } from '#pipeline/petak.ts';
import { buildMapModel } from '#lib/map/model.ts';
import { tileShapes } from '#lib/map/petak.ts';
import { indikatorPeta } from '#model/query.ts';
import { ROOT } from '#support/site.ts';
import type { SiteData } from '#model/schema.ts';

const site = JSON.parse(readFileSync(join(ROOT, 'src', 'generated', 'site-data.json'), 'utf8')) as SiteData;
const regions = site.wilayah.filter((w) => w.jenis !== 'Provinsi');
const layout = readFileSync(join(ROOT, 'data', 'geo', 'petak.csv'), 'utf8');

describe('data/geo/petak.csv', () => {
  it('the committed layout is valid: one tile per kabupaten/kota, Malaka included', () => {
    const { petak, issues } = loadPetak(layout, regions);
    expect(issues).toEqual([]);
    expect(petak.map((p) => p.kode).sort()).toEqual(regions.map((r) => r.kode).sort());
    expect(petak.some((p) => p.kode === '5321')).toBe(true);
  });

  it('reports every error at once, with line, column and the fix', () => {
    const lines = layout.trim().split('\n');
    const belu = lines.findIndex((l) => l.startsWith('5306,'));
    const broken = [...lines];
    broken[belu] = '5306,x,2,BELUXX,Timor'; // bad column, label too long
    broken.push('5306,12,0,BLU,Timor'); // second tile for Belu
    broken.push('9999,13,0,ZZ,Timor'); // unknown code
    broken.push(lines[1]!.replace(/^\d+/, '5371')); // Kota Kupang on Manggarai Barat's cell, and twice
    const withoutMalaka = broken.filter((l) => !l.startsWith('5321,'));
    const { issues } = loadPetak(withoutMalaka.join('\n') + '\n', regions);
    const text = issues.map((i) => `${i.line}:${i.columnName ?? ''}: ${i.message}`).join('\n');
    expect(text).toMatch(new RegExp(`${belu + 1}:kolom: Kolom petak harus bilangan bulat`));
    expect(text).toMatch(new RegExp(`${belu + 1}:label: Label petak harus 1 sampai 4 huruf`));
    expect(text).toMatch(/Belu \(5306\) sudah punya petak di baris/);
    expect(text).toMatch(/Kode 9999 bukan kabupaten\/kota di data\/wilayah.csv/);
    expect(text).toMatch(/menempati kolom 0, baris 0 yang sudah dipakai 5315/);
    expect(text).toMatch(/Malaka \(5321\) belum punya petak/);
    expect(issues.every((i) => i.file === 'data/geo/petak.csv' && i.severity === 'error')).toBe(true);
  });
});

describe('tile model', () => {
  const { petak } = loadPetak(layout, regions);
  const shapes = tileShapes(petak);

  it('equal squares, none overlapping, all inside the canvas', () => {
    const boxes = [...shapes.regions.values()].map((r) =>
      /^M([\d.]+) ([\d.]+)h([\d.]+)v([\d.]+)/.exec(r.d)!.slice(1).map(Number),
    );
    expect(new Set(boxes.map((b) => `${b[2]}x${b[3]}`)).size).toBe(1);
    for (const [x, y, w, h] of boxes) {
      expect(x! >= 0 && y! >= 0 && x! + w! <= shapes.width && y! + h! <= shapes.height).toBe(true);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(
          a[0]! + a[2]! <= b[0]! || b[0]! + b[2]! <= a[0]! || a[1]! + a[3]! <= b[1]! || b[1]! + b[3]! <= a[1]!,
        ).toBe(true);
      }
  });

  it('names each island group once, inside the canvas, and no group label sits on a tile', () => {
    expect(shapes.labels.map((l) => l.text).sort()).toEqual([...new Set(petak.map((p) => p.pulau))].sort());
    for (const l of shapes.labels) {
      expect(l.y > 0 && l.y < shapes.height).toBe(true);
      const onTile = [...shapes.regions.values()].some((r) => Math.abs(r.cx - l.x) < 36 && Math.abs(r.cy - l.y) < 36);
      expect(onTile, l.text).toBe(false);
    }
  });

  for (const ind of indikatorPeta(site)) {
    it(`${ind.id}: same classes, values and ranking as the choropleth; keyboard reaches every tile`, () => {
      const peta = buildMapModel(site, ind.id);
      const tile = buildMapModel(site, ind.id, 'petak');
      expect(tile.varian).toBe('petak');
      expect(tile.classes).toEqual(peta.classes);
      expect(tile.ranking).toEqual(peta.ranking);
      expect(tile.regions.map((r) => [r.kode, r.label, r.fill]).sort()).toEqual(
        peta.regions.map((r) => [r.kode, r.label, r.fill]).sort(),
      );
      expect(tile.regions.some((r) => r.kecil)).toBe(false);
      const seen = new Set([tile.ranking[0]!]);
      const queue = [tile.ranking[0]!];
      while (queue.length) {
        for (const n of Object.values(tile.keys[queue.shift()!]!)) {
          if (n && !seen.has(n)) {
            seen.add(n);
            queue.push(n);
          }
        }
      }
      expect(seen.size).toBe(tile.regions.length);
      // Every tile is named, in light text on dark fills.
      const names = tile.labels.filter((l) => l.kelas?.includes('petak-label'));
      expect(names).toHaveLength(tile.regions.length);
    });
  }
});

// The committed map file, checked against the quality bars and
// against its own sources.

import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoArea, geoBounds, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '#support/site.ts';
import { GENERATED_DATE, SETTINGS, generate, type Generated } from '#scripts/geo/build-topology.ts';
import { readWilayah } from '#scripts/geo/sources.ts';
import { EARTH_RADIUS_KM } from '#scripts/geo/rings.ts';
import { extractObjects } from '#scripts/geo/topojson-tools.ts';
import { kecamatanKey } from '#scripts/geo/units.ts';

const TOPO_FILE = path.join(ROOT, 'data', 'geo', 'ntt-kabupaten.topo.json');
const META_FILE = path.join(ROOT, 'data', 'geo', 'ntt-kabupaten.meta.json');
const KM2 = EARTH_RADIUS_KM ** 2;

const topoText = readFileSync(TOPO_FILE, 'utf8');
const topo = JSON.parse(topoText) as Topology;
const meta = JSON.parse(readFileSync(META_FILE, 'utf8'));

type Region = Feature<MultiPolygon | Polygon, { nama: string }>;
const kabObject = topo.objects.kabupaten as GeometryCollection<{ nama: string }>;
const kab = (feature(topo, kabObject) as FeatureCollection<MultiPolygon | Polygon, { nama: string }>)
  .features as Region[];
const byId = new Map(kab.map((f) => [String(f.id), f]));
const km2 = (f: Feature | Polygon | MultiPolygon) => geoArea(f) * KM2;
const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;

// Read as the generator reads it (the pipeline's CSV reader): the province row and its kabupaten/kota.
const wilayah = Object.entries(
  readWilayah(path.join(ROOT, 'data', 'wilayah.csv'), SETTINGS.provinceCode).kabupaten,
).map(([kode, nama]) => ({ kode, nama }));

describe('committed data/geo/ntt-kabupaten.topo.json', () => {
  it('holds the three named objects', () => {
    expect(Object.keys(topo.objects).sort()).toEqual(['kabupaten', 'provinsi', 'tetangga']);
    for (const o of Object.values(topo.objects)) expect(o.type).toBe('GeometryCollection');
    expect(topo.transform).toBeDefined();
  });

  it('has exactly the kabupaten/kota of data/wilayah.csv, with BPS codes as string ids and official names', () => {
    const expectedCodes = wilayah.map((r) => r.kode).sort();
    for (const kode of expectedCodes) expect(kode).toMatch(new RegExp(`^${SETTINGS.provinceCode}\\d{2}$`));
    expect(kabObject.geometries.map((g) => g.id)).toEqual(expectedCodes);
    for (const row of wilayah) {
      const g = kabObject.geometries.find((x) => x.id === row.kode)!;
      expect(typeof g.id).toBe('string');
      expect((g.properties as { nama: string }).nama).toBe(row.nama);
    }
    expect(byId.get('5321')!.properties.nama).toBe('Malaka');
  });

  it('winds every ring so that d3-geo reads small, correct areas', () => {
    for (const f of kab) {
      expect(geoArea(f)).toBeGreaterThan(0);
      expect(geoArea(f)).toBeLessThan(2 * Math.PI);
      for (const p of polygonsOf(f.geometry)) {
        const outer = geoArea({ type: 'Polygon', coordinates: [p[0]] });
        expect(outer).toBeLessThan(2 * Math.PI);
      }
    }
    for (const name of ['provinsi', 'tetangga'] as const) {
      const fc = feature(topo, topo.objects[name] as GeometryCollection) as FeatureCollection;
      for (const f of fc.features) expect(geoArea(f)).toBeLessThan(2 * Math.PI);
    }
  });

  it('draws Malaka and Belu at about 1,120 km² each', () => {
    expect(km2(byId.get('5321')!)).toBeGreaterThan(1080);
    expect(km2(byId.get('5321')!)).toBeLessThan(1160);
    expect(km2(byId.get('5306')!)).toBeGreaterThan(1080);
    expect(km2(byId.get('5306')!)).toBeLessThan(1160);
  });

  it('gives Malaka Belu, TTU and TTS as neighbours through shared arcs', () => {
    const nb = neighbors(kabObject.geometries as Parameters<typeof neighbors>[0]);
    const of = (id: string) =>
      nb[kabObject.geometries.findIndex((g) => g.id === id)].map((i) => kabObject.geometries[i].id).sort();
    expect(of('5321')).toEqual(['5304', '5305', '5306']);
    expect(of('5306')).toEqual(['5305', '5321']);
    expect(of('5371')).toEqual(['5303']);
    expect(of('5316')).toEqual(['5301', '5302']);
  });

  it('leaves no slivers or holes between neighbours and no overlaps', () => {
    const provinsi = feature(
      topo,
      (topo.objects.provinsi as GeometryCollection).geometries[0],
    ) as Feature<MultiPolygon>;
    // Any gap between neighbours would survive the merge as a hole.
    expect(provinsi.geometry.coordinates.every((p) => p.length === 1)).toBe(true);
    for (const f of kab) expect(polygonsOf(f.geometry).every((p) => p.length === 1)).toBe(true);
    // Overlaps would make the parts add up to more than the whole.
    const sum = kab.reduce((s, f) => s + km2(f), 0);
    expect(Math.abs(sum - km2(provinsi)) / sum).toBeLessThan(1e-6);
    // Borders are stored once: no arc is used by more than two regions' rings.
    const uses = new Map<number, number>();
    const count = (g: GeometryObject) => {
      const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
      for (const p of polys)
        for (const r of p) for (const a of r) uses.set(a < 0 ? ~a : a, (uses.get(a < 0 ? ~a : a) ?? 0) + 1);
    };
    kabObject.geometries.forEach(count);
    expect(Math.max(...uses.values())).toBeLessThanOrEqual(2);
  });

  it('keeps every region within 2 % of the area of the kecamatan it is made of in GADM', () => {
    // Independent of the generator: sum the raw GADM kecamatan, Malaka picked by name.
    const gadm = JSON.parse(
      readFileSync(path.join(ROOT, 'node_modules', 'geojson-indonesia', 'geojson', 'gadm41_IDN_3.json'), 'utf8'),
    ) as FeatureCollection<MultiPolygon | Polygon>;
    const malaka = new Set(meta.malaka.moved.map((m: { nama: string }) => kecamatanKey(m.nama)));
    const sums = new Map<string, number>();
    for (const f of gadm.features) {
      const code = String(f.properties!.CC_3);
      if (!code.startsWith('53')) continue;
      let kode = code.slice(0, 4);
      if (kode === '5306' && malaka.has(kecamatanKey(String(f.properties!.NAME_3)))) kode = '5321';
      for (const p of polygonsOf(f.geometry)) {
        const a = geoArea({ type: 'Polygon', coordinates: [p[0]] });
        sums.set(kode, (sums.get(kode) ?? 0) + Math.min(a, 4 * Math.PI - a) * KM2);
      }
    }
    expect([...sums.keys()].sort()).toEqual(kab.map((f) => String(f.id)));
    for (const f of kab) {
      const ref = sums.get(String(f.id))!;
      expect(Math.abs(km2(f) - ref) / ref, `${f.id} ${f.properties.nama}`).toBeLessThan(0.02);
    }
  });

  it('keeps the small inhabited islands', () => {
    // Points inside each island; the polygon holding it must be an island of plausible size.
    const islands: Array<[string, string, Position, number, number]> = [
      ['Sabu', '5320', [121.85, -10.53], 300, 500],
      ['Raijua', '5320', [121.58, -10.62], 25, 50],
      ['Rote', '5314', [123.1, -10.75], 1000, 1400],
      ['Ndao', '5314', [122.665, -10.815], 5, 15],
      ['Semau', '5303', [123.36, -10.27], 150, 300],
      ['Adonara', '5309', [123.2, -8.3], 400, 600],
      ['Solor', '5309', [122.99, -8.5], 150, 300],
      ['Pantar', '5307', [124.05, -8.35], 600, 900],
      ['Komodo', '5315', [119.45, -8.55], 250, 400],
    ];
    for (const [name, kode, point, min, max] of islands) {
      const region = byId.get(kode)!;
      const holder = polygonsOf(region.geometry).find((p) =>
        geoContains({ type: 'Polygon', coordinates: p }, point as [number, number]),
      );
      expect(holder, name).toBeDefined();
      const a = km2({ type: 'Polygon', coordinates: holder! });
      expect(a, name).toBeGreaterThan(min);
      expect(a, name).toBeLessThan(max);
    }
  });

  it('shows Nusa Tenggara Barat and the whole of Timor-Leste, Oecusse included, inside the clip box', () => {
    const tet = topo.objects.tetangga as GeometryCollection<{ nama: string }>;
    expect(tet.geometries.map((g) => [g.id, (g.properties as { nama: string }).nama])).toEqual([
      ['52', 'Nusa Tenggara Barat'],
      ['626', 'Timor-Leste'],
    ]);
    const tl = feature(topo, tet.geometries[1]) as Feature<MultiPolygon>;
    expect(geoContains(tl, [125.57, -8.56])).toBe(true); // Dili
    expect(geoContains(tl, [124.3, -9.3])).toBe(true); // Oecusse
    expect(geoContains(tl, [125.6, -8.25])).toBe(true); // Atauro
    expect(geoBounds(tl)[1][0]).toBeGreaterThan(127.2); // eastern tip of Timor
    const [w, s, e, n] = SETTINGS.clipBox;
    const [[x0, y0], [x1, y1]] = geoBounds(feature(topo, tet) as FeatureCollection);
    expect(x0).toBeGreaterThanOrEqual(w - 1e-3);
    expect(y0).toBeGreaterThanOrEqual(s - 1e-3);
    expect(x1).toBeLessThanOrEqual(e + 1e-3);
    expect(y1).toBeLessThanOrEqual(n + 1e-3);
    // The land border is one line shared with the kabupaten, not two that disagree.
    const all = [...kabObject.geometries, ...tet.geometries];
    const nb = neighbors(all as Parameters<typeof neighbors>[0]);
    expect(nb[all.length - 1].map((i) => all[i].id).sort()).toEqual(['5303', '5305', '5306', '5321']);
  });

  it('is small: at most 120 KB, the kabupaten/kota alone at most 30 KB gzipped', () => {
    expect(statSync(TOPO_FILE).size).toBeLessThanOrEqual(120_000);
    const regionsOnly = JSON.stringify(extractObjects(topo, ['kabupaten']));
    expect(gzipSync(regionsOnly).length).toBeLessThanOrEqual(30_000);
  });

  it('documents source, licence, attribution and the Malaka reconstruction in the metadata', () => {
    expect(meta.source.name).toMatch(/GADM 4\.1/);
    expect(meta.source.licence).toMatch(/nonkomersial/);
    expect(meta.source.attribution).toBe('GADM 4.1');
    expect(meta.attribution).toMatch(/GADM 4\.1/);
    expect(meta.generated).toBe(GENERATED_DATE);
    expect(meta.malaka).toMatchObject({ from: '5306', to: '5321', applied: true });
    expect(meta.malaka.moved.map((m: { nama: string }) => m.nama).sort()).toEqual([
      'Botin Leobele',
      'Io Kufeu',
      'Kobalima',
      'Kobalima Timur',
      'Laen Manen',
      'Malaka Barat',
      'Malaka Tengah',
      'Malaka Timur',
      'Rinhat',
      'Sasita Mean',
      'Weliman',
      'Wewiku',
    ]);
    expect(meta.malaka.moved.every((m: { sourceCode: string }) => m.sourceCode.startsWith('5306'))).toBe(true);
    for (const r of meta.regions) expect(km2(byId.get(r.kode)!)).toBeCloseTo(r.finalKm2, 1);
  });
});

describe('regenerating from the sources', () => {
  let regenerated: Generated;
  beforeAll(() => {
    regenerated = generate([])!;
  }, 30_000);

  it('reproduces the committed files byte for byte', () => {
    expect(regenerated.topoText === topoText).toBe(true);
    expect(regenerated.metaText === readFileSync(META_FILE, 'utf8')).toBe(true);
  });

  it('stays within 2 % of the unsimplified dissolve for every region', () => {
    expect(regenerated.report.regions).toHaveLength(wilayah.length);
    for (const r of regenerated.report.regions) {
      const drawn = km2(byId.get(r.kode)!);
      expect(Math.abs(drawn - r.dissolvedKm2) / r.dissolvedKm2, `${r.kode} ${r.nama}`).toBeLessThan(0.02);
    }
    // The overlay agrees with itself: no edge crossed into contradictory coverage.
    expect(regenerated.report.cleaning.inconsistentEdges).toBe(0);
  });
});

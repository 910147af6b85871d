// The generator on hand-made fixtures: small enough to know the right answer.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { childEnv, NODE, useScratchDir } from '#support/build.ts';
import { ROOT } from '#support/site.ts';
import { cleanPartition } from '#scripts/geo/planar.ts';
import { EARTH_RADIUS_KM, clipRing } from '#scripts/geo/rings.ts';
import { rewindTopology, serializeTopology } from '#scripts/geo/topojson-tools.ts';
import { buildTopology, type AreaFeature, type BuildOptions } from '#scripts/geo/topology.ts';
import { kecamatanKey } from '#scripts/geo/units.ts';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'geo');
const KM2 = EARTH_RADIUS_KM ** 2;

function fixture(name: string): AreaFeature[] {
  return (JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as FeatureCollection).features as AreaFeature[];
}

const square = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  // Clockwise, as d3-geo wants exteriors.
  coordinates: [
    [
      [w, s],
      [w, n],
      [e, n],
      [e, s],
      [w, s],
    ],
  ],
});
const km2 = (g: Polygon | MultiPolygon) => geoArea(g) * KM2;
const ringPlanar = (ring: number[][]) =>
  Math.abs(ring.slice(1).reduce((s, p, i) => s + ring[i][0] * p[1] - p[0] * ring[i][1], 0)) / 2;
const polygonPlanar = (rings: number[][][]) =>
  ringPlanar(rings[0]) - rings.slice(1).reduce((s, r) => s + ringPlanar(r), 0);
const planarArea = (g: Polygon | MultiPolygon) =>
  g.type === 'Polygon' ? polygonPlanar(g.coordinates) : g.coordinates.reduce((s, p) => s + polygonPlanar(p), 0);

const OPTIONS: BuildOptions = {
  codeProperty: 'KODE',
  nameProperty: 'NAMA',
  provinceCode: '53',
  provinceName: 'Nusa Tenggara Timur',
  names: { '5304': 'Timor Tengah Selatan', '5305': 'Timor Tengah Utara', '5306': 'Belu', '5321': 'Malaka' },
  reassign: [{ from: '5306', to: '5321', kecamatan: ['Malaka Barat'] }],
  minIslandKm2: 0.1,
  maxGapKm2: Infinity,
  simplifyKm2: 0.1,
  // Fine enough that the area checks below measure the cleaning, not the rounding.
  quantization: 1e6,
};

function regions(topo: Topology) {
  const kab = topo.objects.kabupaten as GeometryCollection<{ nama: string }>;
  const fc = feature(topo, kab) as FeatureCollection<MultiPolygon | Polygon, { nama: string }>;
  return {
    geometries: kab.geometries,
    features: fc.features,
    byId: new Map(fc.features.map((f) => [String(f.id), f])),
  };
}

describe('buildTopology on the kecamatan fixture', () => {
  const { topology: topo, report } = buildTopology(fixture('kecamatan-mini.geojson'), OPTIONS);
  const { geometries, features, byId } = regions(topo);

  it('assigns kecamatan by code and moves Malaka Barat from Belu to Malaka', () => {
    expect(geometries.map((g) => g.id)).toEqual(['5304', '5305', '5306', '5321']);
    expect(features.map((f) => f.properties.nama)).toEqual([
      'Timor Tengah Selatan',
      'Timor Tengah Utara',
      'Belu',
      'Malaka',
    ]);
    expect(report.reassignment).toEqual([
      {
        from: '5306',
        to: '5321',
        applied: true,
        reason: 'sumber belum memuat kode 5321',
        moved: [{ sourceCode: '5306010', sourceName: 'MalakaBarat', nama: 'Malaka Barat' }],
      },
    ]);
    // "53.06.061" counts as 5306; the feature without a code and the one from NTB (52) are left out.
    expect(report.featuresWithoutCode).toBe(1);
    expect(km2(byId.get('5321')!.geometry)).toBeCloseTo(km2(square(121.0, -9.5, 121.1, -9.4)), 0);
  });

  it('closes the gaps and overlaps the fixture has between neighbours', () => {
    // The three Timor squares were drawn with a zigzag and a slanted border;
    // after cleaning they tile the 0.2° × 0.2° block exactly.
    // Planar square degrees: spherical areas would differ by the extra vertices
    // along the straight edges. Gap and overlap each amount to ~1e-3 of the block.
    const sum = ['5305', '5306', '5321'].reduce((s, id) => s + planarArea(byId.get(id)!.geometry), 0);
    expect(Math.abs(sum - 0.04) / 0.04).toBeLessThan(1e-5);
    expect(report.cleaning.gapsFilled.count).toBeGreaterThan(0);
    expect(report.cleaning.overlapsResolved.count).toBeGreaterThan(0);
    const provinsi = feature(
      topo,
      (topo.objects.provinsi as GeometryCollection).geometries[0],
    ) as Feature<MultiPolygon>;
    expect(provinsi.geometry.coordinates.every((p) => p.length === 1)).toBe(true);
  });

  it('shares arcs between adjacent regions', () => {
    const nb = neighbors(geometries as Parameters<typeof neighbors>[0]).map((list) =>
      list.map((i) => geometries[i].id).sort(),
    );
    const of = (id: string) => nb[geometries.findIndex((g) => g.id === id)];
    expect(of('5321')).toEqual(['5305', '5306']);
    expect(of('5306')).toEqual(['5305', '5321']);
    expect(of('5304')).toEqual([]);
  });

  it('drops islets below the threshold and keeps the small island', () => {
    expect(report.islandsDropped.count).toBe(1);
    const tts = byId.get('5304')!.geometry;
    expect(tts.type === 'MultiPolygon' ? tts.coordinates.length : 1).toBe(1);
    expect(km2(tts)).toBeGreaterThan(25);
  });

  it('winds every ring the way d3-geo expects, whatever the source did', () => {
    for (const f of features) {
      const a = geoArea(f);
      expect(a).toBeGreaterThan(0);
      expect(a).toBeLessThan(2 * Math.PI);
    }
  });

  it('keeps areas within 2 % of the unsimplified dissolve', () => {
    for (const r of report.regions) expect(Math.abs(r.deviationPct)).toBeLessThan(2);
  });

  it('is deterministic, also when the source lists features in another order', () => {
    const again = serializeTopology(buildTopology(fixture('kecamatan-mini.geojson'), OPTIONS).topology);
    const reversed = serializeTopology(buildTopology(fixture('kecamatan-mini.geojson').reverse(), OPTIONS).topology);
    expect(again).toBe(serializeTopology(topo));
    expect(reversed).toBe(again);
  });

  it('fails loudly, in Indonesian, when a kecamatan to move is missing', () => {
    const options = { ...OPTIONS, reassign: [{ from: '5306', to: '5321', kecamatan: ['Malaka Barat', 'Rinhat'] }] };
    expect(() => buildTopology(fixture('kecamatan-mini.geojson'), options)).toThrow(
      /Kecamatan untuk kode 5321 tidak ditemukan di bawah kode 5306: Rinhat\./,
    );
  });

  it('fails when a region of the list is absent or the source has an unknown one', () => {
    expect(() =>
      buildTopology(fixture('kecamatan-mini.geojson'), {
        ...OPTIONS,
        names: { ...OPTIONS.names, '5371': 'Kota Kupang' },
      }),
    ).toThrow(/tidak ada di sumber: 5371 Kota Kupang/);
    const { '5304': _drop, ...fewer } = OPTIONS.names;
    expect(() => buildTopology(fixture('kecamatan-mini.geojson'), { ...OPTIONS, names: fewer })).toThrow(
      /tidak dikenal.*5304/,
    );
    expect(() => buildTopology(fixture('kecamatan-mini.geojson'), { ...OPTIONS, codeProperty: 'NAMA' })).toThrow(
      /--code-property/,
    );
    const projected = fixture('kecamatan-mini.geojson').map((f) => ({
      ...f,
      geometry: f.geometry && {
        ...f.geometry,
        coordinates: JSON.parse(JSON.stringify(f.geometry.coordinates).replace(/121\./g, '712121.')),
      },
    })) as AreaFeature[];
    expect(() => buildTopology(projected, OPTIONS)).toThrow(/bukan bujur\/lintang.*EPSG:4326/);
  });

  it('leaves the source alone when it already has Malaka', () => {
    const features = fixture('kecamatan-mini.geojson').map((f) =>
      f.properties?.NAMA === 'MalakaBarat' ? { ...f, properties: { ...f.properties, KODE: '5321010' } } : f,
    );
    const { report: r } = buildTopology(features, OPTIONS);
    expect(r.reassignment[0]).toMatchObject({ applied: false, moved: [] });
  });
});

describe('building blocks', () => {
  it('normalizes GADM and BPS spellings to the same key', () => {
    expect(kecamatanKey('MalakaBarat')).toBe(kecamatanKey('Malaka Barat'));
    expect(kecamatanKey('Laenmanen')).toBe(kecamatanKey('Laen Manen'));
    expect(kecamatanKey('IoKufeu')).toBe(kecamatanKey('Io Kufeu'));
    expect(kecamatanKey('Raihat')).not.toBe(kecamatanKey('Rinhat'));
  });

  it('clips a ring to a box', () => {
    const ring = square(0, 0, 2, 2).coordinates[0];
    const clipped = clipRing(ring, [1, -1, 3, 3])!;
    expect(km2({ type: 'Polygon', coordinates: [clipped] })).toBeCloseTo(km2(square(1, 0, 2, 2)), 6);
    expect(clipRing(ring, [5, 5, 6, 6])).toBeNull();
  });

  it('rewinds an anticlockwise ring that d3 would read as the whole globe minus the island', () => {
    const ccw: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 1, 1).coordinates[0].slice().reverse()] };
    expect(geoArea(ccw)).toBeGreaterThan(2 * Math.PI);
    const topo = topology({ a: { type: 'Feature', properties: {}, geometry: ccw } as Feature });
    expect(rewindTopology(topo)).toBe(1);
    expect(geoArea(feature(topo, topo.objects.a))).toBeLessThan(2 * Math.PI);
    expect(rewindTopology(topo)).toBe(0);
  });

  it('assigns overlaps to one side and fills an enclosed sliver', () => {
    // A and B leave a 0.001° slit, closed off by C below and D above; C overlaps both.
    const { faces, report } = cleanPartition(
      [
        { label: 'A', priority: 1, rings: square(0, 0, 1, 1).coordinates },
        { label: 'B', priority: 1, rings: square(1.001, 0, 2, 1).coordinates },
        { label: 'C', priority: 1, rings: square(0, -1, 2, 0.0005).coordinates },
        { label: 'D', priority: 1, rings: square(0, 1, 2, 2).coordinates },
      ],
      { maxGapKm2: Infinity },
    );
    expect(report.overlapsResolved.count).toBe(2);
    expect(report.gapsFilled.count).toBe(1);
    expect(report.inconsistentEdges).toBe(0);
    // The clean faces tile the 2° × 3° block exactly once.
    expect(faces.reduce((s, f) => s + polygonPlanar(f.rings), 0)).toBeCloseTo(6, 9);
    // A slit wider than maxGapKm2 is taken for a lake and stays open.
    const lake = cleanPartition(
      [
        { label: 'A', priority: 1, rings: square(0, 0, 1, 1).coordinates },
        { label: 'B', priority: 1, rings: square(1.001, 0, 2, 1).coordinates },
        { label: 'C', priority: 1, rings: square(0, -1, 2, 0.0005).coordinates },
        { label: 'D', priority: 1, rings: square(0, 1, 2, 2).coordinates },
      ],
      { maxGapKm2: 1 },
    );
    expect(lake.report.waterKept.count).toBe(1);
  });
});

describe('command line', () => {
  const tmp = useScratchDir('geo-cli');
  const cli = (...args: string[]) =>
    spawnSync(NODE, [path.join(ROOT, 'scripts', 'geo', 'build-topology.ts'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: childEnv(),
    });
  const wilayah = path.join(FIXTURES, 'wilayah-mini.csv');

  it('builds from a swapped-in kabupaten source via --config, byte-identical on a second run', () => {
    const runs = ['a', 'b'].map((dir) => {
      // Same file names in two folders: the metadata records the file name.
      const out = path.join(tmp, dir, 'peta.topo.json');
      const meta = path.join(tmp, dir, 'peta.meta.json');
      const r = cli(
        '--config',
        path.join(FIXTURES, 'kabupaten-mini.config.json'),
        '--wilayah',
        wilayah,
        '--out',
        out,
        '--meta',
        meta,
      );
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      return { topo: readFileSync(out), meta: readFileSync(meta) };
    });
    expect(runs[1].topo.equals(runs[0].topo)).toBe(true);
    expect(runs[1].meta.equals(runs[0].meta)).toBe(true);

    const topo = JSON.parse(runs[0].topo.toString()) as Topology;
    expect((topo.objects.kabupaten as GeometryCollection).geometries.map((g) => g.id)).toEqual([
      '5304',
      '5305',
      '5306',
      '5321',
    ]);
    const meta = JSON.parse(runs[0].meta.toString());
    expect(meta.source).toMatchObject({
      name: 'Contoh uji: batas kabupaten gaya BIG',
      codeProperty: 'KDBBPS',
      file: 'tests/fixtures/geo/kabupaten-mini.geojson',
    });
    expect(meta.malaka).toMatchObject({ applied: false });
    expect(meta.generated).toBe('2026-11-21');
  });

  it('takes flags directly and records the date given', () => {
    const out = path.join(tmp, 'flags.topo.json');
    const meta = path.join(tmp, 'flags.meta.json');
    const r = cli(
      '--input',
      path.join(FIXTURES, 'kabupaten-mini.geojson'),
      '--code-property',
      'KDBBPS',
      '--name-property',
      'WADMKK',
      '--wilayah',
      wilayah,
      '--date',
      '2030-01-31',
      '--neighbours',
      'timor-leste',
      '--attribution',
      'Contoh uji',
      '--out',
      out,
      '--meta',
      meta,
    );
    expect(r.status).toBe(0);
    const m = JSON.parse(readFileSync(meta, 'utf8'));
    expect(m.generated).toBe('2030-01-31');
    // Without the GADM-derived neighbour nothing in the file needs GADM's licence.
    expect(m.attribution).toBe('Contoh uji; Natural Earth');
    const topo = JSON.parse(readFileSync(out, 'utf8')) as Topology;
    expect((topo.objects.tetangga as GeometryCollection).geometries.map((g) => g.id)).toEqual(['626']);
  });

  it('reports a source without all twelve Malaka kecamatan in Indonesian and exits non-zero', () => {
    const r = cli(
      '--input',
      path.join(FIXTURES, 'kecamatan-mini.geojson'),
      '--code-property',
      'KODE',
      '--name-property',
      'NAMA',
      '--wilayah',
      wilayah,
      '--out',
      path.join(tmp, 'x.json'),
      '--meta',
      path.join(tmp, 'x.meta.json'),
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^Gagal membangun peta: Kecamatan untuk kode 5321 tidak ditemukan di bawah kode 5306: Malaka Tengah, /,
    );
  });

  it("reads --wilayah with the pipeline's CSV reader: a missing column is named with file and line", () => {
    const bad = path.join(tmp, 'wilayah-tanpa-alias.csv');
    writeFileSync(
      bad,
      readFileSync(wilayah, 'utf8')
        .replace(/,alias$/m, '')
        .replace(/,$/gm, ''),
    );
    const r = cli(
      '--config',
      path.join(FIXTURES, 'kabupaten-mini.config.json'),
      '--wilayah',
      bad,
      '--out',
      path.join(tmp, 'y.json'),
      '--meta',
      path.join(tmp, 'y.meta.json'),
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/wilayah-tanpa-alias\.csv, baris 1, kolom alias: Kolom wajib "alias" tidak ada\./);
  });

  it('asks for --code-property when --input is given without it', () => {
    const r = cli('--input', path.join(FIXTURES, 'kabupaten-mini.geojson'), '--wilayah', wilayah);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--code-property .* wajib diisi/);
  });
});

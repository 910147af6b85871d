// Core of the NTT kabupaten map generator, free of file I/O so that tests can
// run it on small fixtures. build-topology.ts is the command-line wrapper.

import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, GeoJsonProperties, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type {
  Arc,
  GeometryCollection,
  GeometryObject as TopoGeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';

type GeometryObject = TopoGeometryObject<GeoJsonProperties>;
import { fitLandBorder, type BorderMask } from './border.ts';
import { cleanPartition, type CleanFace, type CleanReport, type PlanarPolygon } from './planar.ts';

export const EARTH_RADIUS_KM = 6371.0088;
const KM2_PER_STERADIAN = EARTH_RADIUS_KM * EARTH_RADIUS_KM;

export type AreaFeature = Feature<Polygon | MultiPolygon | null, Record<string, unknown> | null>;

export interface ReassignRule {
  /** Kabupaten code under which the source still files the kecamatan. */
  from: string;
  /** Code of the newer kabupaten that should own them. */
  to: string;
  /** Official kecamatan names; matched after kecamatanKey on both sides. */
  kecamatan: string[];
}

export interface NeighbourLand {
  id: string;
  nama: string;
  geometry: Polygon | MultiPolygon;
  /** Vertices on a land border with the main regions; that stretch is redrawn along their outline. */
  border?: BorderMask;
}

export interface BuildOptions {
  /** Feature property holding the BPS code (kabupaten, kecamatan or desa level). */
  codeProperty: string;
  /** Feature property holding the unit's name; needed only for reassignment. */
  nameProperty?: string;
  provinceCode: string;
  provinceName: string;
  /** Official kabupaten/kota names by BPS code; also the list of expected regions. */
  names: Record<string, string>;
  /** Source kabupaten code → BPS code, for sources with another numbering. */
  codeMap?: Record<string, string>;
  /** Applied only when the source has nothing under the rule's `to` code yet. */
  reassign?: ReassignRule[];
  neighbours?: NeighbourLand[];
  /** [west, south, east, north]; neighbouring land is clipped to it. */
  clipBox?: [number, number, number, number];
  /** Islands (polygon parts) smaller than this are dropped before anything else. */
  minIslandKm2: number;
  /** Enclosed unclaimed faces up to this size are slivers and get filled. */
  maxGapKm2: number;
  /** Visvalingam threshold: smallest effective triangle area kept, in km². */
  simplifyKm2: number;
  /** Grid size for topojson quantization (delta-encoded integer arcs). */
  quantization: number;
}

export interface MovedUnit {
  sourceCode: string;
  sourceName: string;
  nama: string;
}

export interface RegionReport {
  kode: string;
  nama: string;
  /** Sum of the source polygons' areas, before cleaning (overlaps counted twice, gaps not at all). */
  sourceKm2: number;
  /** Clean dissolve, before simplification. */
  dissolvedKm2: number;
  /** As drawn from the output file. */
  finalKm2: number;
  deviationPct: number;
}

export interface BuildReport {
  featuresRead: number;
  featuresWithoutCode: number;
  reassignment: Array<{ from: string; to: string; applied: boolean; reason: string; moved: MovedUnit[] }>;
  islandsDropped: { count: number; km2: number };
  cleaning: CleanReport;
  /** Second overlay that glues the neighbouring land to the clean regions. */
  neighbourCleaning: CleanReport | null;
  regions: RegionReport[];
  maxDeviationPct: number;
  arcs: number;
  points: number;
}

export function kecamatanKey(name: string): string {
  // GADM runs words together ("MalakaBarat", "Laenmanen"); BPS writes them
  // apart. Comparing letters and digits only makes both spellings meet.
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function areaKm2(geometry: Polygon | MultiPolygon | null): number {
  return geometry ? geoArea(geometry) * KM2_PER_STERADIAN : 0;
}

function ringKm2(ring: Position[]): number {
  // The source's winding is not trusted: whichever side is smaller is the ring.
  const a = geoArea({ type: 'Polygon', coordinates: [ring] });
  return Math.min(a, 4 * Math.PI - a) * KM2_PER_STERADIAN;
}

function polygonsOf(geometry: Polygon | MultiPolygon | null): Position[][][] {
  if (!geometry) return [];
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Sutherland–Hodgman against an axis-aligned box; lon/lat are treated as planar, fine at this scale. */
export function clipRing(ring: Position[], box: [number, number, number, number]): Position[] | null {
  const [w, s, e, n] = box;
  const edges: Array<[(p: Position) => boolean, (a: Position, b: Position) => Position]> = [
    [(p) => p[0] >= w, (a, b) => [w, a[1] + ((b[1] - a[1]) * (w - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= e, (a, b) => [e, a[1] + ((b[1] - a[1]) * (e - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= s, (a, b) => [a[0] + ((b[0] - a[0]) * (s - a[1])) / (b[1] - a[1]), s]],
    [(p) => p[1] <= n, (a, b) => [a[0] + ((b[0] - a[0]) * (n - a[1])) / (b[1] - a[1]), n]],
  ];
  let pts = ring.slice(0, -1);
  for (const [inside, cross] of edges) {
    if (!pts.length) break;
    const out: Position[] = [];
    for (let i = 0; i < pts.length; i++) {
      const cur = pts[i];
      const prev = pts[(i + pts.length - 1) % pts.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cross(prev, cur));
        out.push(cur);
      } else if (inside(prev)) {
        out.push(cross(prev, cur));
      }
    }
    pts = out;
  }
  if (pts.length < 3) return null;
  return [...pts, pts[0]];
}

function digits(value: unknown): string {
  return value == null ? '' : String(value).replace(/\D/g, '');
}

/** Exterior rings clockwise and holes anticlockwise, as d3-geo expects; fixes rings in place. */
export function rewindTopology(topo: Topology): number {
  let reversed = 0;
  const fixPolygon = (rings: number[][]) => {
    rings.forEach((ring, i) => {
      const coords = (feature(topo, { type: 'Polygon', arcs: [ring] }) as Feature<Polygon>).geometry.coordinates[0];
      const a = geoArea({ type: 'Polygon', coordinates: [coords] });
      // A ring d3 reads as covering more than a hemisphere is wound the wrong way round.
      const wrong = i === 0 ? a > 2 * Math.PI : a < 2 * Math.PI;
      if (wrong) {
        rings[i] = ring.reverse().map((arc) => ~arc);
        reversed++;
      }
    });
  };
  const visit = (g: GeometryObject) => {
    if (g.type === 'GeometryCollection') g.geometries.forEach(visit);
    else if (g.type === 'Polygon') fixPolygon(g.arcs);
    else if (g.type === 'MultiPolygon') g.arcs.forEach(fixPolygon);
  };
  Object.values(topo.objects).forEach(visit);
  return reversed;
}

function collectRings(g: GeometryObject, out: number[][][]): void {
  if (g.type === 'GeometryCollection') g.geometries.forEach((c) => collectRings(c, out));
  else if (g.type === 'Polygon') out.push(g.arcs);
  else if (g.type === 'MultiPolygon') out.push(...g.arcs);
}

/**
 * Visvalingam would shrink a small island drawn with one or two arcs to a
 * line; keeping the heaviest interior points guarantees a triangle at least.
 */
function protectSmallRings(arcs: Arc[], polygons: number[][][]): void {
  // After presimplify every point carries its weight as a third coordinate.
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const need = ring.length === 1 ? 2 : ring.length === 2 ? 1 : 0;
      if (!need) continue;
      for (const ref of ring) {
        const arc = arcs[ref < 0 ? ~ref : ref];
        const interior = arc.slice(1, -1).sort((p, q) => (q[2] ?? 0) - (p[2] ?? 0));
        for (const p of interior.slice(0, need)) p[2] = Infinity;
      }
    }
  }
}

export function buildTopology(
  features: AreaFeature[],
  options: BuildOptions,
): { topology: Topology; report: BuildReport } {
  const province = options.provinceCode;
  const expected = Object.keys(options.names).sort();
  const codeMap = new Map(Object.entries(options.codeMap ?? {}).map(([k, v]) => [digits(k), digits(v)]));

  // 1. Kabupaten code of each source unit.
  interface Unit {
    code: string;
    kab: string;
    name: string;
    geometry: Polygon | MultiPolygon | null;
  }
  const units: Unit[] = [];
  let withoutCode = 0;
  for (const f of features) {
    const code = digits(f.properties?.[options.codeProperty]);
    if (code.length < 4) {
      withoutCode++;
      continue;
    }
    const kab = codeMap.get(code.slice(0, 4)) ?? code.slice(0, 4);
    if (!kab.startsWith(province)) continue;
    const name = options.nameProperty ? String(f.properties?.[options.nameProperty] ?? '') : '';
    units.push({ code, kab, name, geometry: f.geometry });
  }
  // A projected source (UTM metres, say) would run through the overlay and
  // come out as nonsense; catch it while the message can still say why.
  for (const u of units) {
    for (const rings of polygonsOf(u.geometry)) {
      for (const [x, y] of rings[0]) {
        if (!(Math.abs(x) <= 180 && Math.abs(y) <= 90)) {
          throw new Error(
            `Koordinat fitur ${u.code} (${x}, ${y}) bukan bujur/lintang. Ubah sumber ke WGS84 (EPSG:4326) lebih dahulu.`,
          );
        }
      }
    }
  }
  if (!units.length) {
    throw new Error(
      `Tidak ada fitur dengan kode provinsi ${province} pada properti "${options.codeProperty}". ` +
        'Periksa --code-property: nilainya harus kode BPS (mis. 5306010 atau 53.06).',
    );
  }
  // Code order, not source order, so that a reshuffled source gives the same file.
  units.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  // 2. Regencies the source predates (Malaka in GADM 4.1).
  const reassignment: BuildReport['reassignment'] = [];
  for (const rule of options.reassign ?? []) {
    if (units.some((u) => u.kab === rule.to)) {
      reassignment.push({ ...pick(rule), applied: false, reason: `sumber sudah memuat kode ${rule.to}`, moved: [] });
      continue;
    }
    if (!options.nameProperty) {
      throw new Error(
        `Sumber tidak memuat kode ${rule.to}; untuk menyusunnya dari kecamatan di ${rule.from} ` +
          'nama kecamatan diperlukan. Isi --name-property.',
      );
    }
    const wanted = new Map(rule.kecamatan.map((n) => [kecamatanKey(n), n]));
    const found = new Map<string, Unit[]>();
    for (const u of units) {
      if (u.kab !== rule.from) continue;
      const official = wanted.get(kecamatanKey(u.name));
      if (official !== undefined) (found.get(official) ?? found.set(official, []).get(official)!).push(u);
    }
    const missing = rule.kecamatan.filter((n) => !found.has(n));
    if (missing.length) {
      const available = units.filter((u) => u.kab === rule.from).map((u) => u.name);
      throw new Error(
        `Kecamatan untuk kode ${rule.to} tidak ditemukan di bawah kode ${rule.from}: ${missing.join(', ')}. ` +
          `Nama yang ada di sumber: ${[...new Set(available)].join(', ') || '(tidak ada)'}.`,
      );
    }
    const moved: MovedUnit[] = [];
    for (const n of rule.kecamatan) {
      for (const u of found.get(n)!) {
        u.kab = rule.to;
        moved.push({ sourceCode: u.code, sourceName: u.name, nama: n });
      }
    }
    reassignment.push({ ...pick(rule), applied: true, reason: `sumber belum memuat kode ${rule.to}`, moved });
  }

  const present = [...new Set(units.map((u) => u.kab))].sort();
  const missingRegions = expected.filter((k) => !present.includes(k));
  const unknownRegions = present.filter((k) => !expected.includes(k));
  if (missingRegions.length) {
    throw new Error(
      `Kabupaten/kota berikut tidak ada di sumber: ${missingRegions.map((k) => `${k} ${options.names[k]}`).join(', ')}.`,
    );
  }
  if (unknownRegions.length) {
    throw new Error(
      `Kode di sumber tidak dikenal di data/wilayah.csv: ${unknownRegions.join(', ')}. Periksa --code-map.`,
    );
  }

  // 3. Planar overlay of everything that touches, so borders come out shared.
  const planar: PlanarPolygon[] = [];
  const islandsDropped = { count: 0, km2: 0 };
  const sourceKm2 = new Map<string, number>();
  const keepIsland = (rings: Position[][]) => {
    const km2 = ringKm2(rings[0]);
    if (km2 >= options.minIslandKm2) return true;
    islandsDropped.count++;
    islandsDropped.km2 += km2;
    return false;
  };
  for (const u of units) {
    for (const rings of polygonsOf(u.geometry)) {
      const km2 = ringKm2(rings[0]) - rings.slice(1).reduce((s, r) => s + ringKm2(r), 0);
      sourceKm2.set(u.kab, (sourceKm2.get(u.kab) ?? 0) + km2);
      if (keepIsland(rings)) planar.push({ label: u.kab, priority: 1, rings });
    }
  }
  const clean = cleanPartition(planar, { maxGapKm2: options.maxGapKm2 });
  let faces = clean.faces;

  // Neighbouring land goes through a second overlay on top of the clean
  // regions: where the two disagree, the regions win and the leftovers of a
  // disagreement go to the neighbour.
  const neighbourLabel = (id: string) => `~${id}`;
  let neighbourCleaning: CleanReport | null = null;
  if (options.neighbours?.length) {
    const outline = options.neighbours.some((n) => n.border) ? outlineOf(clean.faces) : [];
    const glue: PlanarPolygon[] = clean.faces.map((f) => ({ label: f.label, priority: 1, rings: f.rings }));
    for (const n of options.neighbours) {
      const geometry = n.border ? fitLandBorder(n.geometry, n.border, outline) : n.geometry;
      for (const rings of polygonsOf(geometry)) {
        const box = options.clipBox;
        const outer = box ? clipRing(rings[0], box) : rings[0];
        if (!outer) continue;
        const holes = rings
          .slice(1)
          .map((r) => (box ? clipRing(r, box) : r))
          .filter((r): r is Position[] => r !== null);
        const clipped = [outer, ...holes];
        if (keepIsland(clipped)) glue.push({ label: neighbourLabel(n.id), priority: 0, rings: clipped });
      }
    }
    const glued = cleanPartition(glue, { maxGapKm2: options.maxGapKm2 });
    faces = glued.faces;
    neighbourCleaning = glued.report;
  }

  // 4. Dissolve the faces per label. The faces share identical edges, so
  //    mergeArcs removes every internal border without leaving slivers.
  const facesTopo = topology({
    faces: {
      type: 'FeatureCollection',
      features: faces.map((f) => ({
        type: 'Feature',
        properties: { label: f.label },
        geometry: { type: 'Polygon', coordinates: f.rings },
      })),
    } as FeatureCollection,
  });
  const byLabel = new Map<string, GeometryObject[]>();
  for (const g of (facesTopo.objects.faces as GeometryCollection<{ label: string }>).geometries) {
    const l = (g.properties as { label: string }).label;
    (byLabel.get(l) ?? byLabel.set(l, []).get(l)!).push(g);
  }
  const dissolved = (label: string): MultiPolygon =>
    merge(facesTopo, byLabel.get(label) as Array<TopoPolygon | TopoMultiPolygon>);

  const kabupatenFC: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: expected.map((kode) => ({
      type: 'Feature',
      id: kode,
      properties: { nama: options.names[kode] },
      geometry: dissolved(kode),
    })),
  };
  const neighbours = [...(options.neighbours ?? [])]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .filter((n) => byLabel.has(neighbourLabel(n.id)));
  const tetanggaFC: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: neighbours.map((n) => ({
      type: 'Feature',
      id: n.id,
      properties: { nama: n.nama },
      geometry: dissolved(neighbourLabel(n.id)),
    })),
  };

  // 5. Fresh topology from the dissolved regions: arcs now break only where
  //    three regions (or region and sea) meet, not at every former face.
  const full = topology({ kabupaten: kabupatenFC, tetangga: tetanggaFC });
  rewindTopology(full);
  const dissolvedKm2 = new Map<string, number>();
  for (const g of (full.objects.kabupaten as GeometryCollection).geometries) {
    dissolvedKm2.set(String(g.id), areaKm2((feature(full, g) as Feature<MultiPolygon>).geometry));
  }

  // 6. Simplify with shared arcs (neighbours stay glued), then quantize.
  const weighted = presimplify(full as Parameters<typeof presimplify>[0], sphericalTriangleArea);
  const rings: number[][][] = [];
  Object.values(weighted.objects).forEach((o) => collectRings(o, rings));
  protectSmallRings(weighted.arcs, rings);
  const simplified = simplify(weighted, options.simplifyKm2 / KM2_PER_STERADIAN);
  const quantized = quantize(simplified, options.quantization);
  rewindTopology(quantized);

  const kabGeoms = (quantized.objects.kabupaten as GeometryCollection).geometries as Array<
    TopoMultiPolygon | TopoPolygon
  >;
  const provinsi = { ...mergeArcs(quantized, kabGeoms), id: province, properties: { nama: options.provinceName } };
  const result: Topology = {
    type: 'Topology',
    bbox: quantized.bbox,
    transform: quantized.transform,
    objects: {
      kabupaten: quantized.objects.kabupaten,
      provinsi: { type: 'GeometryCollection', geometries: [provinsi] } as GeometryCollection,
      tetangga: quantized.objects.tetangga,
    },
    arcs: quantized.arcs,
  };
  rewindTopology(result);

  const regions: RegionReport[] = kabGeoms.map((g) => {
    const kode = String(g.id);
    const finalKm2 = areaKm2((feature(result, g) as Feature<MultiPolygon>).geometry);
    const before = dissolvedKm2.get(kode)!;
    return {
      kode,
      nama: options.names[kode],
      sourceKm2: round(sourceKm2.get(kode) ?? 0, 2),
      dissolvedKm2: round(before, 2),
      finalKm2: round(finalKm2, 2),
      deviationPct: round(((finalKm2 - before) / before) * 100, 3),
    };
  });

  return {
    topology: result,
    report: {
      featuresRead: features.length,
      featuresWithoutCode: withoutCode,
      reassignment,
      islandsDropped: { count: islandsDropped.count, km2: round(islandsDropped.km2, 3) },
      cleaning: {
        ...clean.report,
        gapsFilled: roundStat(clean.report.gapsFilled),
        overlapsResolved: roundStat(clean.report.overlapsResolved),
        waterKept: {
          ...roundStat(clean.report.waterKept),
          faces: clean.report.waterKept.faces.map((f) => ({ km2: round(f.km2, 3), bbox: f.bbox })),
        },
      },
      neighbourCleaning: neighbourCleaning && {
        ...neighbourCleaning,
        gapsFilled: roundStat(neighbourCleaning.gapsFilled),
        overlapsResolved: roundStat(neighbourCleaning.overlapsResolved),
        waterKept: {
          ...roundStat(neighbourCleaning.waterKept),
          faces: neighbourCleaning.waterKept.faces.map((f) => ({ km2: round(f.km2, 3), bbox: f.bbox })),
        },
      },
      regions,
      maxDeviationPct: Math.max(...regions.map((r) => Math.abs(r.deviationPct))),
      arcs: result.arcs.length,
      points: result.arcs.reduce((s, a) => s + a.length, 0),
    },
  };
}

/** Exterior rings of the union of all faces. */
function outlineOf(faces: CleanFace[]): Position[][] {
  const topo = topology({
    faces: {
      type: 'FeatureCollection',
      features: faces.map((f) => ({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Polygon', coordinates: f.rings },
      })),
    } as FeatureCollection,
  });
  const union = merge(
    topo,
    (topo.objects.faces as GeometryCollection).geometries as Array<TopoPolygon | TopoMultiPolygon>,
  );
  return union.coordinates.map((p) => p[0]);
}

function pick(rule: ReassignRule) {
  return { from: rule.from, to: rule.to };
}

function round(v: number, digitsAfter: number): number {
  const f = 10 ** digitsAfter;
  return Math.round(v * f) / f;
}

function roundStat<T extends { count: number; km2: number }>(s: T): { count: number; km2: number } {
  return { count: s.count, km2: round(s.km2, 3) };
}

/** A topology holding only the named objects and the arcs they use, renumbered. */
export function extractObjects(topo: Topology, names: string[]): Topology {
  const used = new Map<number, number>();
  const arcs: Topology['arcs'] = [];
  const remap = (ref: number) => {
    const i = ref < 0 ? ~ref : ref;
    let j = used.get(i);
    if (j === undefined) {
      j = arcs.length;
      used.set(i, j);
      arcs.push(topo.arcs[i]);
    }
    return ref < 0 ? ~j : j;
  };
  const copy = (g: GeometryObject): GeometryObject => {
    switch (g.type) {
      case 'GeometryCollection':
        return { ...g, geometries: g.geometries.map(copy) };
      case 'Polygon':
        return { ...g, arcs: g.arcs.map((ring) => ring.map(remap)) };
      case 'MultiPolygon':
        return { ...g, arcs: g.arcs.map((p) => p.map((ring) => ring.map(remap))) };
      case 'LineString':
        return { ...g, arcs: g.arcs.map(remap) };
      case 'MultiLineString':
        return { ...g, arcs: g.arcs.map((l) => l.map(remap)) };
      default:
        return g;
    }
  };
  const objects: Topology['objects'] = {};
  for (const name of names) objects[name] = copy(topo.objects[name]);
  return { type: 'Topology', bbox: topo.bbox, transform: topo.transform, objects, arcs };
}

/** Deterministic JSON: keys sorted, one arc per line so that a boundary change shows up as a readable diff. */
export function serializeTopology(topo: Topology): string {
  const head = { type: topo.type, bbox: topo.bbox, transform: topo.transform, objects: topo.objects };
  const parts = Object.entries(head)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`);
  const arcs = topo.arcs.map((a) => JSON.stringify(a)).join(',\n');
  return `{${parts.join(',\n')},\n"arcs":[\n${arcs}\n]}\n`;
}

export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

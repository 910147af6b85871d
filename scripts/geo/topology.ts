// Core of the NTT kabupaten map generator, free of file I/O so that tests can
// run it on small fixtures. build-topology.ts is the command-line wrapper.

import type { Feature, FeatureCollection, GeoJsonProperties, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type {
  GeometryCollection,
  GeometryObject as TopoGeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';

type GeometryObject = TopoGeometryObject<GeoJsonProperties>;
import { fitLandBorder, type BorderMask } from './border.ts';
import { cleanPartition, type CleanReport, type PlanarPolygon } from './planar.ts';
import { areaKm2, clipRing, KM2_PER_STERADIAN, outlineOf, polygonsOf, ringKm2 } from './rings.ts';
import { collectRings, protectSmallRings, rewindTopology } from './topojson-tools.ts';
import { sourceUnits, type MovedUnit, type ReassignRule } from './units.ts';

export type AreaFeature = Feature<Polygon | MultiPolygon | null, Record<string, unknown> | null>;

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

export function buildTopology(
  features: AreaFeature[],
  options: BuildOptions,
): { topology: Topology; report: BuildReport } {
  const province = options.provinceCode;
  const expected = Object.keys(options.names).sort();
  // Steps 1–2 (source units, regencies the source predates) in units.ts.
  const { units, withoutCode, reassignment } = sourceUnits(features, options);

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

function round(v: number, digitsAfter: number): number {
  const f = 10 ** digitsAfter;
  return Math.round(v * f) / f;
}

function roundStat<T extends { count: number; km2: number }>(s: T): { count: number; km2: number } {
  return { count: s.count, km2: round(s.km2, 3) };
}

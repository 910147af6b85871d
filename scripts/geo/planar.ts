// Planar overlay that turns polygons which do not share their boundaries
// exactly (GADM as shipped by geojson-indonesia was simplified feature by
// feature, so neighbours leave slivers and overlap each other) into a clean
// partition: every piece of land belongs to exactly one label and neighbours
// share identical edges, which topojson-server can then turn into shared arcs.
//
// The overlay works on integer coordinates (degrees × scale) so that the
// orientation tests are exact; 1e6 keeps GADM's 4-decimal coordinates intact.

import { geoArea } from 'd3-geo';
import type { Position } from 'geojson';
import { nodedSegments } from './planar-noding.ts';
import { planarGraph } from './planar-graph.ts';

export interface PlanarPolygon {
  /** Region the polygon belongs to, e.g. a BPS kabupaten code. */
  label: string;
  /** In an overlap, the label with the higher priority wins outright. */
  priority: number;
  /** rings[0] exterior, the rest holes; lon/lat degrees, any winding. */
  rings: Position[][];
}

export interface CleanOptions {
  /** Integer grid per degree; vertices are snapped to it. */
  scale?: number;
  /** Enclosed empty faces up to this size are slivers and get filled; larger ones stay water (lakes). */
  maxGapKm2?: number;
}

export interface CleanFace {
  label: string;
  /** Exterior clockwise, holes anticlockwise (d3-geo's spherical convention). */
  rings: Position[][];
}

export interface CleanReport {
  nodingRounds: number;
  faces: number;
  gapsFilled: { count: number; km2: number };
  overlapsResolved: { count: number; km2: number };
  waterKept: { count: number; km2: number; faces: Array<{ km2: number; bbox: number[] }> };
  inconsistentEdges: number;
}

const EARTH_RADIUS_KM = 6371.0088;

function ringKm2(ring: Position[]): number {
  const a = geoArea({ type: 'Polygon', coordinates: [ring] });
  return Math.min(a, 4 * Math.PI - a) * EARTH_RADIUS_KM * EARTH_RADIUS_KM;
}

export function cleanPartition(
  polygons: PlanarPolygon[],
  options: CleanOptions = {},
): { faces: CleanFace[]; report: CleanReport } {
  const scale = options.scale ?? 1e6;
  const maxGapKm2 = options.maxGapKm2 ?? Infinity;
  // Steps 1–2 (segments, noding) in planar-noding.ts, 3–7 (graph, faces, coverage) in planar-graph.ts.
  const { segs, rounds } = nodedSegments(polygons, scale);
  const {
    nx,
    ny,
    from,
    to,
    faceOf,
    faceEdges,
    F,
    isOuter,
    ringOf,
    bboxOf,
    containerOf,
    holesOf,
    coverage,
    inconsistentEdges,
  } = planarGraph(segs);

  // 8. Labels. Overlaps and enclosed slivers go to the neighbour they share
  //    the longest border with, so the result stays close to both sources.
  const label: Array<string | null> = new Array(F).fill(null);
  const candidates: Array<Set<string> | null> = new Array(F).fill(null);
  const kind: Array<'land' | 'overlap' | 'gap' | 'water'> = new Array(F).fill('water');
  const kmOf = new Map<number, number>();
  const faceKm2 = (f: number) => {
    let v = kmOf.get(f);
    if (v === undefined) {
      v = ringKm2(ringOf(f).map(([x, y]) => [x / scale, y / scale]));
      kmOf.set(f, v);
    }
    return v;
  };
  for (let f = 0; f < F; f++) {
    if (isOuter[f]) continue;
    let best = -Infinity;
    let labels = new Set<string>();
    for (const [pid, n] of coverage[f] ?? []) {
      if (n <= 0) continue;
      const p = polygons[pid];
      if (p.priority > best) {
        best = p.priority;
        labels = new Set([p.label]);
      } else if (p.priority === best) labels.add(p.label);
    }
    if (labels.size === 1) {
      label[f] = [...labels][0];
      kind[f] = 'land';
    } else if (labels.size > 1) {
      candidates[f] = labels;
      kind[f] = 'overlap';
    } else if (faceKm2(f) <= maxGapKm2) {
      kind[f] = 'gap';
    }
  }
  // An outside that sits inside a container face takes that face's label.
  const effectiveLabel = (f: number): string | null => {
    if (isOuter[f]) {
      const c = containerOf.get(f);
      return c === undefined ? null : label[c];
    }
    return label[f];
  };
  const priorityOf = new Map<string, number>();
  for (const p of polygons) priorityOf.set(p.label, Math.max(priorityOf.get(p.label) ?? -Infinity, p.priority));
  const border = (f: number) => {
    const m = new Map<number, number>();
    for (const h of faceEdges[f]) {
      const g = faceOf[h ^ 1];
      const len = Math.hypot(nx[to[h]] - nx[from[h]], ny[to[h]] - ny[from[h]]);
      m.set(g, (m.get(g) ?? 0) + len);
    }
    return m;
  };
  let pending = [];
  for (let f = 0; f < F; f++) if (kind[f] === 'overlap' || kind[f] === 'gap') pending.push(f);
  const gapsFilled = { count: 0, km2: 0 };
  const overlapsResolved = { count: 0, km2: 0 };
  while (pending.length) {
    const decided: Array<[number, string]> = [];
    const rest: number[] = [];
    for (const f of pending) {
      let score = new Map<string, number>();
      for (const [g, len] of border(f)) {
        const l = effectiveLabel(g);
        if (l === null) continue;
        if (candidates[f] && !candidates[f]!.has(l)) continue;
        score.set(l, (score.get(l) ?? 0) + len);
      }
      // A gap between a main region and context land (two sources that
      // disagree on a border) goes to the context land, so the main regions
      // keep the area their own source gives them.
      if (kind[f] === 'gap' && score.size > 1) {
        const low = Math.min(...[...score.keys()].map((l) => priorityOf.get(l) ?? 0));
        score = new Map([...score].filter(([l]) => (priorityOf.get(l) ?? 0) === low));
      }
      let pick: string | null = null;
      let pickScore = -1;
      for (const [l, s] of [...score.entries()].sort((p, q) => (p[0] < q[0] ? -1 : 1))) {
        if (s > pickScore || (s === pickScore && (priorityOf.get(l) ?? 0) > (priorityOf.get(pick!) ?? 0))) {
          pick = l;
          pickScore = s;
        }
      }
      if (pick === null) rest.push(f);
      else decided.push([f, pick]);
    }
    if (!decided.length) break;
    for (const [f, l] of decided) {
      label[f] = l;
      const stat = kind[f] === 'gap' ? gapsFilled : overlapsResolved;
      stat.count++;
      stat.km2 += faceKm2(f);
    }
    pending = rest;
  }
  // Overlaps fenced in by other overlaps only: fall back to the first candidate.
  for (const f of pending) {
    if (kind[f] === 'overlap') {
      const l = [...candidates[f]!].sort()[0];
      label[f] = l;
      overlapsResolved.count++;
      overlapsResolved.km2 += faceKm2(f);
    }
  }
  const waterKept = { count: 0, km2: 0, faces: [] as Array<{ km2: number; bbox: number[] }> };
  for (let f = 0; f < F; f++) {
    if (!isOuter[f] && label[f] === null) {
      waterKept.count++;
      waterKept.km2 += faceKm2(f);
      waterKept.faces.push({ km2: faceKm2(f), bbox: bboxOf[f].map((v) => v / scale) });
    }
  }

  // 9. Output rings in degrees, d3 winding: faces were traced anticlockwise
  //    and outsides clockwise, so both get reversed.
  const toDeg = (pts: number[][]) => {
    const ring = pts.map(([x, y]) => [x / scale, y / scale]).reverse();
    ring.push(ring[0]);
    return ring;
  };
  const faces: CleanFace[] = [];
  for (let f = 0; f < F; f++) {
    const l = label[f];
    if (isOuter[f] || l === null) continue;
    const rings = [toDeg(ringOf(f))];
    for (const hole of holesOf.get(f) ?? []) rings.push(toDeg(ringOf(hole)));
    faces.push({ label: l, rings });
  }

  return {
    faces,
    report: {
      nodingRounds: rounds,
      faces: faces.length,
      gapsFilled,
      overlapsResolved,
      waterKept,
      inconsistentEdges,
    },
  };
}

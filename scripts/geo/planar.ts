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

interface Seg {
  ax: number;
  ay: number;
  bx: number;
  by: number;
  /** polygon id → net times that polygon lies to the right of a→b */
  contrib: Map<number, number>;
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  // Exact for integer input as long as coordinate differences stay below ~9e7.
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function strictlyInside(s: Seg, px: number, py: number): boolean {
  if ((px === s.ax && py === s.ay) || (px === s.bx && py === s.by)) return false;
  return (
    px >= Math.min(s.ax, s.bx) && px <= Math.max(s.ax, s.bx) && py >= Math.min(s.ay, s.by) && py <= Math.max(s.ay, s.by)
  );
}

function ringArea2(pts: number[][]): number {
  let a = 0;
  for (let i = 0, n = pts.length, j = n - 1; i < n; j = i++) {
    a += pts[j][0] * pts[i][1] - pts[i][0] * pts[j][1];
  }
  return a;
}

function addSeg(
  out: Map<string, Seg>,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  contrib: Map<number, number>,
  sign: number,
): void {
  if (ax === bx && ay === by) return;
  let flip = 1;
  if (ax > bx || (ax === bx && ay > by)) {
    [ax, ay, bx, by] = [bx, by, ax, ay];
    flip = -1;
  }
  const key = `${ax},${ay},${bx},${by}`;
  let seg = out.get(key);
  if (!seg) {
    seg = { ax, ay, bx, by, contrib: new Map() };
    out.set(key, seg);
  }
  for (const [pid, n] of contrib) {
    seg.contrib.set(pid, (seg.contrib.get(pid) ?? 0) + n * sign * flip);
  }
}

/**
 * Splits every segment where it crosses or touches another one. Crossing
 * points are rounded to the grid, which can bend a segment just enough to
 * create a new crossing, hence the caller repeats until nothing splits.
 */
function nodeOnce(segs: Seg[], cell: number): { segs: Seg[]; splits: number } {
  const buckets = new Map<number, number[]>();
  const cellKey = (cx: number, cy: number) => (cx + 50000) * 100000 + (cy + 50000);
  segs.forEach((s, i) => {
    const x0 = Math.floor(Math.min(s.ax, s.bx) / cell);
    const x1 = Math.floor(Math.max(s.ax, s.bx) / cell);
    const y0 = Math.floor(Math.min(s.ay, s.by) / cell);
    const y1 = Math.floor(Math.max(s.ay, s.by) / cell);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const k = cellKey(cx, cy);
        const list = buckets.get(k);
        if (list) list.push(i);
        else buckets.set(k, [i]);
      }
    }
  });

  const cuts: Array<number[][] | undefined> = new Array(segs.length);
  const cut = (i: number, x: number, y: number) => {
    (cuts[i] ??= []).push([x, y]);
  };
  let splits = 0;

  for (const [k, list] of buckets) {
    for (let p = 0; p < list.length; p++) {
      const s = segs[list[p]];
      const sx0 = Math.min(s.ax, s.bx),
        sx1 = Math.max(s.ax, s.bx);
      const sy0 = Math.min(s.ay, s.by),
        sy1 = Math.max(s.ay, s.by);
      for (let q = p + 1; q < list.length; q++) {
        const t = segs[list[q]];
        const tx0 = Math.min(t.ax, t.bx),
          tx1 = Math.max(t.ax, t.bx);
        const ty0 = Math.min(t.ay, t.by),
          ty1 = Math.max(t.ay, t.by);
        if (tx0 > sx1 || tx1 < sx0 || ty0 > sy1 || ty1 < sy0) continue;
        // A pair sharing several cells is tested only in the cell holding the
        // lower-left corner of the overlap of their bounding boxes.
        const ox = Math.max(sx0, tx0),
          oy = Math.max(sy0, ty0);
        if (cellKey(Math.floor(ox / cell), Math.floor(oy / cell)) !== k) continue;

        const o1 = orient(s.ax, s.ay, s.bx, s.by, t.ax, t.ay);
        const o2 = orient(s.ax, s.ay, s.bx, s.by, t.bx, t.by);
        const o3 = orient(t.ax, t.ay, t.bx, t.by, s.ax, s.ay);
        const o4 = orient(t.ax, t.ay, t.bx, t.by, s.bx, s.by);
        if (o1 * o2 < 0 && o3 * o4 < 0) {
          const dx = s.bx - s.ax,
            dy = s.by - s.ay;
          const ex = t.bx - t.ax,
            ey = t.by - t.ay;
          const den = dx * ey - dy * ex;
          const u = ((t.ax - s.ax) * ey - (t.ay - s.ay) * ex) / den;
          const x = Math.round(s.ax + u * dx);
          const y = Math.round(s.ay + u * dy);
          if (!(x === s.ax && y === s.ay) && !(x === s.bx && y === s.by)) cut(list[p], x, y);
          if (!(x === t.ax && y === t.ay) && !(x === t.bx && y === t.by)) cut(list[q], x, y);
          splits++;
          continue;
        }
        // An endpoint of one segment lying on the other splits that other segment there.
        const touches: [boolean, number, number, number][] = [
          [o1 === 0 && strictlyInside(s, t.ax, t.ay), list[p], t.ax, t.ay],
          [o2 === 0 && strictlyInside(s, t.bx, t.by), list[p], t.bx, t.by],
          [o3 === 0 && strictlyInside(t, s.ax, s.ay), list[q], s.ax, s.ay],
          [o4 === 0 && strictlyInside(t, s.bx, s.by), list[q], s.bx, s.by],
        ];
        for (const [on, i, x, y] of touches) {
          if (!on) continue;
          cut(i, x, y);
          splits++;
        }
      }
    }
  }

  if (!splits) return { segs, splits };
  const out = new Map<string, Seg>();
  segs.forEach((s, i) => {
    const c = cuts[i];
    if (!c) {
      addSeg(out, s.ax, s.ay, s.bx, s.by, s.contrib, 1);
      return;
    }
    const dx = s.bx - s.ax,
      dy = s.by - s.ay;
    c.sort((p, q) => (p[0] - s.ax) * dx + (p[1] - s.ay) * dy - ((q[0] - s.ax) * dx + (q[1] - s.ay) * dy));
    let px = s.ax,
      py = s.ay;
    for (const [x, y] of c) {
      addSeg(out, px, py, x, y, s.contrib, 1);
      px = x;
      py = y;
    }
    addSeg(out, px, py, s.bx, s.by, s.contrib, 1);
  });
  return { segs: [...out.values()], splits };
}

/** Half-plane then cross product: an exact angular order for integer vectors. */
function compareDirections(ax: number, ay: number, bx: number, by: number): number {
  const ha = ay > 0 || (ay === 0 && ax > 0) ? 0 : 1;
  const hb = by > 0 || (by === 0 && bx > 0) ? 0 : 1;
  if (ha !== hb) return ha - hb;
  const c = ax * by - ay * bx;
  return c > 0 ? -1 : c < 0 ? 1 : 0;
}

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

  // 1. Segments with the owning polygon always on the right-hand side, so a
  //    polygon's coverage can be tracked by crossing its edges.
  const initial = new Map<string, Seg>();
  polygons.forEach((poly, pid) => {
    poly.rings.forEach((ring, r) => {
      const pts: number[][] = [];
      for (const [x, y] of ring) {
        const p = [Math.round(x * scale), Math.round(y * scale)];
        const last = pts[pts.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
      }
      while (pts.length > 1 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1]) pts.pop();
      if (pts.length < 3) return;
      const a2 = ringArea2(pts);
      if (a2 === 0) return;
      // Exterior clockwise (interior on the right); holes anticlockwise.
      if ((r === 0 && a2 > 0) || (r > 0 && a2 < 0)) pts.reverse();
      const own = new Map([[pid, 1]]);
      for (let i = 0; i < pts.length; i++) {
        const a = pts[i],
          b = pts[(i + 1) % pts.length];
        addSeg(initial, a[0], a[1], b[0], b[1], own, 1);
      }
    });
  });

  // 2. Node until stable.
  let segs = [...initial.values()];
  const cell = Math.round(0.05 * scale);
  let rounds = 0;
  for (;;) {
    rounds++;
    const r = nodeOnce(segs, cell);
    segs = r.segs;
    if (!r.splits) break;
    if (rounds > 25) throw new Error('Overlay poligon tidak stabil setelah 25 putaran pemotongan segmen.');
  }
  // Edges whose contributions cancel (e.g. spikes left by clipping) separate
  // nothing; dropping them merges the faces on either side.
  for (const s of segs) for (const [pid, n] of s.contrib) if (n === 0) s.contrib.delete(pid);
  segs = segs.filter((s) => s.contrib.size > 0);

  // 3. Planar graph. Half-edge 2e runs a→b, 2e+1 runs b→a.
  const nodeIndex = new Map<string, number>();
  const nx: number[] = [];
  const ny: number[] = [];
  const nodeOf = (x: number, y: number) => {
    const k = `${x},${y}`;
    let i = nodeIndex.get(k);
    if (i === undefined) {
      i = nx.length;
      nodeIndex.set(k, i);
      nx.push(x);
      ny.push(y);
    }
    return i;
  };
  const E = segs.length;
  const from = new Int32Array(2 * E);
  const to = new Int32Array(2 * E);
  segs.forEach((s, e) => {
    const a = nodeOf(s.ax, s.ay),
      b = nodeOf(s.bx, s.by);
    from[2 * e] = a;
    to[2 * e] = b;
    from[2 * e + 1] = b;
    to[2 * e + 1] = a;
  });
  const out: number[][] = nx.map(() => []);
  for (let h = 0; h < 2 * E; h++) out[from[h]].push(h);
  const posInNode = new Int32Array(2 * E);
  out.forEach((list, v) => {
    list.sort((h1, h2) =>
      compareDirections(nx[to[h1]] - nx[v], ny[to[h1]] - ny[v], nx[to[h2]] - nx[v], ny[to[h2]] - ny[v]),
    );
    list.forEach((h, i) => (posInNode[h] = i));
  });
  // Turning to the next edge clockwise keeps the face on the left, so bounded
  // faces come out anticlockwise and each component's outside clockwise.
  const next = (h: number) => {
    const list = out[to[h]];
    const k = posInNode[h ^ 1];
    return list[(k - 1 + list.length) % list.length];
  };

  // 4. Faces.
  const faceOf = new Int32Array(2 * E).fill(-1);
  const faceEdges: number[][] = [];
  const faceArea2: number[] = [];
  for (let h0 = 0; h0 < 2 * E; h0++) {
    if (faceOf[h0] !== -1) continue;
    const f = faceEdges.length;
    const hs: number[] = [];
    let a2 = 0;
    let h = h0;
    do {
      faceOf[h] = f;
      hs.push(h);
      a2 += nx[from[h]] * ny[to[h]] - nx[to[h]] * ny[from[h]];
      h = next(h);
    } while (h !== h0);
    faceEdges.push(hs);
    faceArea2.push(a2);
  }
  const F = faceEdges.length;

  // 5. Connected components; the clockwise face of each is its outside.
  const parentUF = nx.map((_, i) => i);
  const find = (i: number): number => {
    while (parentUF[i] !== i) i = parentUF[i] = parentUF[parentUF[i]];
    return i;
  };
  for (let e = 0; e < E; e++) {
    const a = find(from[2 * e]),
      b = find(to[2 * e]);
    if (a !== b) parentUF[Math.max(a, b)] = Math.min(a, b);
  }
  const compOfFace = faceEdges.map((hs) => find(from[hs[0]]));
  const outerOfComp = new Map<number, number>();
  for (let f = 0; f < F; f++) {
    const c = compOfFace[f];
    const cur = outerOfComp.get(c);
    if (cur === undefined || faceArea2[f] < faceArea2[cur]) outerOfComp.set(c, f);
  }
  const isOuter = new Uint8Array(F);
  for (const f of outerOfComp.values()) isOuter[f] = 1;

  const ringOf = (f: number): number[][] => faceEdges[f].map((h) => [nx[from[h]], ny[from[h]]]);
  const bboxOf = faceEdges.map((hs) => {
    let x0 = Infinity,
      y0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity;
    for (const h of hs) {
      const x = nx[from[h]],
        y = ny[from[h]];
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    return [x0, y0, x1, y1];
  });

  // 6. A component lying inside a face of another one (an island in a lake,
  //    an islet drawn inside a neighbour) becomes a hole of that face.
  const containerOf = new Map<number, number>();
  const holesOf = new Map<number, number[]>();
  const comps = [...outerOfComp.entries()].sort((p, q) => faceArea2[p[1]] - faceArea2[q[1]] || p[0] - q[0]);
  for (const [comp, outer] of comps) {
    let minX = Infinity,
      minY = Infinity;
    for (const h of faceEdges[outer]) {
      const x = nx[from[h]],
        y = ny[from[h]];
      if (x < minX || (x === minX && y < minY)) {
        minX = x;
        minY = y;
      }
    }
    const px = minX - 0.5,
      py = minY;
    let best = -1;
    for (let f = 0; f < F; f++) {
      if (isOuter[f] || compOfFace[f] === comp) continue;
      const b = bboxOf[f];
      if (px < b[0] || px > b[2] || py < b[1] || py > b[3]) continue;
      if (best !== -1 && faceArea2[f] >= faceArea2[best]) continue;
      let inside = false;
      const hs = faceEdges[f];
      for (const h of hs) {
        const x1 = nx[from[h]],
          y1 = ny[from[h]],
          x2 = nx[to[h]],
          y2 = ny[to[h]];
        if (y1 > py !== y2 > py && px < ((x2 - x1) * (py - y1)) / (y2 - y1) + x1) inside = !inside;
      }
      if (inside) best = f;
    }
    if (best !== -1) {
      containerOf.set(outer, best);
      (holesOf.get(best) ?? holesOf.set(best, []).get(best)!).push(outer);
    }
  }

  // 7. Coverage: walk from each component's outside across its edges,
  //    entering or leaving every polygon whose boundary the edge carries.
  const coverage: Array<Map<number, number> | undefined> = new Array(F);
  let inconsistentEdges = 0;
  const sameCoverage = (a: Map<number, number>, b: Map<number, number>) => {
    const keys = new Set([...a.keys(), ...b.keys()]);
    for (const k of keys) if ((a.get(k) ?? 0) !== (b.get(k) ?? 0)) return false;
    return true;
  };
  // Containers are larger than what they contain, so visiting components
  // from the largest outside down resolves every container first.
  for (const [, outer] of [...comps].reverse()) {
    const container = containerOf.get(outer);
    coverage[outer] = container === undefined ? new Map() : new Map(coverage[container]);
    const queue = [outer];
    for (let qi = 0; qi < queue.length; qi++) {
      const f = queue[qi];
      const cov = coverage[f]!;
      for (const h of faceEdges[f]) {
        const g = faceOf[h ^ 1];
        const seg = segs[h >> 1];
        const sign = h & 1 ? -1 : 1;
        const nc = new Map(cov);
        for (const [pid, n] of seg.contrib) {
          const v = (nc.get(pid) ?? 0) + sign * n;
          if (v) nc.set(pid, v);
          else nc.delete(pid);
        }
        if (coverage[g] === undefined) {
          coverage[g] = nc;
          queue.push(g);
        } else if (!sameCoverage(coverage[g]!, nc)) {
          inconsistentEdges++;
        }
      }
    }
  }

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

// Segments of a planar overlay on an integer grid (degrees × scale), so that the orientation
// tests are exact, and noding: every segment split where it crosses or touches another one.
// See planar.ts for the overlay as a whole.

import type { Position } from 'geojson';

export interface Seg {
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

/**
 * Every ring as grid segments with the owning polygon always on the right-hand side, so a
 * polygon's coverage can be tracked by crossing its edges; noded until stable.
 */
export function nodedSegments(
  polygons: ReadonlyArray<{ rings: Position[][] }>,
  scale: number,
): { segs: Seg[]; rounds: number } {
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
  return { segs, rounds };
}

/** Half-plane then cross product: an exact angular order for integer vectors. */
export function compareDirections(ax: number, ay: number, bx: number, by: number): number {
  const ha = ay > 0 || (ay === 0 && ax > 0) ? 0 : 1;
  const hb = by > 0 || (by === 0 && bx > 0) ? 0 : 1;
  if (ha !== hb) return ha - hb;
  const c = ax * by - ay * bx;
  return c > 0 ? -1 : c < 0 ? 1 : 0;
}

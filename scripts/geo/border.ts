// Neighbouring land comes from another dataset than the kabupaten (Timor-Leste
// from Natural Earth, NTT from GADM). Their land borders disagree by up to a
// few kilometres, which would leave channels of "sea" across Timor. The
// neighbour's land border is therefore replaced by the matching stretch of
// the main regions' own outline, so both sides share one line.

import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type {
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';

/** Per vertex of each ring (closing vertex included): true where the ring runs along a land border. */
export type BorderMask = boolean[][][];

/**
 * Decodes `geometry` from a topology and marks the vertices on arcs it shares
 * with `other` (in world-atlas: Timor-Leste's arcs shared with Indonesia).
 */
export function geometryWithBorder(
  topo: Topology,
  geometry: GeometryObject,
  other: GeometryObject,
): { geometry: MultiPolygon; border: BorderMask } {
  const shared = new Set<number>();
  const polysOf = (g: GeometryObject): number[][][] =>
    g.type === 'Polygon' ? [(g as TopoPolygon).arcs] : g.type === 'MultiPolygon' ? (g as TopoMultiPolygon).arcs : [];
  for (const p of polysOf(other)) for (const r of p) for (const a of r) shared.add(a < 0 ? ~a : a);

  const coordinates: Position[][][] = [];
  const border: BorderMask = [];
  for (const polygon of polysOf(geometry)) {
    const rings: Position[][] = [];
    const masks: boolean[][] = [];
    for (const ring of polygon) {
      const pts: Position[] = [];
      const mask: boolean[] = [];
      ring.forEach((ref, k) => {
        const isBorder = shared.has(ref < 0 ? ~ref : ref);
        const line = (feature(topo, { type: 'LineString', arcs: [ref] }) as { geometry: { coordinates: Position[] } })
          .geometry.coordinates;
        // Consecutive arcs share their junction; it is on the border if either arc is.
        if (k > 0 && isBorder) mask[mask.length - 1] = true;
        for (const p of k > 0 ? line.slice(1) : line) {
          pts.push(p);
          mask.push(isBorder);
        }
      });
      if (mask.length && mask[mask.length - 1]) mask[0] = true;
      if (mask.length && mask[0]) mask[mask.length - 1] = true;
      rings.push(pts);
      masks.push(mask);
    }
    coordinates.push(rings);
    border.push(masks);
  }
  return { geometry: { type: 'MultiPolygon', coordinates }, border };
}

function dist2(a: Position, b: Position): number {
  const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  const dx = (a[0] - b[0]) * k;
  const dy = a[1] - b[1];
  return dx * dx + dy * dy;
}

/** Open ring (closing vertex dropped) walked from i to j, forwards or backwards. */
function walk(ring: Position[], i: number, j: number, forward: boolean): Position[] {
  const n = ring.length;
  const out: Position[] = [ring[i]];
  let k = i;
  while (k !== j) {
    k = forward ? (k + 1) % n : (k - 1 + n) % n;
    out.push(ring[k]);
  }
  return out;
}

/**
 * Replaces every border run of the neighbour's rings by the stretch of
 * `outline` (exterior rings of the main regions) between the outline vertices
 * nearest the run's two ends, taking whichever way round follows the run
 * more closely.
 */
export function fitLandBorder(
  geometry: Polygon | MultiPolygon,
  border: BorderMask,
  outline: Position[][],
  maxSnapDeg = 0.1,
): MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const openOutline = outline.map((r) => r.slice(0, -1));
  const nearest = (p: Position, only?: number): [number, number, number] => {
    let best: [number, number] = [-1, -1];
    let bestD = Infinity;
    openOutline.forEach((ring, ri) => {
      if (only !== undefined && ri !== only) return;
      ring.forEach((q, qi) => {
        const d = dist2(p, q);
        if (d < bestD) {
          bestD = d;
          best = [ri, qi];
        }
      });
    });
    return [...best, Math.sqrt(bestD)];
  };

  const coordinates = polygons.map((rings, pi) =>
    rings.map((closedRing, ri) => {
      const ring = closedRing.slice(0, -1);
      const mask = border[pi]?.[ri]?.slice(0, -1) ?? [];
      const n = ring.length;
      if (!mask.some(Boolean) || mask.every(Boolean) || !openOutline.length) return closedRing;
      // Start right after a border run so that no run wraps around the end.
      let start = 0;
      while (!(mask[(start - 1 + n) % n] && !mask[start])) start++;
      const out: Position[] = [];
      for (let step = 0; step < n;) {
        const i = (start + step) % n;
        if (!mask[i]) {
          out.push(ring[i]);
          step++;
          continue;
        }
        const run: Position[] = [];
        while (step < n && mask[(start + step) % n]) run.push(ring[(start + step++) % n]);
        const [oi, ia, da] = nearest(run[0]);
        const [, ib, db] = nearest(run[run.length - 1], oi);
        // Too far from the outline to be the same border (another island,
        // or a test fixture elsewhere): keep the neighbour's own line.
        if (da > maxSnapDeg || db > maxSnapDeg) {
          out.push(...run);
          continue;
        }
        const score = (path: Position[]) =>
          run.reduce((s, p) => s + Math.min(...path.map((q) => dist2(p, q))), 0) / run.length;
        const fwd = walk(openOutline[oi], ia, ib, true);
        const bwd = walk(openOutline[oi], ia, ib, false);
        out.push(...(score(fwd) <= score(bwd) ? fwd : bwd));
      }
      return [...out, out[0]];
    }),
  );
  return { type: 'MultiPolygon', coordinates };
}

// Geometry helpers of the generator: areas on the sphere, clipping, the outline of a partition.

import { geoArea } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { merge } from 'topojson-client';
import { topology } from 'topojson-server';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
} from 'topojson-specification';
import type { CleanFace } from './planar.ts';

export const EARTH_RADIUS_KM = 6371.0088;
export const KM2_PER_STERADIAN = EARTH_RADIUS_KM * EARTH_RADIUS_KM;

export function areaKm2(geometry: Polygon | MultiPolygon | null): number {
  return geometry ? geoArea(geometry) * KM2_PER_STERADIAN : 0;
}

export function ringKm2(ring: Position[]): number {
  // The source's winding is not trusted: whichever side is smaller is the ring.
  const a = geoArea({ type: 'Polygon', coordinates: [ring] });
  return Math.min(a, 4 * Math.PI - a) * KM2_PER_STERADIAN;
}

export function polygonsOf(geometry: Polygon | MultiPolygon | null): Position[][][] {
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

/** Exterior rings of the union of all faces. */
export function outlineOf(faces: CleanFace[]): Position[][] {
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

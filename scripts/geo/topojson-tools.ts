// TopoJSON operations of the generator: winding, protecting small rings from simplification,
// extracting objects, and a deterministic serialisation.

import { geoArea } from 'd3-geo';
import type { Feature, GeoJsonProperties, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Arc, GeometryObject as TopoGeometryObject, Topology } from 'topojson-specification';

type GeometryObject = TopoGeometryObject<GeoJsonProperties>;

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

export function collectRings(g: GeometryObject, out: number[][][]): void {
  if (g.type === 'GeometryCollection') g.geometries.forEach((c) => collectRings(c, out));
  else if (g.type === 'Polygon') out.push(g.arcs);
  else if (g.type === 'MultiPolygon') out.push(...g.arcs);
}

/**
 * Visvalingam would shrink a small island drawn with one or two arcs to a
 * line; keeping the heaviest interior points guarantees a triangle at least.
 */
export function protectSmallRings(arcs: Arc[], polygons: number[][][]): void {
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

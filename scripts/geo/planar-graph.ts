// The planar graph of noded segments (planar-noding.ts): faces, which face is each connected
// component's outside, which component lies inside which face, and how many times each input
// polygon covers every face. See planar.ts for the overlay as a whole.

import { compareDirections } from './planar-noding.ts';
import type { Seg } from './planar-noding.ts';

export interface PlanarGraph {
  nx: number[];
  ny: number[];
  /** Half-edge 2e runs a→b, 2e+1 runs b→a. */
  from: Int32Array;
  to: Int32Array;
  faceOf: Int32Array;
  faceEdges: number[][];
  F: number;
  /** 1 for the clockwise outside face of a connected component. */
  isOuter: Uint8Array;
  ringOf: (f: number) => number[][];
  bboxOf: number[][];
  /** Outside face of a component → the face of another component it lies in. */
  containerOf: Map<number, number>;
  holesOf: Map<number, number[]>;
  /** Per face: polygon id → net times that polygon covers the face. */
  coverage: Array<Map<number, number> | undefined>;
  inconsistentEdges: number;
}

export function planarGraph(segs: Seg[]): PlanarGraph {
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
  return {
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
  };
}

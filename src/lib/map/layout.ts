import type { MapModel, ValueLabel } from './model.ts';

const DIRECTIONS = { ArrowRight: 0, ArrowDown: 90, ArrowLeft: 180, ArrowUp: 270 } as const;

export function keyTargets(centroids: Map<string, [number, number]>, neighbours: number[][]) {
  const codes = [...centroids.keys()];
  const out: MapModel['keys'] = {};
  codes.forEach((code, i) => {
    const [x0, y0] = centroids.get(code)!;
    const adjacent = new Set(neighbours[i]!.map((j) => codes[j]!));
    const targets: MapModel['keys'][string] = {};
    for (const [key, angle] of Object.entries(DIRECTIONS) as [keyof typeof DIRECTIONS, number][]) {
      let best: { code: string; score: number } | null = null;
      for (const other of codes) {
        if (other === code) continue;
        const [x, y] = centroids.get(other)!;
        const dist = Math.hypot(x - x0, y - y0);
        const diff = Math.abs((((Math.atan2(y - y0, x - x0) * 180) / Math.PI - angle + 540) % 360) - 180);
        if (diff > 70) continue;
        // Land neighbours win over the nearest region across the sea, so arrows follow borders.
        const score = dist * (1 + diff / 45) * (adjacent.has(other) ? 0.35 : 1);
        if (!best || score < best.score) best = { code: other, score };
      }
      if (best) targets[key] = best.code;
    }
    out[code] = targets;
  });
  return out;
}

/**
 * Value labels at the region centres, nudged up or down when two would overlap. Widths are
 * estimated from the character count (the site's sans at 0.6 em per character).
 */
export function placeLabels(
  items: { kode: string; text: string; x: number; y: number; ragu: boolean }[],
  fontSize: number,
  bounds: { w: number; h: number },
): ValueLabel[] {
  const placed: (ValueLabel & { lo: number; hi: number })[] = [];
  const h = fontSize * 1.2;
  const overlaps = (lo: number, hi: number, y: number) =>
    placed.some((p) => p.lo < hi + 2 && lo < p.hi + 2 && Math.abs(p.y - y) < h);
  for (const it of [...items].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const w = it.text.length * fontSize * 0.62;
    // Within a third of the width from an edge, the label runs inwards from the region centre.
    const anchor = it.x > bounds.w * 0.7 ? 'end' : it.x < bounds.w * 0.3 ? 'start' : 'middle';
    const x = anchor === 'middle' ? Math.min(Math.max(it.x, w / 2 + 2), bounds.w - w / 2 - 2) : it.x;
    const lo = anchor === 'end' ? x - w : anchor === 'start' ? x : x - w / 2;
    const hi = lo + w;
    let y = it.y;
    for (const dy of [0, h, -h, 2 * h, -2 * h, 3 * h]) {
      const yy = Math.min(Math.max(it.y + dy, h), bounds.h - 4);
      if (!overlaps(lo, hi, yy)) {
        y = yy;
        break;
      }
    }
    placed.push({ kode: it.kode, text: it.text, x: Math.round(x), y: Math.round(y), anchor, ragu: it.ragu, lo, hi });
  }
  return placed.map(({ lo: _lo, hi: _hi, ...l }) => l);
}

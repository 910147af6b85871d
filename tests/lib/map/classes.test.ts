// Map classes and colours (src/lib/map/classes.ts).
import { describe, expect, it } from 'vitest';
import { buildClasses, classify, contrast, NO_DATA_COLOR, quantileBreaks, roundNice } from '#lib/map/classes.ts';

const fmt = (n: number) => String(n);

describe('classes', () => {
  const ucj = buildClasses([25, 50, 75, 95], fmt);

  it('UCJ classes are anchored to policy: <25, 25-50, 50-75, 75-95, >=95', () => {
    expect(ucj.map((c) => c.label)).toEqual(['di bawah 25', '25–50', '50–75', '75–95', '95 atau lebih']);
    expect([3, 25, 49.99, 50, 90, 95, 100].map((v) => classify(v, ucj))).toEqual([0, 1, 1, 2, 3, 4, 4]);
  });

  it('uses a sequential palette that darkens with the value', () => {
    const lum = ucj.map((c) => contrast(c.color, '#ffffff'));
    for (let i = 1; i < lum.length; i++) expect(lum[i]!).toBeGreaterThan(lum[i - 1]!);
    expect(ucj.map((c) => c.color)).not.toContain(NO_DATA_COLOR);
  });

  it('every class has an ink colour with AA contrast (4.5:1) for text on it', () => {
    for (const c of ucj) expect(contrast(c.color, c.ink)).toBeGreaterThanOrEqual(4.5);
  });

  it('rounded quantile breaks for counts, never duplicated', () => {
    expect(roundNice(4475)).toBe(4500);
    expect(roundNice(0.0123)).toBeCloseTo(0.012);
    const b = quantileBreaks([2525, 3986, 4280, 4475, 4982, 6041, 8224, 9731]);
    expect(b).toEqual([...new Set(b)].sort((x, y) => x - y));
    expect(b.length).toBeGreaterThanOrEqual(2);
    expect(quantileBreaks([5, 5, 5, 5])).toEqual([]);
    expect(quantileBreaks([7])).toEqual([]);
  });
});

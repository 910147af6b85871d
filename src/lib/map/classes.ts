import { quantileSorted } from 'd3-array';

export interface MapClass {
  /** Inclusive lower bound; -Infinity for the first class. */
  min: number;
  /** Exclusive upper bound; Infinity for the last class. */
  max: number;
  label: string;
  color: string;
  /** Text colour that passes WCAG AA on `color`. */
  ink: string;
}

/**
 * ColorBrewer YlGnBu (Cynthia Brewer, Penn State), sequential and safe for the common forms of
 * colour blindness. Light = low coverage, dark = high coverage.
 */
const YLGNBU: Record<number, string[]> = {
  2: ['#a1dab4', '#225ea8'],
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
};

export const NO_DATA_COLOR = '#d9d9d9';

function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

function inkFor(color: string): string {
  return contrast(color, '#000000') >= contrast(color, '#ffffff') ? '#000000' : '#ffffff';
}

/** Rounds to two significant figures so class limits read like a journalist would write them. */
export function roundNice(n: number): number {
  if (n === 0) return 0;
  const p = 10 ** (Math.floor(Math.log10(Math.abs(n))) - 1);
  return Math.round(n / p) * p;
}

/**
 * Breaks for indicators without policy classes: quantiles of the published values, rounded,
 * duplicates dropped, so a handful of regions still gets distinct, readable classes.
 */
export function quantileBreaks(values: number[], classes = 4): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length < 2) return [];
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    const q = roundNice(quantileSorted(sorted, i / classes)!);
    if (q > sorted[0]! && q <= sorted[sorted.length - 1]! && !breaks.includes(q)) breaks.push(q);
  }
  return breaks.sort((a, b) => a - b);
}

export function buildClasses(breaks: number[], format: (n: number) => string): MapClass[] {
  const n = breaks.length + 1;
  const colors = YLGNBU[Math.min(Math.max(n, 2), 6)]!;
  const bounds = [-Infinity, ...breaks, Infinity];
  return colors.slice(0, n).map((color, i) => {
    const min = bounds[i]!;
    const max = bounds[i + 1]!;
    const label = min === -Infinity ? `di bawah ${format(max)}` : max === Infinity ? `${format(min)} atau lebih` : `${format(min)}–${format(max)}`;
    return { min, max, label, color, ink: inkFor(color) };
  });
}

export function classify(value: number, classes: MapClass[]): number {
  return classes.findIndex((c) => value >= c.min && value < c.max);
}

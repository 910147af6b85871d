import { quantileSorted } from 'd3-array';
import { MIN_VALUES_FOR_BREAKS } from './rules.ts';

export interface MapClass {
  /** Inclusive lower bound; -Infinity for the first class. */
  min: number;
  /** Exclusive upper bound; Infinity for the last class. */
  max: number;
  label: string;
  /** Fill on the light map (also the static SVG and PNG). */
  color: string;
  /** Fill on the dark map. */
  dark: string;
  /** Text colour that passes WCAG AA on `color`. */
  ink: string;
  /** Position on the ramp: the CSS class r0…r4 that colours it in either theme (peta.css). */
  ramp: number;
}

/**
 * Low coverage is the news, so the low end is the strongest colour: a red that runs through
 * plum and violet to blue as coverage rises. Every fill keeps at least 3:1 against the
 * surrounding land and the no-data hatch (MAP_SURFACES) in its theme, so a region with a value
 * never looks like foreign or empty land (tests/map/ check it, in the browser from the
 * computed fills). The dark set mirrors it with light tints; peta.css carries both.
 */
const RAMP_LIGHT = ['#b2182b', '#98306e', '#6a3d9a', '#2f5fa8', '#143a73'];
const RAMP_DARK = ['#ff7a66', '#f08cc0', '#c3a4f2', '#86b7f5', '#c4e6ff'];

/** Land, sea and the no-data hatch, per theme; peta.css uses the same values. */
export const MAP_SURFACES = {
  light: { sea: '#e4eef3', land: '#f4f1ea', hatchBg: '#f7f7f7', hatchLine: '#d6d6d6' },
  dark: { sea: '#1b2a33', land: '#2c2f33', hatchBg: '#1d2125', hatchLine: '#2a3036' },
} as const;

/** Ramp positions for `n` classes, spread over the ramp, always keeping both ends. */
function pick(n: number): number[] {
  if (n <= 1) return [0];
  return Array.from({ length: n }, (_, i) => Math.round((i * (RAMP_LIGHT.length - 1)) / (n - 1)));
}

export const RAMP = { light: RAMP_LIGHT, dark: RAMP_DARK } as const;

export const NO_DATA_COLOR = MAP_SURFACES.light.hatchBg;
/** A region with a figure that is not coloured by class (counts, other periods): plain land, a shade darker. */
export const LAND_DATA = '#e3ddd0';

function luminance(hex: string): number {
  const c = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
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
 * Breaks for rates without policy classes: quantiles of the published values, rounded,
 * duplicates dropped. Fewer than MIN_VALUES_FOR_BREAKS values give no breaks at all: quartiles
 * of two or three values invent extremes out of small differences.
 */
export function quantileBreaks(values: number[], classes = 4): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length < MIN_VALUES_FOR_BREAKS) return [];
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    const q = roundNice(quantileSorted(sorted, i / classes)!);
    if (q > sorted[0]! && q <= sorted[sorted.length - 1]! && !breaks.includes(q)) breaks.push(q);
  }
  return breaks.sort((a, b) => a - b);
}

export function buildClasses(
  breaks: number[],
  format: (n: number) => string,
  anyLabel = 'ada angka',
  words = { below: 'di bawah', orMore: 'atau lebih' },
  /** A closed class's label; the unit is written once ("25–50%", not "25%–50%"). */
  range: (min: number, max: number) => string = (min, max) => `${format(min)}–${format(max)}`,
): MapClass[] {
  const n = breaks.length + 1;
  const bounds = [-Infinity, ...breaks, Infinity];
  return pick(n).map((ramp, i) => {
    const color = RAMP_LIGHT[ramp]!;
    const min = bounds[i]!;
    const max = bounds[i + 1]!;
    const label =
      n === 1
        ? anyLabel
        : min === -Infinity
          ? `${words.below} ${format(max)}`
          : max === Infinity
            ? `${format(min)} ${words.orMore}`
            : range(min, max);
    return { min, max, label, color, dark: RAMP_DARK[ramp]!, ink: inkFor(color), ramp };
  });
}

export function classify(value: number, classes: MapClass[]): number {
  return classes.findIndex((c) => value >= c.min && value < c.max);
}

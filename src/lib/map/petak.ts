import type { Petak } from '#pipeline/petak.ts';

export type Geometri = 'peta' | 'petak';

/** What a map needs from its geometry; the classes, values and labels come from the data. */
export interface Shapes {
  width: number;
  height: number;
  regions: Map<string, { d: string; cx: number; cy: number; kecil: boolean; hit: boolean }>;
  /** Indices into the region order (as topojson.neighbors gives them). */
  neighbours: number[][];
  context: { nama: string; d: string }[];
  outline: string;
  labels: { text: string; x: number; y: number; kelas?: string }[];
  /** Short name per tile (tile map only). */
  tileLabels: Map<string, string>;
}

const TILE = 72;
const GAP = 6;
const MARGIN = 10;
const LABEL_BAND = 26;

/**
 * The tile map: one equal square per kabupaten/kota at its column and row in data/geo/petak.csv
 * (validated by the pipeline), each island group named once above its tiles, or below when
 * another tile sits above. Neighbours are tiles that share an edge.
 */
export function tileShapes(petak: Petak[]): Shapes {
  const cols = Math.max(...petak.map((p) => p.kolom)) + 1;
  const rows = Math.max(...petak.map((p) => p.baris)) + 1;
  const step = TILE + GAP;
  const x = (kolom: number) => MARGIN + kolom * step;
  const y = (baris: number) => MARGIN + LABEL_BAND + baris * step;
  const taken = new Set(petak.map((p) => `${p.kolom},${p.baris}`));
  const regions = new Map(
    petak.map((p) => [
      p.kode,
      {
        d: `M${x(p.kolom)} ${y(p.baris)}h${TILE}v${TILE}h-${TILE}Z`,
        cx: x(p.kolom) + TILE / 2,
        cy: y(p.baris) + TILE / 2,
        kecil: false,
        hit: false,
      },
    ]),
  );
  const order = [...regions.keys()];
  const at = new Map(petak.map((p) => [p.kode, p]));
  const neighbours = order.map((a) =>
    order.flatMap((b, j) =>
      Math.abs(at.get(a)!.kolom - at.get(b)!.kolom) + Math.abs(at.get(a)!.baris - at.get(b)!.baris) === 1 ? [j] : [],
    ),
  );
  const groups = new Map<string, Petak[]>();
  for (const p of petak) groups.set(p.pulau, [...(groups.get(p.pulau) ?? []), p]);
  const labels = [...groups].map(([pulau, tiles]) => {
    const top = Math.min(...tiles.map((p) => p.baris));
    const bottom = Math.max(...tiles.map((p) => p.baris));
    const topCols = tiles.filter((p) => p.baris === top).map((p) => p.kolom);
    const above = top === 0 || topCols.every((c) => !taken.has(`${c},${top - 1}`));
    const row = above ? topCols : tiles.filter((p) => p.baris === bottom).map((p) => p.kolom);
    const cx = (x(Math.min(...row)) + x(Math.max(...row)) + TILE) / 2;
    return { text: pulau, x: Math.round(cx), y: Math.round(above ? y(top) - 8 : y(bottom) + TILE + 18) };
  });
  return {
    width: MARGIN * 2 + cols * step - GAP,
    height: MARGIN * 2 + LABEL_BAND * 2 + rows * step - GAP,
    regions,
    neighbours,
    context: [],
    outline: '',
    labels,
    tileLabels: new Map(petak.map((p) => [p.kode, p.label])),
  };
}

/** Light or dark text on a tile, whichever reads on its fill (WCAG relative luminance). */
export function onFill(hex: string): 'terang' | 'gelap' {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 'gelap';
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  // Contrast with white (1.05 / (l + 0.05)) against black ((l + 0.05) / 0.05).
  return 1.05 / (l + 0.05) > (l + 0.05) / 0.05 ? 'terang' : 'gelap';
}

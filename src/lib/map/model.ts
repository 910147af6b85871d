import { geoMercator, geoPath, geoCentroid, type GeoPermissibleObjects } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topoJson from '@geo/ntt-kabupaten.topo.json';
import type { RingkasanIndikator, ObservasiTerkini, Wilayah, SiteData, Sumber } from '#model/schema.ts';
import { INDIKATOR_UCJ, TARGET_UCJ } from '#model/constants.ts';
import { bindObservasi, formatPeriode, teksNilai } from '#model/format.ts';
import { cariIndikator, cariSumber, provinsi, terkini, terkiniKabupatenKota } from '#model/query.ts';
import { buildClasses, classify, NO_DATA_COLOR, quantileBreaks, type MapClass } from './classes.ts';
import petakJson from '@generated/petak.json';
import type { Petak } from '#pipeline/petak.ts';

import { BATAS } from './batas.ts';

export const BOUNDARY_ATTRIBUTION = BATAS.atribusi;
const topo = topoJson as unknown as Topology<{ kabupaten: GeometryCollection<{ nama: string }>; provinsi: GeometryCollection; tetangga: GeometryCollection<{ nama: string }> }>;

export interface MapRegion {
  kode: string;
  nama: string;
  slug: string;
  d: string;
  /** Index into classes; -1 when no value has been published. */
  kelas: number;
  fill: string;
  entry: ObservasiTerkini | null;
  nilaiTeks: string | null;
  periodeTeks: string | null;
  sumber: Sumber | null;
  /** data-bind of the figure shown (indikator|wilayah|periode|sumber); null without one. */
  bind: string | null;
  /** Accessible name: region, value or "belum ada data", and period. */
  label: string;
  cx: number;
  cy: number;
  rank: number | null;
  /** Too small to see or tap at phone size (Kota Kupang): drawn with an extra marker. */
  kecil: boolean;
}

export interface MapModel {
  indicator: RingkasanIndikator;
  width: number;
  height: number;
  regions: MapRegion[];
  context: { nama: string; d: string }[];
  outline: string;
  /** Place names; on the tile map also each tile's short name (kelas: its style, light text on dark fills). */
  labels: { text: string; x: number; y: number; kelas?: string }[];
  /** Which geometry: the boundaries (choropleth) or the licence-free tile map. */
  varian: Geometri;
  classes: (MapClass & { count: number })[];
  noDataCount: number;
  province: { entry: ObservasiTerkini; text: string; sumber: Sumber } | null;
  target: number | null;
  /** Keyboard targets per region, precomputed so the page script only looks them up. */
  keys: Record<string, { ArrowUp?: string; ArrowDown?: string; ArrowLeft?: string; ArrowRight?: string }>;
  /** Region codes by value, highest first; regions without data last. */
  ranking: string[];
  periods: string[];
  sources: Sumber[];
  hasOlder: boolean;
}

export function slugIndikator(id: string): string {
  return id.replace(/_/g, '-');
}

/** A value alone in the indicator's unit, without qualifier: legends and table cells. */
export function formatValue(ind: { satuan: 'persen' | 'orang' }, n: number, style: 'prosa' | 'ringkas' = 'ringkas'): string {
  return teksNilai(ind, { nilai: n, kualifikasi: null }, style);
}

/** Places named for a reader who knows the islands, not the codes (positions are lon/lat at sea). */
const ISLAND_LABELS: { text: string; at: [number, number] }[] = [
  { text: 'Sumba', at: [119.75, -10.3] },
  { text: 'Flores', at: [121.2, -8.2] },
  { text: 'Timor', at: [124.0, -10.45] },
  { text: 'Alor', at: [124.7, -8.02] },
  { text: 'Rote', at: [122.75, -11.05] },
  { text: 'Sabu', at: [121.8, -10.8] },
];

const WIDTH = 800;
const HEIGHT = 420;

const features = {
  kabupaten: feature(topo, topo.objects.kabupaten) as FeatureCollection<Geometry, { nama: string }>,
  provinsi: feature(topo, topo.objects.provinsi) as FeatureCollection,
  tetangga: feature(topo, topo.objects.tetangga) as FeatureCollection<Geometry, { nama: string }>,
};
const neighbourIndex = neighbors(topo.objects.kabupaten.geometries);

const projection = geoMercator()
  .fitExtent(
    [
      [10, 10],
      [WIDTH - 10, HEIGHT - 10],
    ],
    features.provinsi as GeoPermissibleObjects,
  )
  .clipExtent([
    [0, 0],
    [WIDTH, HEIGHT],
  ]);
// One decimal of a pixel is invisible at any screen size and halves the path text.
const path = geoPath(projection).digits(1);

const DIRECTIONS = { ArrowRight: 0, ArrowDown: 90, ArrowLeft: 180, ArrowUp: 270 } as const;

export type Geometri = 'peta' | 'petak';

/** What a map needs from its geometry; the classes, values and labels come from the data. */
interface Shapes {
  width: number;
  height: number;
  regions: Map<string, { d: string; cx: number; cy: number; kecil: boolean }>;
  /** Indices into the region order (as topojson.neighbors gives them). */
  neighbours: number[][];
  context: { nama: string; d: string }[];
  outline: string;
  labels: { text: string; x: number; y: number; kelas?: string }[];
  /** Short name per tile (tile map only). */
  tileLabels: Map<string, string>;
}

const choropleth: Shapes = (() => {
  const regions = new Map<string, { d: string; cx: number; cy: number; kecil: boolean }>();
  for (const f of features.kabupaten.features) {
    const [cx, cy] = projection(geoCentroid(f))!;
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    regions.set(String(f.id), { d: path(f) ?? '', cx, cy, kecil: (x1 - x0) * (y1 - y0) < 600 });
  }
  return {
    width: WIDTH,
    height: HEIGHT,
    regions,
    neighbours: neighbourIndex,
    context: features.tetangga.features.map((f) => ({ nama: f.properties.nama, d: path(f) ?? '' })),
    outline: path(features.provinsi) ?? '',
    labels: ISLAND_LABELS.map((l) => {
      const [x, y] = projection(l.at)!;
      return { text: l.text, x: Math.round(x), y: Math.round(y) };
    }),
    tileLabels: new Map(),
  };
})();

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
  const regions = new Map(petak.map((p) => [p.kode, { d: `M${x(p.kolom)} ${y(p.baris)}h${TILE}v${TILE}h-${TILE}Z`, cx: x(p.kolom) + TILE / 2, cy: y(p.baris) + TILE / 2, kecil: false }]));
  const order = [...regions.keys()];
  const at = new Map(petak.map((p) => [p.kode, p]));
  const neighbours = order.map((a) => order.flatMap((b, j) => (Math.abs(at.get(a)!.kolom - at.get(b)!.kolom) + Math.abs(at.get(a)!.baris - at.get(b)!.baris) === 1 ? [j] : [])));
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

let tiles: Shapes | null = null;
const shapesFor = (g: Geometri): Shapes => (g === 'peta' ? choropleth : (tiles ??= tileShapes(petakJson as Petak[])));

/** Light or dark text on a tile, whichever reads on its fill (WCAG relative luminance). */
function onFill(hex: string): 'terang' | 'gelap' {
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

function keyTargets(centroids: Map<string, [number, number]>, neighbours: number[][]) {
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
        let diff = Math.abs(((Math.atan2(y - y0, x - x0) * 180) / Math.PI - angle + 540) % 360 - 180);
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
 * One model per dataset and indicator: the same map appears on the home page, its own page,
 * the embed, the static images, articles and social cards, and projecting 22 regions each
 * time was repeated work. Callers treat the model as read-only.
 */
const models = new WeakMap<SiteData, Map<string, MapModel>>();

export function buildMapModel(site: SiteData, indicatorId: string, geometri: Geometri = 'peta'): MapModel {
  let perSite = models.get(site);
  if (!perSite) models.set(site, (perSite = new Map()));
  const key = `${geometri}:${indicatorId}`;
  let model = perSite.get(key);
  if (!model) perSite.set(key, (model = computeMapModel(site, indicatorId, geometri)));
  return model;
}

function computeMapModel(site: SiteData, indicatorId: string, geometri: Geometri): MapModel {
  const shapes = shapesFor(geometri);
  const indicator = cariIndikator(site, indicatorId);
  const regionsByCode = new Map<string, Wilayah>(site.wilayah.map((r) => [r.kode, r]));

  const regionalValues = terkiniKabupatenKota(site, indicatorId).map((e) => e.nilai);
  const breaks = indicator.batasKelas ?? (indicator.satuan === 'persen' ? [25, 50, 75, TARGET_UCJ] : quantileBreaks(regionalValues));
  const classes = buildClasses(breaks, (n) => formatValue(indicator, n));

  const centroids = new Map<string, [number, number]>();
  const regions: MapRegion[] = [...shapes.regions].map(([kode, shape]) => {
    const region = regionsByCode.get(kode);
    if (!region) throw new Error(`Batas wilayah ${kode} tidak ada di data/wilayah.csv.`);
    const entry = terkini(site, indicatorId, kode) ?? null;
    const kelas = entry ? classify(entry.nilai, classes) : -1;
    const { cx, cy } = shape;
    centroids.set(kode, [cx, cy]);
    const nilaiTeks = entry ? teksNilai(indicator, entry) : null;
    const periodeTeks = entry ? formatPeriode(entry.periode) : null;
    return {
      kode,
      nama: region.nama,
      slug: region.slug,
      d: shape.d,
      kelas,
      fill: kelas >= 0 ? classes[kelas]!.color : NO_DATA_COLOR,
      entry,
      nilaiTeks,
      periodeTeks,
      sumber: entry ? cariSumber(site, entry.sumber) : null,
      bind: entry ? bindObservasi(entry) : null,
      label: entry ? `${region.nama}: ${nilaiTeks}, ${periodeTeks}${entry.lebihLama ? ' (angka lebih lama)' : ''}` : `${region.nama}: belum ada data`,
      cx,
      cy,
      rank: null,
      kecil: shape.kecil,
    };
  });

  const ranked = regions.filter((r) => r.entry).sort((a, b) => b.entry!.nilai - a.entry!.nilai || a.nama.localeCompare(b.nama));
  ranked.forEach((r, i) => (r.rank = i + 1));
  const ranking = [...ranked, ...regions.filter((r) => !r.entry).sort((a, b) => a.nama.localeCompare(b.nama))].map((r) => r.kode);

  const provinceEntry = terkini(site, indicatorId, provinsi(site).kode);
  const provinceSource = provinceEntry ? cariSumber(site, provinceEntry.sumber) : undefined;
  const usedSources = [...new Set(ranked.map((r) => r.entry!.sumber).concat(provinceEntry ? [provinceEntry.sumber] : []))]
    .map((id) => cariSumber(site, id))
    .sort((a, b) => b.tanggalTerbit.localeCompare(a.tanggalTerbit));

  return {
    indicator,
    varian: geometri,
    width: shapes.width,
    height: shapes.height,
    regions,
    context: shapes.context,
    outline: shapes.outline,
    labels: [
      ...shapes.labels,
      ...regions.flatMap((r) => {
        const text = shapes.tileLabels.get(r.kode);
        // Hatched tiles (no data) are light grey: dark text.
        // An older figure's ◷ sits at the tile's centre: the name moves up to make room.
        return text ? [{ text, x: Math.round(r.cx), y: Math.round(r.cy - (r.entry?.lebihLama ? 20 : 0)), kelas: `petak-label ${r.kelas >= 0 ? onFill(r.fill) : 'gelap'}` }] : [];
      }),
    ],
    classes: classes.map((c, i) => ({ ...c, count: regions.filter((r) => r.kelas === i).length })),
    noDataCount: regions.filter((r) => !r.entry).length,
    province: provinceEntry && provinceSource ? { entry: provinceEntry, text: teksNilai(indicator, provinceEntry), sumber: provinceSource } : null,
    target: indicatorId === INDIKATOR_UCJ ? TARGET_UCJ : null,
    keys: keyTargets(centroids, shapes.neighbours),
    ranking,
    periods: [...new Map([...ranked].sort((a, b) => a.entry!.periode.end.localeCompare(b.entry!.periode.end)).map((r) => [r.periodeTeks!, true])).keys()],
    sources: usedSources,
    hasOlder: ranked.some((r) => r.entry!.lebihLama),
  };
}

/** Position of a value on a 0..1 legend scale, for reference marks (province, target). */
export function legendPosition(model: MapModel, value: number): number {
  const n = model.classes.length;
  const i = classify(value, model.classes);
  const c = model.classes[i]!;
  const lo = Number.isFinite(c.min) ? c.min : Math.min(0, c.max);
  const hi = Number.isFinite(c.max) ? c.max : model.indicator.satuan === 'persen' ? 100 : Math.max(c.min * 1.5, value);
  const within = hi > lo ? Math.min(1, Math.max(0, (value - lo) / (hi - lo))) : 0.5;
  return (i + within) / n;
}

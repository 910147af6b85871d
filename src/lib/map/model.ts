import { geoCentroid } from 'd3-geo';
import type {
  RingkasanIndikator as IndicatorSummary,
  ObservasiTerkini as LatestEntry,
  Observasi as Observation,
  Wilayah as Region,
  SiteData,
  Sumber as Source,
} from '#model/schema.ts';
import { formatAngka, formatPeriode, formatPersen, formatRentang, withQualifier } from '#model/format.ts';
import { TARGET_UCJ } from '#model/constants.ts';
import { t } from '#i18n/id.ts';
import { buildClasses, classify, NO_DATA_COLOR, quantileBreaks, type MapClass } from './classes.ts';
import {
  comparableEntries,
  MISSION_INDICATOR,
  mapIndicators,
  mapKind,
  regionFigures,
  type MapKind,
  type RegionState,
} from './rules.ts';

import petakJson from '@generated/petak.json';
import type { Petak } from '#pipeline/petak.ts';
import { BATAS } from './batas.ts';
import { onFill, tileShapes, type Geometri, type Shapes } from './petak.ts';
import { choropleth, features, INSET_H, INSET_W, insetFeatures, insetPath, insetProjection } from './geografi.ts';
import { keyTargets, placeLabels } from './layout.ts';

export { TARGET_UCJ, mapIndicators };
export const BOUNDARY_ATTRIBUTION = BATAS.atribusi;
export interface MapRegion {
  kode: string;
  nama: string;
  slug: string;
  d: string;
  state: RegionState;
  /** Index into classes for a comparable value on a class map; -1 otherwise. */
  kelas: number;
  /** Light-theme fill of a class map (static images); the page colours by CSS class. */
  fill: string;
  /** The figure shown: usable, or for 'ragu' the doubtful one. */
  entry: (Observation & { lebihLama?: boolean }) | null;
  nilaiTeks: string | null;
  /** Short value for labels on the map: "3%", "9.731". */
  nilaiRingkas: string | null;
  periodeTeks: string | null;
  sumber: Source | null;
  /** Accessible name: region, value or state, and period. */
  label: string;
  cx: number;
  cy: number;
  rank: number | null;
  /** Too small to see at phone size (Kota Kupang): drawn with a marker. */
  kecil: boolean;
  /** Smaller than a fingertip on a phone in both directions: gets an invisible, larger hit area. */
  hit: boolean;
  /** Symbol maps: circle radius (area proportional to the value); 0 for regions without a figure. */
  radius: number;
}

export interface ValueLabel {
  kode: string;
  text: string;
  x: number;
  y: number;
  /** Labels near an edge grow inwards, so a larger phone font never pushes them off the map. */
  anchor: 'start' | 'middle' | 'end';
  ragu: boolean;
}

export interface Inset {
  /** What the inset shows ("Pulau Timor"). */
  nama: string;
  width: number;
  height: number;
  regions: { kode: string; d: string; cx: number; cy: number; kecil: boolean; radius: number }[];
  context: { nama: string; d: string }[];
  labels: ValueLabel[];
}

export interface MapModel {
  indicator: IndicatorSummary;
  kind: MapKind;
  width: number;
  height: number;
  regions: MapRegion[];
  context: { nama: string; d: string }[];
  outline: string;
  /** Place names; on the tile map also each tile's short name (kelas: its style, light text on dark fills). */
  labels: { text: string; x: number; y: number; kelas?: string }[];
  /** Which geometry: the boundaries (choropleth) or the licence-free tile map. */
  varian: Geometri;
  /** Every region with a figure, labelled on the map with its value. */
  valueLabels: ValueLabel[];
  /** Class maps only; empty for symbol maps, which never colour a count by class. */
  classes: (MapClass & { count: number })[];
  /** Regions per state, for the legend. */
  counts: Record<RegionState, number>;
  noDataCount: number;
  province: { entry: LatestEntry; text: string; sumber: Source } | null;
  target: number | null;
  /** Keyboard targets per region, precomputed so the page script only looks them up. */
  keys: Record<string, { ArrowUp?: string; ArrowDown?: string; ArrowLeft?: string; ArrowRight?: string }>;
  /** Region codes: comparable values highest first, then the others (doubtful, other periods, none). */
  ranking: string[];
  /** Periods of the compared values, oldest first. */
  periods: string[];
  sources: Source[];
  /** A usable figure from a period too far from the others is shown but not compared. */
  hasOlder: boolean;
  /** Symbol maps: the value the legend circles stand for. */
  symbolLegend: { value: number; text: string; radius: number }[];
  /** The Timor inset of the choropleth; the tile map needs none (every tile is the same size). */
  inset: Inset | null;
}

/** Labels on the map are short: "±2.900", ">2.900", "<10%" instead of the words of the prose. */
function ringkas(text: string, q: Observation['kualifikasi']): string {
  return q === 'sekitar' ? `±${text}` : q === 'lebih dari' ? `>${text}` : q === 'kurang dari' ? `<${text}` : text;
}

export function slugIndikator(id: string): string {
  return id.replace(/_/g, '-');
}

export function formatValue(ind: { satuan: string }, n: number, style: 'prosa' | 'ringkas' = 'ringkas'): string {
  return ind.satuan === 'persen' ? formatPersen(n, style) : formatAngka(n);
}

/** Places named for a reader who knows the islands, not the codes (positions are lon/lat at sea). */
/** Largest symbol radius in map units: a circle that size still leaves its neighbours readable. */
const MAX_RADIUS = 26;

let tiles: Shapes | null = null;
const shapesFor = (g: Geometri): Shapes => (g === 'peta' ? choropleth : (tiles ??= tileShapes(petakJson as Petak[])));

/**
 * One model per dataset and indicator: the same map appears on the home page, its own page,
 * the embed, the static images, articles and social cards, and projecting every region each
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
  const indicator = site.indikator.find((i) => i.id === indicatorId);
  if (!indicator) throw new Error(`Indikator ${indicatorId} tidak ada di data.`);
  const kind = mapKind(indicator);
  const provinceCode = site.wilayah.find((r) => r.jenis === 'Provinsi')?.kode ?? '';
  const latest = site.terkini[indicatorId] ?? {};
  const regionsByCode = new Map<string, Region>(site.wilayah.map((r) => [r.kode, r]));
  const sourceById = new Map(site.sumber.map((s) => [s.id, s]));
  const figures = new Map(regionFigures(site, indicatorId).map((f) => [f.kode, f]));
  const compared = comparableEntries(site, indicatorId);

  const breaks = kind === 'kelas' ? (indicator.batasKelas ?? quantileBreaks(compared.map((e) => e.nilai))) : [];
  const classes =
    kind === 'kelas'
      ? buildClasses(
          breaks,
          (n) => formatValue(indicator, n),
          t.peta.adaAngka,
          t.peta.kelas,
          (a, b) => formatRentang(a, b, indicator.satuan),
        )
      : [];
  const maxValue = Math.max(1, ...[...figures.values()].filter((f) => f.entry).map((f) => f.entry!.nilai));
  const radiusOf = (v: number) => (kind === 'simbol' ? Math.max(2.5, MAX_RADIUS * Math.sqrt(v / maxValue)) : 0);

  const centroids = new Map<string, [number, number]>();
  const regions: MapRegion[] = [...shapes.regions].map(([kode, shape]) => {
    const region = regionsByCode.get(kode);
    if (!region) throw new Error(`Batas wilayah ${kode} tidak ada di data/wilayah.csv.`);
    const fig = figures.get(kode) ?? { kode, state: 'kosong' as const, entry: null };
    const entry = fig.entry ? { ...fig.entry, lebihLama: fig.state === 'lama' } : null;
    const kelas = entry && fig.state === 'nilai' && kind === 'kelas' ? classify(entry.nilai, classes) : -1;
    const { cx, cy } = shape;
    centroids.set(kode, [cx, cy]);
    const nilaiTeks = entry ? withQualifier(formatValue(indicator, entry.nilai, 'prosa'), entry.kualifikasi) : null;
    const periodeTeks = entry ? formatPeriode(entry.periode) : null;
    const stateText =
      fig.state === 'ragu' ? ` (${t.peta.state.ragu})` : fig.state === 'lama' ? ` (${t.peta.state.lama})` : '';
    return {
      kode,
      nama: region.nama,
      slug: region.slug,
      d: shape.d,
      state: fig.state,
      kelas,
      fill: kelas >= 0 ? classes[kelas]!.color : NO_DATA_COLOR,
      entry,
      nilaiTeks,
      nilaiRingkas: entry ? ringkas(formatValue(indicator, entry.nilai), entry.kualifikasi) : null,
      periodeTeks,
      sumber: entry ? (sourceById.get(entry.sumber) ?? null) : null,
      label: entry ? `${region.nama}: ${nilaiTeks}, ${periodeTeks}${stateText}` : `${region.nama}: ${t.noData}`,
      cx,
      cy,
      rank: null,
      kecil: shape.kecil,
      hit: shape.hit,
      radius: entry ? radiusOf(entry.nilai) : 0,
    };
  });

  const ranked = regions
    .filter((r) => r.state === 'nilai')
    .sort((a, b) => b.entry!.nilai - a.entry!.nilai || a.nama.localeCompare(b.nama, 'id'));
  // Competition ranking: equal values share a rank.
  ranked.forEach(
    (r, i) => (r.rank = i > 0 && ranked[i - 1]!.entry!.nilai === r.entry!.nilai ? ranked[i - 1]!.rank : i + 1),
  );
  const stateOrder: Record<RegionState, number> = { nilai: 0, ragu: 1, lama: 2, kosong: 3 };
  const rest = regions
    .filter((r) => r.state !== 'nilai')
    .sort((a, b) => stateOrder[a.state] - stateOrder[b.state] || a.nama.localeCompare(b.nama, 'id'));
  const ranking = [...ranked, ...rest].map((r) => r.kode);

  const provinceEntry = latest[provinceCode];
  const provinceSource = provinceEntry ? sourceById.get(provinceEntry.sumber) : undefined;
  const shown = regions.filter((r) => r.entry);
  const usedSources = [
    ...new Set(shown.map((r) => r.entry!.sumber).concat(provinceEntry ? [provinceEntry.sumber] : [])),
  ]
    .map((id) => sourceById.get(id)!)
    .sort((a, b) => b.tanggalTerbit.localeCompare(a.tanggalTerbit));

  const counts: Record<RegionState, number> = { nilai: 0, lama: 0, ragu: 0, kosong: 0 };
  for (const r of regions) counts[r.state]++;

  const labelText = (r: MapRegion) =>
    `${r.nama} ${r.nilaiRingkas}${r.state === 'ragu' ? ` (${t.peta.state.ragu})` : ''}`;
  const labelItems = shown.map((r) => ({
    kode: r.kode,
    text: labelText(r),
    x: r.cx,
    y: r.cy - (kind === 'simbol' ? r.radius + 4 : 0),
    ragu: r.state === 'ragu',
  }));
  const inset: Inset | null =
    geometri !== 'peta'
      ? null
      : (() => {
          const rs = insetFeatures.map((f) => {
            const kode = String(f.id);
            const r = regions.find((x) => x.kode === kode)!;
            const [cx, cy] = insetProjection(geoCentroid(f))!;
            const [[x0, y0], [x1, y1]] = insetPath.bounds(f);
            return { kode, d: insetPath(f) ?? '', cx, cy, kecil: (x1 - x0) * (y1 - y0) < 1500, radius: r.radius * 1.6 };
          });
          return {
            nama: t.peta.insetTimor,
            width: INSET_W,
            height: INSET_H,
            regions: rs,
            context: features.tetangga.features
              .map((f) => ({ nama: f.properties.nama, d: insetPath(f) ?? '' }))
              .filter((c) => c.d),
            labels: placeLabels(
              rs
                .filter((x) => regions.find((r) => r.kode === x.kode)!.entry)
                .map((x) => {
                  const r = regions.find((y) => y.kode === x.kode)!;
                  return {
                    kode: x.kode,
                    text: labelText(r),
                    x: x.cx,
                    y: x.cy - (kind === 'simbol' ? x.radius + 4 : 0),
                    ragu: r.state === 'ragu',
                  };
                }),
              15,
              { w: INSET_W, h: INSET_H },
            ),
          };
        })();

  const symbolLegend =
    kind === 'simbol' && shown.length
      ? [...new Set([maxValue, maxValue / 4].map((v) => Number(v.toPrecision(1))))]
          .filter((v) => v > 0)
          .map((v) => ({ value: v, text: formatValue(indicator, v), radius: radiusOf(v) }))
      : [];

  return {
    indicator,
    kind,
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
        // Hatched tiles (no data) are light grey: dark text. An older figure's mark sits at the
        // tile's centre, so the name moves up to make room.
        return text
          ? [
              {
                text,
                x: Math.round(r.cx),
                y: Math.round(r.cy - (r.state === 'lama' ? 20 : 0)),
                kelas: `petak-label ${r.kelas >= 0 ? onFill(r.fill) : 'gelap'}`,
              },
            ]
          : [];
      }),
    ],
    // On tiles the short name already stands on every tile; the value labels would cover it.
    valueLabels: geometri === 'peta' ? placeLabels(labelItems, 13, { w: shapes.width, h: shapes.height }) : [],
    classes: classes.map((c, i) => ({ ...c, count: regions.filter((r) => r.kelas === i).length })),
    counts,
    noDataCount: counts.kosong,
    province:
      provinceEntry && provinceSource
        ? {
            entry: provinceEntry,
            text: withQualifier(formatValue(indicator, provinceEntry.nilai, 'prosa'), provinceEntry.kualifikasi),
            sumber: provinceSource,
          }
        : null,
    target: indicatorId === MISSION_INDICATOR ? TARGET_UCJ : null,
    keys: keyTargets(centroids, shapes.neighbours),
    ranking,
    periods: [
      ...new Map(
        [...ranked]
          .sort((a, b) => a.entry!.periode.akhir.localeCompare(b.entry!.periode.akhir))
          .map((r) => [r.periodeTeks!, true]),
      ).keys(),
    ],
    sources: usedSources,
    hasOlder: counts.lama > 0,
    symbolLegend,
    inset,
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

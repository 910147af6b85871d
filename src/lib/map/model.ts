import { geoMercator, geoPath, geoCentroid, type GeoPermissibleObjects } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { FeatureCollection, Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topoJson from '@geo/ntt-kabupaten.topo.json';
import type { RingkasanIndikator, ObservasiTerkini, Wilayah, SiteData, Sumber } from '#model/schema.ts';
import { INDIKATOR_UCJ, TARGET_UCJ } from '#model/constants.ts';
import { bindObservasi, formatPeriode, teksNilai } from '#model/format.ts';
import { cariIndikator, cariSumber, provinsi, terkini, terkiniKabupatenKota } from '#model/query.ts';
import { buildClasses, classify, NO_DATA_COLOR, quantileBreaks, type MapClass } from './classes.ts';
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
  labels: { text: string; x: number; y: number }[];
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

function keyTargets(centroids: Map<string, [number, number]>) {
  const codes = [...centroids.keys()];
  const out: MapModel['keys'] = {};
  codes.forEach((code, i) => {
    const [x0, y0] = centroids.get(code)!;
    const adjacent = new Set(neighbourIndex[i]!.map((j) => codes[j]!));
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
 * the embed, the static images, articles and social cards, and projecting every region each
 * time was repeated work. Callers treat the model as read-only.
 */
const models = new WeakMap<SiteData, Map<string, MapModel>>();

export function buildMapModel(site: SiteData, indicatorId: string): MapModel {
  let perSite = models.get(site);
  if (!perSite) models.set(site, (perSite = new Map()));
  let model = perSite.get(indicatorId);
  if (!model) perSite.set(indicatorId, (model = computeMapModel(site, indicatorId)));
  return model;
}

function computeMapModel(site: SiteData, indicatorId: string): MapModel {
  const indicator = cariIndikator(site, indicatorId);
  const regionsByCode = new Map<string, Wilayah>(site.wilayah.map((r) => [r.kode, r]));

  const regionalValues = terkiniKabupatenKota(site, indicatorId).map((e) => e.nilai);
  const breaks = indicator.batasKelas ?? (indicator.satuan === 'persen' ? [25, 50, 75, TARGET_UCJ] : quantileBreaks(regionalValues));
  const classes = buildClasses(breaks, (n) => formatValue(indicator, n));

  const centroids = new Map<string, [number, number]>();
  const regions: MapRegion[] = features.kabupaten.features.map((f: Feature<Geometry, { nama: string }>) => {
    const kode = String(f.id);
    const region = regionsByCode.get(kode);
    if (!region) throw new Error(`Batas wilayah ${kode} tidak ada di data/wilayah.csv.`);
    const entry = terkini(site, indicatorId, kode) ?? null;
    const kelas = entry ? classify(entry.nilai, classes) : -1;
    const [cx, cy] = projection(geoCentroid(f))!;
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    centroids.set(kode, [cx, cy]);
    const nilaiTeks = entry ? teksNilai(indicator, entry) : null;
    const periodeTeks = entry ? formatPeriode(entry.periode) : null;
    return {
      kode,
      nama: region.nama,
      slug: region.slug,
      d: path(f) ?? '',
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
      kecil: (x1 - x0) * (y1 - y0) < 600,
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
    width: WIDTH,
    height: HEIGHT,
    regions,
    context: features.tetangga.features.map((f) => ({ nama: f.properties.nama, d: path(f) ?? '' })),
    outline: path(features.provinsi) ?? '',
    labels: ISLAND_LABELS.map((l) => {
      const [x, y] = projection(l.at)!;
      return { text: l.text, x: Math.round(x), y: Math.round(y) };
    }),
    classes: classes.map((c, i) => ({ ...c, count: regions.filter((r) => r.kelas === i).length })),
    noDataCount: regions.filter((r) => !r.entry).length,
    province: provinceEntry && provinceSource ? { entry: provinceEntry, text: teksNilai(indicator, provinceEntry), sumber: provinceSource } : null,
    target: indicatorId === INDIKATOR_UCJ ? TARGET_UCJ : null,
    keys: keyTargets(centroids),
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

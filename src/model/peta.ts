/**
 * Which figures may stand side by side, and which indicators get a map.
 *
 * One rule, used by every map page, embed, static image, the /peta/ index and the rankings, so a
 * map can never exist in one place and not in another. The rules follow what a reader would
 * otherwise be misled by: a 2015 figure ranked against a 2023 one, class breaks invented from two
 * values, a map of one region, raw counts painted as if they were rates.
 *
 * These belong with the domain queries (src/model/ once it lands); they live here until then and
 * take only SiteData, so they move as they are.
 */
import type {
  RingkasanIndikator as IndicatorSummary,
  ObservasiTerkini as LatestEntry,
  Observasi as Observation,
  SiteData,
} from '#model/schema.ts';

/** The provincial total is context, never one of the regions compared. */
const PROVINCE = (site: SiteData) => site.wilayah.find((r) => r.jenis === 'Provinsi')?.kode ?? '';

/** The indicator whose map is the site's mission: it keeps its map even with few regions. */
export const MISSION_INDICATOR = 'ucj_persen';

/**
 * Figures are comparable when their periods end less than this many months apart. A year is
 * the cycle in which coverage figures are announced; a longer gap compares different moments.
 */
export const COMPARABLE_MONTHS = 12;

/** A map needs at least this many comparable regions (the mission indicator excepted). */
export const MIN_MAP_REGIONS = 3;

/** Class breaks are computed from the data only with at least this many values. */
export const MIN_VALUES_FOR_BREAKS = 5;

const monthIndex = (yyyymm: string) => Number(yyyymm.slice(0, 4)) * 12 + Number(yyyymm.slice(5, 7)) - 1;

export type RegionState =
  /** A usable figure of a comparable period: coloured, labelled, ranked. */
  | 'nilai'
  /** A usable figure from a period too far from the others: shown, marked, not ranked. */
  | 'lama'
  /** Only doubtful figures were published: shown, marked "diragukan", not ranked. */
  | 'ragu'
  /** Nothing was published. */
  | 'kosong';

export interface RegionFigure {
  kode: string;
  state: RegionState;
  /** The figure shown: the latest usable one, or for 'ragu' the latest doubtful one. */
  entry: Observation | null;
}

const targetLike = (id: string) => id.startsWith('target_');

/** Latest usable figures of kabupaten/kota (not the province) for one indicator. */
function regionalLatest(site: SiteData, indicatorId: string): LatestEntry[] {
  const prov = PROVINCE(site);
  return Object.values(site.terkini[indicatorId] ?? {}).filter((e) => e.wilayah !== prov);
}

/**
 * The latest usable figures that may be compared with one another: those whose period ends
 * within COMPARABLE_MONTHS of the newest one.
 */
export function comparableEntries(site: SiteData, indicatorId: string): LatestEntry[] {
  const all = regionalLatest(site, indicatorId);
  if (!all.length) return [];
  const newest = Math.max(...all.map((e) => monthIndex(e.periode.akhir)));
  return all.filter((e) => newest - monthIndex(e.periode.akhir) < COMPARABLE_MONTHS);
}

/** Every kabupaten/kota with its state for one indicator, in the order of site.wilayah. */
export function regionFigures(site: SiteData, indicatorId: string): RegionFigure[] {
  const prov = PROVINCE(site);
  const comparable = new Set(comparableEntries(site, indicatorId).map((e) => e.wilayah));
  const latest = site.terkini[indicatorId] ?? {};
  const doubtful = new Map<string, Observation>();
  for (const o of site.observasi) {
    if (o.indikator !== indicatorId || !o.ragu || o.wilayah === prov) continue;
    const prev = doubtful.get(o.wilayah);
    if (!prev || prev.periode.akhir < o.periode.akhir) doubtful.set(o.wilayah, o);
  }
  return site.wilayah
    .filter((r) => r.kode !== prov)
    .map((r) => {
      const e = latest[r.kode];
      if (e) return { kode: r.kode, state: comparable.has(r.kode) ? 'nilai' : 'lama', entry: e };
      const d = doubtful.get(r.kode);
      return d ? { kode: r.kode, state: 'ragu', entry: d } : { kode: r.kode, state: 'kosong', entry: null };
    });
}

export type MapKind =
  /** Rates: regions coloured by class. */
  | 'kelas'
  /** Counts: circles sized by value over uncoloured regions; a count is never coloured by class. */
  | 'simbol';

export const mapKind = (ind: Pick<IndicatorSummary, 'satuan'>): MapKind =>
  ind.satuan === 'persen' ? 'kelas' : 'simbol';

/**
 * THE rule for which indicators get a map (page, embed, static image, social card): a regional
 * observation, not a target, and at least MIN_MAP_REGIONS comparable regions, except the mission
 * indicator, whose map stays even when almost empty because the emptiness is the story.
 * Order: the mission map first, then by number of regions.
 */
export function mapIndicators(site: SiteData): IndicatorSummary[] {
  return site.indikator
    .filter((i) => !targetLike(i.id) && i.jumlahWilayah > 0)
    .filter((i) => i.id === MISSION_INDICATOR || comparableEntries(site, i.id).length >= MIN_MAP_REGIONS)
    .sort((a, b) =>
      a.id === MISSION_INDICATOR
        ? -1
        : b.id === MISSION_INDICATOR
          ? 1
          : comparableEntries(site, b.id).length - comparableEntries(site, a.id).length ||
            a.nama.localeCompare(b.nama, 'id'),
    );
}

/**
 * Indicators with some kabupaten/kota figure (usable or doubtful) but no map: shown on /peta/
 * as a ranked table instead. Targets are plans, not observations, and are left out.
 */
export function tableOnlyIndicators(site: SiteData): IndicatorSummary[] {
  const mapped = new Set(mapIndicators(site).map((i) => i.id));
  return site.indikator
    .filter((i) => !targetLike(i.id) && !mapped.has(i.id))
    .filter((i) => regionFigures(site, i.id).some((f) => f.state !== 'kosong'))
    .sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
}

/** Indicators that appear in the data-availability grid: every observed indicator with any regional figure. */
export function gridIndicators(site: SiteData): IndicatorSummary[] {
  return [...mapIndicators(site), ...tableOnlyIndicators(site)];
}

import raw from '@generated/site-data.json';
import rawRiwayat from '@generated/riwayat.json';
import type { RilisSitus } from '#pipeline/pipeline.ts';
import type { Claim, IndicatorSummary, LatestEntry, Observation, Region, SiteData, Source } from './types.ts';

export const site = raw as unknown as SiteData;
/** Every recorded data release, oldest first, each with the site data of its snapshot. */
export const riwayat = rawRiwayat as unknown as RilisSitus[];

const regionByCode = new Map(site.wilayah.map((r) => [r.kode, r]));
const regionBySlugMap = new Map(site.wilayah.map((r) => [r.slug, r]));
const sourceById = new Map(site.sumber.map((s) => [s.id, s]));
const indicatorById = new Map(site.indikator.map((i) => [i.id, i]));

export const PROVINSI = '53';
export const TARGET_UCJ = 95;

export function region(kode: string): Region {
  const r = regionByCode.get(kode);
  if (!r) throw new Error(`Wilayah ${kode} tidak ada di data.`);
  return r;
}
export const regionBySlug = (slug: string) => regionBySlugMap.get(slug);
export const kabupatenKota = () => site.wilayah.filter((r) => r.kode !== PROVINSI);

export function source(id: string): Source {
  const s = sourceById.get(id);
  if (!s) throw new Error(`Sumber ${id} tidak ada di data.`);
  return s;
}

export function indicator(id: string): IndicatorSummary {
  const i = indicatorById.get(id);
  if (!i) throw new Error(`Indikator ${id} tidak ada di data.`);
  return i;
}

export function latest(indicatorId: string, kode: string): LatestEntry | undefined {
  return site.terkini[indicatorId]?.[kode];
}

export function provinceSeries(indicatorId: string): Observation[] {
  return site.provinsi[indicatorId] ?? [];
}

export function observationsFor(kode: string): Observation[] {
  return site.observasi.filter((o) => o.wilayah === kode);
}

export function claimsFor(kode: string): Claim[] {
  return site.klaim.filter((c) => c.wilayah === kode);
}

/** Prefixes the configured base path, so the site works under e.g. /ucj-ntt/. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

// The page side sees the generated JSON only through these types (defined by the pipeline).
export type { Periode as Period } from '#pipeline/period.ts';
export type { Kualifikasi as Qualifier, Observasi as Observation, Klaim as Claim, Sumber as Source, Indikator as Indicator } from '#pipeline/dataset.ts';
export type { Wilayah as Region } from '#pipeline/regions.ts';
export type { SiteData, ObservasiTerkini as LatestEntry, RingkasanIndikator as IndicatorSummary } from '#pipeline/outputs.ts';

// The page side sees the generated JSON only through these types (defined by the pipeline).
export type { Period } from '#pipeline/period.ts';
export type { Qualifier, Observation, Claim, Source, Indicator } from '#pipeline/dataset.ts';
export type { Region } from '#pipeline/regions.ts';
export type { SiteData, LatestEntry, IndicatorSummary } from '#pipeline/outputs.ts';

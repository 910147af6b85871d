// The page side sees the generated JSON only through these types (defined by the pipeline).
export type { Period } from '../../scripts/lib/period.ts';
export type { Qualifier, Observation, Claim, Source, Indicator } from '../../scripts/lib/dataset.ts';
export type { Region } from '../../scripts/lib/regions.ts';
export type { SiteData, LatestEntry, IndicatorSummary } from '../../scripts/lib/outputs.ts';

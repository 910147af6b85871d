import raw from '@generated/site-data.json';
import rawRiwayat from '@generated/riwayat.json';
import { z } from 'zod';
import type { RilisSitus } from '#pipeline/pipeline.ts';
import { rilisRecord } from '#pipeline/rilis.ts';
import { siteData, type SiteData } from '#model/schema.ts';

/**
 * The current data, checked once against the contract (src/model/schema.ts) where the pages
 * load it. Pages pass it on to the query layer (src/model/query.ts) as an argument, so the
 * same components can render an older release instead.
 */
export const site: SiteData = load(raw);
/** riwayat.json: the release records as the pipeline checks them, each with its snapshot's site data. */
const riwayatSchema = z.array(rilisRecord.extend({ site: z.unknown() }));
/**
 * Every recorded data release, oldest first, each with the site data of its snapshot (checked
 * against the same contract).
 */
export const riwayat: RilisSitus[] = loadRiwayat(rawRiwayat);

export function loadRiwayat(json: unknown): RilisSitus[] {
  const parsed = riwayatSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `src/generated/riwayat.json tidak sesuai format rilis di pipeline/rilis.ts. Jalankan npm run data lagi; bila masih gagal, samakan skema dengan keluaran pipeline.\n${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data.map((r) => ({ ...r, site: load(r.site) }));
}

export function load(json: unknown): SiteData {
  const parsed = siteData.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `src/generated/site-data.json tidak sesuai kontrak di src/model/schema.ts. Jalankan npm run data lagi; bila masih gagal, samakan skema dengan keluaran pipeline.\n${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}

/** Prefixes the configured base path, so the site works under e.g. /ucj-ntt/. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

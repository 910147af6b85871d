/**
 * The one rule for "the latest observation", used by the pipeline (site-data.json `terkini`)
 * and by every page: map, articles, charts, kabupaten pages, social cards and downloads.
 *
 * Among candidate rows (same indicator and region, possibly narrowed to a period or source):
 *   1. a usable row before one marked ragu (doubtful);
 *   2. the later end of the period, then the later start (the shorter span is more specific);
 *   3. the later publication date of the source;
 *   4. the source id that sorts first alphabetically.
 * Step 4 settles equal figures published the same day by two outlets (Sikka,
 * rentan_apbd_provinsi, August 2025: EkoraNTT and Selatan Indonesia) by content, not by the
 * order of rows in the CSV, which a spreadsheet may change without changing the data version.
 */
import type { Periode } from './schema.ts';

interface Dated {
  periode: Periode;
  sumber: string;
  ragu: boolean;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Oldest first, ending with the one the rule picks (ignoring ragu): the order of every list of rows. */
export function chronological(tanggalTerbit: (sumber: string) => string) {
  return (a: Omit<Dated, 'ragu'>, b: Omit<Dated, 'ragu'>): number =>
    cmp(a.periode.akhir, b.periode.akhir) ||
    cmp(a.periode.mulai, b.periode.mulai) ||
    cmp(tanggalTerbit(a.sumber), tanggalTerbit(b.sumber)) ||
    cmp(b.sumber, a.sumber);
}

/**
 * The latest of `rows` by the rule above; `prefer` adds a criterion between 1 and 2 (claims
 * prefer an exact figure to a "sekitar" one). Undefined when there are no rows.
 */
export function pickLatest<T extends Dated>(
  rows: readonly T[],
  tanggalTerbit: (sumber: string) => string,
  prefer?: (row: T) => boolean,
): T | undefined {
  const order = chronological(tanggalTerbit);
  let best: T | undefined;
  for (const r of rows) {
    if (!best) best = r;
    else if (r.ragu !== best.ragu) {
      if (!r.ragu) best = r;
    } else if (prefer && prefer(r) !== prefer(best)) {
      if (prefer(r)) best = r;
    } else if (order(r, best) > 0) best = r;
  }
  return best;
}

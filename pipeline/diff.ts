import type { Dataset } from './dataset.ts';
import type { Klaim, Observasi } from '#model/schema.ts';

export interface Change {
  wilayah: string;
  kind: 'baru' | 'dihapus' | 'berubah';
  what: string;
  before?: string;
  after?: string;
}

const obsKey = (o: Observasi) => `${o.wilayah}|${o.periode.id}|${o.indikator}|${o.sumber}`;
const claimKey = (c: Klaim) => `${c.wilayah}|${c.periode.id}|${c.program}|${c.sumber}`;
const obsText = (o: Observasi) => `${o.kualifikasi ? `${o.kualifikasi} ` : ''}${o.nilai}${o.ragu ? ' (ragu)' : ''}`;
const claimText = (c: Klaim) => `${c.kasus ?? '-'} kasus, Rp${c.nominalRp ?? '-'}${c.ragu ? ' (ragu)' : ''}`;

/** What a data refresh changed, per region, keyed the same way duplicates are detected. */
export function diffDatasets(before: Dataset, after: Dataset): Change[] {
  const changes: Change[] = [];
  const compare = <T>(a: T[], b: T[], key: (x: T) => string, text: (x: T) => string, label: (x: T) => string, region: (x: T) => string) => {
    const old = new Map(a.map((x) => [key(x), x]));
    const neu = new Map(b.map((x) => [key(x), x]));
    for (const [k, x] of neu) {
      const prev = old.get(k);
      if (!prev) changes.push({ wilayah: region(x), kind: 'baru', what: label(x), after: text(x) });
      else if (text(prev) !== text(x)) changes.push({ wilayah: region(x), kind: 'berubah', what: label(x), before: text(prev), after: text(x) });
    }
    for (const [k, x] of old) if (!neu.has(k)) changes.push({ wilayah: region(x), kind: 'dihapus', what: label(x), before: text(x) });
  };
  compare(before.observasi, after.observasi, obsKey, obsText, (o) => `${o.indikator} ${o.periode.id} [${o.sumber}]`, (o) => o.wilayah);
  compare(before.klaim, after.klaim, claimKey, claimText, (c) => `klaim ${c.program} ${c.periode.id} [${c.sumber}]`, (c) => c.wilayah);
  return changes.sort((a, b) => a.wilayah.localeCompare(b.wilayah) || a.what.localeCompare(b.what));
}

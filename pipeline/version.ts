/**
 * The data version: a hash of what the data says, not of how the files happen to be written.
 *
 * Every row is reduced to its parsed, canonical form (region code instead of alias, 33.73
 * instead of "33,73", 558115 instead of "558.115", "2024-06" instead of "2024-6", booleans
 * instead of "ya"/""), the line it came from is dropped, and rows are sorted by their
 * identity. A spreadsheet that re-saves unchanged data with another delimiter, decimal comma,
 * BOM, CRLF, quoting or row and column order therefore keeps the version; any change a reader
 * could see changes it.
 *
 * The same canonical form is the release snapshot (data/rilis/), so a snapshot hashes to the
 * version it was recorded under.
 */
import { createHash } from 'node:crypto';
import type { Indikator, Klaim, KonteksNasional, Observasi, Periode, Sumber, Wilayah } from '#model/schema.ts';
import type { Dataset } from './dataset.ts';

/** An observation or claim as content: everything but the line number it was read from. */
export type SnapshotObservation = Omit<Observasi, 'baris'>;
export type SnapshotClaim = Omit<Klaim, 'baris'>;
export type SnapshotKonteks = Omit<KonteksNasional, 'baris'>;

export interface Snapshot {
  wilayah: Wilayah[];
  indikator: Indikator[];
  sumber: Sumber[];
  observasi: SnapshotObservation[];
  klaim: SnapshotClaim[];
  /** National context; absent in snapshots recorded before it existed (and when empty). */
  konteks?: SnapshotKonteks[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** "The same observation": the identity a correction keeps and duplicates are rejected by. */
export const observationKey = (o: Pick<Observasi, 'wilayah' | 'indikator' | 'periode' | 'sumber'>) =>
  `${o.wilayah}|${o.indikator}|${o.periode.id}|${o.sumber}`;
export const claimKey = (c: Pick<Klaim, 'wilayah' | 'program' | 'periode' | 'sumber'>) =>
  `${c.wilayah}|${c.program}|${c.periode.id}|${c.sumber}`;

/** Drops `baris` without listing the other fields, so a new column is hashed the day it is added. */
function withoutLine<T extends { baris: number }>(row: T): Omit<T, 'baris'> {
  const { baris: _line, ...rest } = row;
  return rest;
}

export function canonicalSnapshot(ds: Dataset): Snapshot {
  return {
    wilayah: [...ds.wilayah].sort((a, b) => cmp(a.kode, b.kode)),
    indikator: [...ds.indikator].sort((a, b) => cmp(a.id, b.id)),
    sumber: [...ds.sumber].sort((a, b) => cmp(a.id, b.id)),
    observasi: ds.observasi.map(withoutLine).sort((a, b) => cmp(observationKey(a), observationKey(b))),
    klaim: ds.klaim.map(withoutLine).sort((a, b) => cmp(claimKey(a), claimKey(b))),
    // Only when present, so snapshots recorded before national context still hash to their version.
    ...(ds.konteks.length
      ? { konteks: ds.konteks.map(withoutLine).sort((a, b) => cmp(konteksKey(a), konteksKey(b))) }
      : {}),
  };
}

const konteksKey = (k: SnapshotKonteks) => `${k.wilayah}|${k.periode.id}|${k.ukuran}|${k.sumber}|${k.nilai}`;

/**
 * Periods as releases 1–3 recorded them, before the naming rule made every domain field
 * Indonesian: `kind`, `start`, `end` for `jenis`, `mulai`, `akhir`. Those files are a public
 * record and stay as written; reading converts them.
 */
interface RecordedPeriodV1 {
  id: string;
  kind: Periode['jenis'];
  start: string;
  end: string;
}

const fromRecordedPeriod = (p: Periode | RecordedPeriodV1): Periode =>
  'kind' in p ? { id: p.id, jenis: p.kind, mulai: p.start, akhir: p.end } : p;

/**
 * The version hash was defined while periods were written {id, kind, start, end}. Hashing the
 * period under those keys keeps every recorded version, and so every pinned embed address and
 * the "data not yet released" check, valid across the rename; the content hashed is the same.
 */
const periodForHash = (p: Periode): RecordedPeriodV1 => ({
  id: p.id,
  kind: p.jenis,
  start: p.mulai,
  end: p.akhir,
});

/** A snapshot back as a dataset; line numbers are positions in the snapshot's canonical order. */
export function datasetFromSnapshot(s: Snapshot): Dataset {
  const row = <T extends { periode: Periode }>(r: T, i: number) => ({
    ...r,
    periode: fromRecordedPeriod(r.periode),
    baris: i + 1,
  });
  return {
    wilayah: s.wilayah,
    indikator: s.indikator,
    sumber: s.sumber,
    observasi: s.observasi.map(row),
    klaim: s.klaim.map(row),
    konteks: (s.konteks ?? []).map(row),
  };
}

/** JSON with object keys sorted at every level: the same content is always the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(o)
          .sort()
          .map((k) => [k, o[k]]),
      );
    }
    return v;
  });
}

export function contentVersion(ds: Dataset): string {
  const snapshot = canonicalSnapshot(ds);
  const hashed = {
    ...snapshot,
    observasi: snapshot.observasi.map((o) => ({ ...o, periode: periodForHash(o.periode) })),
    klaim: snapshot.klaim.map((c) => ({ ...c, periode: periodForHash(c.periode) })),
    ...(snapshot.konteks
      ? { konteks: snapshot.konteks.map((k) => ({ ...k, periode: periodForHash(k.periode) })) }
      : {}),
  };
  return createHash('sha256').update(canonicalJson(hashed)).digest('hex').slice(0, 10);
}

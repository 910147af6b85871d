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
import type { Claim, Dataset, Indicator, Observation, Source } from './dataset.ts';
import type { Region } from './regions.ts';

/** An observation or claim as content: everything but the line number it was read from. */
export type SnapshotObservation = Omit<Observation, 'baris'>;
export type SnapshotClaim = Omit<Claim, 'baris'>;

/**
 * Keys are the data files' names, not the pipeline's field names: committed releases outlive
 * refactorings of the code, and their versions must not move when a field is renamed.
 */
export interface Snapshot {
  wilayah: Region[];
  indikator: Indicator[];
  sumber: Source[];
  kepesertaan: SnapshotObservation[];
  klaim: SnapshotClaim[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** "The same observation": the identity a correction keeps and duplicates are rejected by. */
export const observationKey = (o: Pick<Observation, 'wilayah' | 'indikator' | 'periode' | 'sumber'>) =>
  `${o.wilayah}|${o.indikator}|${o.periode.id}|${o.sumber}`;
export const claimKey = (c: Pick<Claim, 'wilayah' | 'program' | 'periode' | 'sumber'>) => `${c.wilayah}|${c.program}|${c.periode.id}|${c.sumber}`;

/** Drops `baris` without listing the other fields, so a new column is hashed the day it is added. */
function withoutLine<T extends { baris: number }>(row: T): Omit<T, 'baris'> {
  const { baris: _line, ...rest } = row;
  return rest;
}

export function canonicalSnapshot(ds: Dataset): Snapshot {
  return {
    wilayah: [...ds.regions].sort((a, b) => cmp(a.kode, b.kode)),
    indikator: [...ds.indicators].sort((a, b) => cmp(a.id, b.id)),
    sumber: [...ds.sources].sort((a, b) => cmp(a.id, b.id)),
    kepesertaan: ds.observations.map(withoutLine).sort((a, b) => cmp(observationKey(a), observationKey(b))),
    klaim: ds.claims.map(withoutLine).sort((a, b) => cmp(claimKey(a), claimKey(b))),
  };
}

/** A snapshot back as a dataset; line numbers are positions in the snapshot's canonical order. */
export function datasetFromSnapshot(s: Snapshot): Dataset {
  return {
    regions: s.wilayah,
    indicators: s.indikator,
    sources: s.sumber,
    observations: s.kepesertaan.map((o, i) => ({ ...o, baris: i + 1 })),
    claims: s.klaim.map((c, i) => ({ ...c, baris: i + 1 })),
  };
}

/** JSON with object keys sorted at every level: the same content is always the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
    }
    return v;
  });
}

export function contentVersion(ds: Dataset): string {
  return createHash('sha256').update(canonicalJson(canonicalSnapshot(ds))).digest('hex').slice(0, 10);
}

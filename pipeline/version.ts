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
    observasi: sortedBy(ds.observasi, observationKey).map(withoutLine),
    klaim: sortedBy(ds.klaim, claimKey).map(withoutLine),
    // Only when present, so snapshots recorded before national context still hash to their version.
    ...(ds.konteks.length ? { konteks: sortedBy(ds.konteks, konteksKey).map(withoutLine) } : {}),
  };
}

/**
 * The rows in the order of their keys, ties in their original order (as a stable sort by the
 * key would leave them); each key is computed once, not twice per comparison.
 */
function sortedBy<T>(rows: readonly T[], key: (row: T) => string): T[] {
  const keys = rows.map(key);
  const order = rows.map((_, i) => i);
  order.sort((a, b) => cmp(keys[a]!, keys[b]!) || a - b);
  return order.map((i) => rows[i]!);
}

const konteksKey = (k: Omit<KonteksNasional, 'baris'>) =>
  `${k.wilayah}|${k.periode.id}|${k.ukuran}|${k.sumber}|${k.nilai}`;

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
  const parts: string[] = [];
  try {
    const write = canonicalWriter((p) => parts.push(p));
    write(value);
    return parts.join('');
  } catch (e) {
    if (e !== UNSUPPORTED) throw e;
    return canonicalJsonByReplacer(value);
  }
}

/** The definition canonicalJson keeps to, for values the writer below does not handle. */
function canonicalJsonByReplacer(value: unknown): string {
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

const UNSUPPORTED = Symbol('unsupported');

/** JSON.stringify(s) for a string, without the call for the usual string that needs no escape. */
function quote(s: string): string {
  if (s.length > 64) return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(s);
  }
  return `"${s}"`;
}
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * Writes canonicalJsonByReplacer's exact text in pieces, without a sorted copy of every object
 * and without the whole text in memory: at national scale (300,000 observations) the replacer
 * was most of the build's data step. Plain objects, arrays, strings, finite and non-finite
 * numbers, booleans and null only; anything else (a Date, a toJSON, a Map) throws UNSUPPORTED
 * and the caller falls back to the replacer. `omit` leaves one key out of the top-level object,
 * `map` replaces its values (as a spread copy with that key replaced would).
 */
function canonicalWriter(
  emit: (piece: string) => void,
): (value: unknown, omit?: string, map?: (key: string, value: unknown) => unknown) => void {
  // Key orders per object shape: the rows of a table share one, found by comparing key lists.
  // Each with its keys written out once: `"name":` and `,"name":`.
  const shapes: { keys: string[]; order: string[]; head: string[]; next: string[] }[] = [];
  const shapeOf = (keys: string[]) => {
    search: for (const s of shapes) {
      if (s.keys.length !== keys.length) continue;
      for (let i = 0; i < keys.length; i++) if (s.keys[i] !== keys[i]) continue search;
      return s;
    }
    const sorted = [...keys].sort();
    // Object.fromEntries(sorted) would list array-index keys first, in numeric order.
    const index = sorted.filter((k) => ARRAY_INDEX.test(k) && Number(k) < 4294967295);
    const order = index.length
      ? [...index.sort((a, b) => Number(a) - Number(b)), ...sorted.filter((k) => !index.includes(k))]
      : sorted;
    const names = order.map((k) => `${quote(k)}:`);
    const shape = { keys, order, head: names, next: names.map((n) => `,${n}`) };
    if (shapes.length < 64) shapes.push(shape);
    return shape;
  };
  /** Writes v as a property or array value; false when JSON.stringify would leave it out. */
  const write = (v: unknown, omit?: string, map?: (key: string, value: unknown) => unknown): boolean => {
    switch (typeof v) {
      case 'string':
        emit(quote(v));
        return true;
      case 'number':
        emit(Number.isFinite(v) ? String(v) : 'null');
        return true;
      case 'boolean':
        emit(v ? 'true' : 'false');
        return true;
      case 'undefined':
      case 'function':
      case 'symbol':
        return false;
      case 'object': {
        if (v === null) {
          emit('null');
          return true;
        }
        if (typeof (v as { toJSON?: unknown }).toJSON === 'function') throw UNSUPPORTED;
        if (Array.isArray(v)) {
          emit('[');
          for (let i = 0; i < v.length; i++) {
            if (i > 0) emit(',');
            if (!write(v[i])) emit('null');
          }
          emit(']');
          return true;
        }
        const proto = Object.getPrototypeOf(v);
        if (proto !== Object.prototype && proto !== null) throw UNSUPPORTED;
        const o = v as Record<string, unknown>;
        emit('{');
        let first = true;
        const shape = shapeOf(Object.keys(o));
        const order = shape.order;
        for (let j = 0; j < order.length; j++) {
          const k = order[j]!;
          if (k === omit) continue;
          const x = map ? map(k, o[k]) : o[k];
          if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
          emit(first ? shape.head[j]! : shape.next[j]!);
          first = false;
          write(x);
        }
        emit('}');
        return true;
      }
      default:
        throw UNSUPPORTED;
    }
  };
  return (value, omit, map) => {
    if (!write(value, omit, map)) throw UNSUPPORTED;
  };
}

export function contentVersion(ds: Dataset): string {
  try {
    return versionOf(ds);
  } catch (e) {
    if (e !== UNSUPPORTED) throw e;
    return createHash('sha256')
      .update(canonicalJsonByReplacer(hashedSnapshot(ds)))
      .digest('hex')
      .slice(0, 10);
  }
}

/** What the version hashes, as an object: the snapshot with periods as periodForHash writes them. */
function hashedSnapshot(ds: Dataset) {
  const snapshot = canonicalSnapshot(ds);
  return {
    ...snapshot,
    observasi: snapshot.observasi.map((o) => ({ ...o, periode: periodForHash(o.periode) })),
    klaim: snapshot.klaim.map((c) => ({ ...c, periode: periodForHash(c.periode) })),
    ...(snapshot.konteks
      ? { konteks: snapshot.konteks.map((k) => ({ ...k, periode: periodForHash(k.periode) })) }
      : {}),
  };
}

/**
 * The hash of canonicalJson(hashedSnapshot(ds)), written row by row into the hash in pieces of
 * about 64 KB: no copy of each row without its line number, none of the whole text.
 */
function versionOf(ds: Dataset): string {
  const hash = createHash('sha256');
  // Pieces joined into one string per 8,192: a join copies once, += would build a rope.
  const parts: string[] = [];
  const emit = (piece: string) => {
    if (parts.push(piece) === 8192) {
      hash.update(parts.join(''));
      parts.length = 0;
    }
  };
  type Table = [name: string, rows: readonly object[], dated: boolean];
  // The snapshot's keys in sorted order, each table's rows in canonicalSnapshot's order.
  const tables: Table[] = [
    ['indikator', [...ds.indikator].sort((a, b) => cmp(a.id, b.id)), false],
    ['klaim', sortedBy(ds.klaim, claimKey), true],
    ...(ds.konteks.length ? [['konteks', sortedBy(ds.konteks, konteksKey), true] as Table] : []),
    ['observasi', sortedBy(ds.observasi, observationKey), true],
    ['sumber', [...ds.sumber].sort((a, b) => cmp(a.id, b.id)), false],
    ['wilayah', [...ds.wilayah].sort((a, b) => cmp(a.kode, b.kode)), false],
  ];
  const write = canonicalWriter(emit);
  const dated = (k: string, v: unknown) => (k === 'periode' ? periodForHash(v as Periode) : v);
  emit('{');
  tables.forEach(([name, rows, isDated], t) => {
    emit(`${t ? ',' : ''}"${name}":[`);
    rows.forEach((row, i) => {
      if (i) emit(',');
      if (isDated) write(row, 'baris', dated);
      else write(row);
    });
    emit(']');
  });
  emit('}');
  hash.update(parts.join(''));
  return hash.digest('hex').slice(0, 10);
}

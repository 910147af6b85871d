import type { Klaim, Kualifikasi, Observasi } from '#model/schema.ts';
import type { Dataset } from './dataset.ts';
import { canonicalJson, claimKey, observationKey } from './version.ts';

/**
 * What one figure was, as a release records it: enough to show "3 → 3,5 persen" without the
 * rest of the dataset.
 */
export interface NilaiRilis {
  nilai: number | null;
  kualifikasi: Kualifikasi;
  ragu: boolean;
  /** Claims only: rupiah beside the case count in `nilai`. */
  nominalRp?: number | null;
  kualifikasiNominal?: Kualifikasi;
}

/**
 * One change between two versions of the data, per region and indicator.
 *
 * "The same observation" is the same region, indicator, period and source (the key duplicates
 * are rejected by): a new value under that key is a correction (`dikoreksi`), never a removal
 * plus an addition. A figure for another period or from another source is `baru`.
 */
export interface Perubahan {
  jenis: 'baru' | 'dikoreksi' | 'dihapus' | 'keterangan';
  wilayah: string;
  /** Indicator id; claims use `klaim:<PROGRAM>`. */
  indikator: string;
  periode: string;
  sumber: string;
  /** For additions: the source was not in the previous version at all. */
  sumberBaru?: boolean;
  sebelum?: NilaiRilis;
  sesudah?: NilaiRilis;
  /** For `keterangan`: the note as it now reads. */
  catatan?: string | null;
}

/** Changes outside the figures (source titles, indicator definitions, region names). */
export interface PerubahanLain {
  apa: 'sumber' | 'indikator' | 'wilayah';
  id: string;
  jenis: 'baru' | 'diubah' | 'dihapus';
}

export interface Selisih {
  perubahan: Perubahan[];
  lainnya: PerubahanLain[];
}

const obsValue = (o: Observasi): NilaiRilis => ({ nilai: o.nilai, kualifikasi: o.kualifikasi, ragu: o.ragu });
const claimValue = (c: Klaim): NilaiRilis => ({
  nilai: c.kasus,
  kualifikasi: c.kualifikasiKasus,
  ragu: c.ragu,
  nominalRp: c.nominalRp,
  kualifikasiNominal: c.kualifikasiNominal,
});
const same = (a: NilaiRilis, b: NilaiRilis) => canonicalJson(a) === canonicalJson(b);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What changed from one version of the data to the next; `before` null means everything is new. */
export function compareDatasets(before: Dataset | null, after: Dataset): Selisih {
  const perubahan: Perubahan[] = [];
  const oldSources = new Set((before?.sumber ?? []).map((s) => s.id));
  const compare = <T extends { wilayah: string; periode: { id: string }; sumber: string; catatan: string | null }>(
    a: T[],
    b: T[],
    key: (x: T) => string,
    indikator: (x: T) => string,
    value: (x: T) => NilaiRilis,
  ) => {
    const old = new Map(a.map((x) => [key(x), x]));
    const neu = new Map(b.map((x) => [key(x), x]));
    const base = (x: T) => ({ wilayah: x.wilayah, indikator: indikator(x), periode: x.periode.id, sumber: x.sumber });
    for (const [k, x] of neu) {
      const prev = old.get(k);
      if (!prev)
        perubahan.push({
          jenis: 'baru',
          ...base(x),
          ...(before && !oldSources.has(x.sumber) ? { sumberBaru: true } : {}),
          sesudah: value(x),
        });
      else if (!same(value(prev), value(x)))
        perubahan.push({ jenis: 'dikoreksi', ...base(x), sebelum: value(prev), sesudah: value(x) });
      else if (prev.catatan !== x.catatan) perubahan.push({ jenis: 'keterangan', ...base(x), catatan: x.catatan });
    }
    for (const [k, x] of old) if (!neu.has(k)) perubahan.push({ jenis: 'dihapus', ...base(x), sebelum: value(x) });
  };
  compare(before?.observasi ?? [], after.observasi, observationKey, (o) => o.indikator, obsValue);
  compare(before?.klaim ?? [], after.klaim, claimKey, (c) => `klaim:${c.program}`, claimValue);
  perubahan.sort(
    (a, b) =>
      cmp(a.wilayah, b.wilayah) ||
      cmp(a.indikator, b.indikator) ||
      cmp(a.periode, b.periode) ||
      cmp(a.sumber, b.sumber),
  );

  const lainnya: PerubahanLain[] = [];
  if (before) {
    const other = <T>(apa: PerubahanLain['apa'], a: T[], b: T[], id: (x: T) => string) => {
      const old = new Map(a.map((x) => [id(x), canonicalJson(x)]));
      const neu = new Map(b.map((x) => [id(x), canonicalJson(x)]));
      for (const [k, x] of neu) {
        if (!old.has(k)) lainnya.push({ apa, id: k, jenis: 'baru' });
        else if (old.get(k) !== x) lainnya.push({ apa, id: k, jenis: 'diubah' });
      }
      for (const k of old.keys()) if (!neu.has(k)) lainnya.push({ apa, id: k, jenis: 'dihapus' });
    };
    other('wilayah', before.wilayah, after.wilayah, (r) => r.kode);
    other('indikator', before.indikator, after.indikator, (i) => i.id);
    other('sumber', before.sumber, after.sumber, (s) => s.id);
  }
  return { perubahan, lainnya };
}

/** A figure as an editor reads it in a terminal report. */
export function nilaiTeks(v: NilaiRilis | undefined): string {
  if (!v) return '-';
  const q = (k: Kualifikasi) => (k ? `${k} ` : '');
  const main = v.nilai === null ? '-' : `${q(v.kualifikasi)}${v.nilai}`;
  const rp =
    v.nominalRp === undefined
      ? ''
      : `, Rp${v.nominalRp === null ? '-' : `${q(v.kualifikasiNominal ?? null)}${v.nominalRp}`}`;
  return `${main}${rp}${v.ragu ? ' (ragu)' : ''}`;
}

/** The changes as report lines grouped per region, for data:check and rilis. */
export function formatSelisih(s: Selisih, names: Map<string, string>): string[] {
  const out: string[] = [];
  let current = '';
  for (const c of s.perubahan) {
    if (c.wilayah !== current) {
      current = c.wilayah;
      out.push(`  ${names.get(c.wilayah) ?? c.wilayah} (${c.wilayah}):`);
    }
    const detail =
      c.jenis === 'dikoreksi'
        ? `${nilaiTeks(c.sebelum)} -> ${nilaiTeks(c.sesudah)}`
        : c.jenis === 'baru'
          ? `${nilaiTeks(c.sesudah)}${c.sumberBaru ? ' (sumber baru)' : ''}`
          : c.jenis === 'dihapus'
            ? nilaiTeks(c.sebelum)
            : `catatan: ${c.catatan ?? '(dihapus)'}`;
    out.push(`    ${c.jenis.padEnd(10)} ${c.indikator} ${c.periode} [${c.sumber}]: ${detail}`);
  }
  if (s.lainnya.length) {
    out.push('  Lainnya:');
    for (const l of s.lainnya) out.push(`    ${l.jenis.padEnd(10)} ${l.apa} ${l.id}`);
  }
  return out;
}

export const adaPerubahan = (s: Selisih) => s.perubahan.length > 0 || s.lainnya.length > 0;

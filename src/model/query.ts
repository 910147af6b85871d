/**
 * The query layer: every lookup, selection and ranking the pages make on the data.
 *
 * Every function takes the dataset as its first argument, never a module-level copy, so the
 * same code renders the current data and an older release snapshot (pinned embeds).
 */
import { comparableEntries, mapIndicators } from './peta.ts';
import { isTarget } from './constants.ts';
import { TidakDidukung } from './errors.ts';
import { chronological, pickLatest } from './latest.ts';
import { normalizeName } from './names.ts';
import type { Klaim, Observasi, ObservasiTerkini, RingkasanIndikator, SiteData, Sumber, Wilayah } from './schema.ts';

interface Index {
  wilayahByKey: Map<string, Wilayah>;
  wilayahByKode: Map<string, Wilayah>;
  sumber: Map<string, Sumber>;
  indikator: Map<string, RingkasanIndikator>;
  provinsi: Wilayah;
  kabupatenKota: Wilayah[];
}
const indexes = new WeakMap<SiteData, Index>();

function index(data: SiteData): Index {
  let i = indexes.get(data);
  if (i) return i;
  const wilayahByKey = new Map<string, Wilayah>();
  for (const r of data.wilayah) {
    for (const key of [r.kode, r.nama, r.slug, ...r.alias]) wilayahByKey.set(normalizeName(key), r);
  }
  // Names win over aliases of other regions ("Kupang" is the kabupaten, not the city).
  for (const r of data.wilayah) wilayahByKey.set(normalizeName(r.nama), r);
  const provinsi = data.wilayah.filter((r) => r.jenis === 'Provinsi');
  if (provinsi.length !== 1)
    throw new TidakDidukung(
      `data/wilayah.csv harus memuat tepat satu baris berjenis Provinsi (kini ${provinsi.length}).`,
    );
  i = {
    wilayahByKey,
    wilayahByKode: new Map(data.wilayah.map((r) => [r.kode, r])),
    sumber: new Map(data.sumber.map((s) => [s.id, s])),
    indikator: new Map(data.indikator.map((d) => [d.id, d])),
    provinsi: provinsi[0]!,
    kabupatenKota: data.wilayah.filter((r) => r.jenis !== 'Provinsi'),
  };
  indexes.set(data, i);
  return i;
}

// --- lookups -----------------------------------------------------------------------------

/** A region by BPS code, name, slug or alias, in any case. */
export function cariWilayah(data: SiteData, teks: string): Wilayah {
  const r = index(data).wilayahByKey.get(normalizeName(teks));
  if (!r)
    throw new TidakDidukung(`wilayah "${teks}" tidak ada di data/wilayah.csv (pakai kode BPS, nama, atau alias).`);
  return r;
}

export function cariIndikator(data: SiteData, id: string): RingkasanIndikator {
  const d = index(data).indikator.get(id);
  if (!d) throw new TidakDidukung(`indikator "${id}" tidak ada di data/indikator.csv.`);
  return d;
}

export function cariSumber(data: SiteData, id: string): Sumber {
  const s = index(data).sumber.get(id);
  if (!s) throw new TidakDidukung(`sumber "${id}" tidak ada di data/sumber.csv.`);
  return s;
}

/** The province: the one row of data/wilayah.csv whose jenis is Provinsi. */
export const provinsi = (data: SiteData): Wilayah => index(data).provinsi;
export const isProvinsi = (data: SiteData, kode: string): boolean => index(data).provinsi.kode === kode;
/** The kabupaten/kota, in code order. */
export const kabupatenKota = (data: SiteData): Wilayah[] => index(data).kabupatenKota;

/** "Kabupaten Malaka", "Kota Kupang", "Provinsi NTT": how prose and titles name a region. */
export function namaLengkap(r: Wilayah): string {
  if (r.jenis === 'Provinsi') return `Provinsi ${r.nama}`;
  if (r.jenis === 'Kota') return r.nama.startsWith('Kota') ? r.nama : `Kota ${r.nama}`;
  return `Kabupaten ${r.nama}`;
}

// --- the latest observation (rule in latest.ts) ------------------------------------------

const dateOf = (data: SiteData) => {
  const i = index(data);
  return (id: string) => i.sumber.get(id)?.tanggalTerbit ?? '';
};

/** Oldest first, by the same rule that picks the latest. */
export const urutKronologis = (data: SiteData) => chronological(dateOf(data));

/** The latest usable figure of an indicator for a region (precomputed by the pipeline). */
export function terkini(data: SiteData, indikator: string, kode: string): ObservasiTerkini | undefined {
  return data.terkini[indikator]?.[kode];
}

/** The latest usable figure of an indicator for every kabupaten/kota that has one. */
export function terkiniKabupatenKota(data: SiteData, indikator: string): ObservasiTerkini[] {
  const p = provinsi(data).kode;
  return Object.values(data.terkini[indikator] ?? {}).filter((e) => e.wilayah !== p);
}

/** The latest of some observations (e.g. one period of one indicator and region); doubtful ones only when nothing else is left. */
export function pilihObservasi(data: SiteData, rows: readonly Observasi[]): Observasi | undefined {
  return pickLatest(rows, dateOf(data));
}

/** The same rule for claims rows, preferring an exact figure of the measure asked for to a "sekitar" one. */
export function pilihKlaim(data: SiteData, rows: readonly Klaim[], ukuran: 'kasus' | 'nominal'): Klaim | undefined {
  return pickLatest(
    rows,
    dateOf(data),
    (c) => (ukuran === 'kasus' ? c.kualifikasiKasus : c.kualifikasiNominal) === null,
  );
}

/** Every provincial observation of an indicator, oldest first, doubtful ones included. */
export function seriProvinsi(data: SiteData, indikator: string): Observasi[] {
  return data.provinsi[indikator] ?? [];
}

// --- regions with data, ranking ----------------------------------------------------------

/**
 * Kabupaten/kota codes with a figure for an indicator ('*' = any indicator except targets):
 * 'berdata' = a usable (non-doubtful) figure; 'semua' = any published figure.
 */
export function wilayahBerdata(data: SiteData, indikator: string, mode: 'berdata' | 'semua'): string[] {
  const match = (id: string) => (indikator === '*' ? !isTarget(id) : id === indikator);
  const p = provinsi(data).kode;
  const codes = new Set(
    data.observasi
      .filter((o) => o.wilayah !== p && match(o.indikator) && (mode === 'semua' || !o.ragu))
      .map((o) => o.wilayah),
  );
  return kabupatenKota(data)
    .map((r) => r.kode)
    .filter((c) => codes.has(c));
}

/**
 * Rank among the kabupaten/kota whose figures may be compared ("competition" ranking: ties share
 * a rank): usable figures of periods close enough to the newest (comparableEntries, the rule the
 * maps use). Null for a region outside that set and for a set of fewer than two.
 */
export function peringkat(
  data: SiteData,
  indikator: string,
  kode: string,
  urutan: 'tertinggi' | 'terendah' = 'tertinggi',
): { rank: number; dari: number; seri: boolean } | null {
  const entries = comparableEntries(data, indikator);
  const own = entries.find((e) => e.wilayah === kode);
  if (!own || entries.length < 2) return null;
  const better = entries.filter((e) => (urutan === 'tertinggi' ? e.nilai > own.nilai : e.nilai < own.nilai)).length;
  const seri = entries.filter((e) => e.nilai === own.nilai).length > 1;
  return { rank: better + 1, dari: entries.length, seri };
}

/** Regions at a rank (several when tied), e.g. the lowest UCJ, among comparable figures. */
export function wilayahPadaPeringkat(
  data: SiteData,
  indikator: string,
  urutan: 'tertinggi' | 'terendah',
  ke = 1,
): Wilayah[] {
  return comparableEntries(data, indikator)
    .filter((e) => peringkat(data, indikator, e.wilayah, urutan)?.rank === ke)
    .map((e) => index(data).wilayahByKode.get(e.wilayah)!)
    .sort((a, b) => a.nama.localeCompare(b.nama));
}

/** Indicators that get a choropleth: some kabupaten/kota has a usable figure, and it is not a target. UCJ first. */
export function indikatorPeta(data: SiteData): RingkasanIndikator[] {
  // The one rule (comparable regions, the UCJ exception) lives in peta.ts.
  return mapIndicators(data);
}

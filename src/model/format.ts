/**
 * Number and date formatting. Everything a reader sees goes through here so that "558.115",
 * "33,73 persen" and "Rp381,1 miliar" are written the same way everywhere; the words come from
 * the edition's dictionary (src/i18n/id/angka.ts).
 */
import { t } from '#i18n/id.ts';
import type { Kualifikasi, Periode, Sumber } from './schema.ts';

const kata = t.angka;

/** Month names, shared with the pipeline's messages about spreadsheet dates. */
export const BULAN: readonly string[] = kata.bulan;

// One formatter per precision: Intl.NumberFormat is costly to build and figures are formatted by the thousand.
const formatters = new Map<number, Intl.NumberFormat>();
const nf = (maxDecimals: number) => {
  let f = formatters.get(maxDecimals);
  if (!f) formatters.set(maxDecimals, (f = new Intl.NumberFormat(kata.locale, { maximumFractionDigits: maxDecimals })));
  return f;
};

export function formatAngka(n: number, maxDecimals = 0): string {
  return nf(maxDecimals).format(n);
}

/** Keeps the precision the source published (33,73 stays 33,73; 3 stays 3). */
export function formatPersen(n: number, style: 'prosa' | 'ringkas' = 'prosa'): string {
  const text = nf(2).format(n);
  return style === 'prosa' ? kata.persen(text) : kata.persenRingkas(text);
}

/** A range as legends print it, the unit once after both limits: "25–50%", "1.000–2.000". */
export function formatRentang(awal: number, akhir: number, satuan: string): string {
  if (satuan !== 'persen') return kata.rentang(formatAngka(awal), formatAngka(akhir));
  return kata.persenRingkas(kata.rentang(nf(2).format(awal), nf(2).format(akhir)));
}

const SCALES: [number, string][] = [
  [1e12, kata.skala.triliun],
  [1e9, kata.skala.miliar],
  [1e6, kata.skala.juta],
];

/** Rupiah in words of scale: 381080853812 -> "Rp381,1 miliar"; below a million in full. */
export function formatRupiah(n: number, style: 'singkat' | 'penuh' = 'singkat'): string {
  if (style === 'penuh' || Math.abs(n) < 1e6) return kata.rupiah(formatAngka(n));
  for (const [size, word] of SCALES) {
    if (Math.abs(n) >= size) {
      const scaled = n / size;
      const digits = scaled >= 100 ? 1 : scaled >= 10 ? 1 : 2;
      return kata.rupiah(`${nf(digits).format(scaled)} ${word}`);
    }
  }
  return kata.rupiah(formatAngka(n));
}

/** Large counts in words for headlines: 1654526 -> "1,65 juta". */
export function formatAngkaSingkat(n: number): string {
  if (Math.abs(n) >= 1e6) return `${nf(2).format(n / 1e6)} ${kata.skala.juta}`;
  if (Math.abs(n) >= 1e4) return `${nf(1).format(n / 1e3)} ${kata.skala.ribu}`;
  return formatAngka(n);
}

export function namaBulan(yyyymm: string): string {
  const [y, m] = yyyymm.split('-');
  return kata.bulanTahun(BULAN[Number(m) - 1]!, y!);
}

export function formatPeriode(p: Periode): string {
  switch (p.jenis) {
    case 'tahun':
      return p.id;
    case 'bulan':
      return namaBulan(p.mulai);
    case 'rentang-tahun':
      return kata.rentang(p.mulai.slice(0, 4), p.akhir.slice(0, 4));
    case 'rentang-bulan': {
      const [ys, ms] = p.mulai.split('-');
      const [ye, me] = p.akhir.split('-');
      return ys === ye
        ? kata.rentangBulan(BULAN[Number(ms) - 1]!, BULAN[Number(me) - 1]!, ye!)
        : kata.rentang(namaBulan(p.mulai), namaBulan(p.akhir));
    }
  }
}

export function formatTanggal(iso: string): string {
  const [y, m, d] = iso.split('-');
  return kata.tanggal(Number(d), BULAN[Number(m) - 1]!, y!);
}

export function withQualifier(text: string, q: Kualifikasi): string {
  return q ? `${q} ${text}` : text;
}

/**
 * Counts in running text: zero to ten in words ("dua kabupaten"), larger numbers in figures,
 * as Indonesian newsroom style does. `kapital` starts a sentence ("Dua").
 */
export function formatBilangan(n: number, kapital = false): string {
  const text = Number.isInteger(n) && n >= 0 && n < kata.kata.length ? kata.kata[n]! : formatAngka(n);
  return kapital ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** A difference of two percentages: 87 -> "87 poin persentase", 61.27 -> "61,27 poin persentase". */
export function formatPoin(n: number, maxDecimals = 2): string {
  return kata.poin(formatAngka(n, maxDecimals));
}

/** A ratio: 30 -> "30 kali", 2.5 -> "2,5 kali". */
export function formatKali(n: number, maxDecimals = 1): string {
  return kata.kali(formatAngka(n, maxDecimals));
}

/** An ordinal in a sentence: 1 -> "pertama", 4 -> "keempat", 12 -> "ke-12" (words up to ten). */
export function formatUrutan(n: number): string {
  if (n === 1) return kata.urutanPertama;
  return Number.isInteger(n) && n >= 2 && n < kata.kata.length
    ? kata.urutanKata(kata.kata[n]!)
    : kata.urutanAngka(formatAngka(n));
}

/** A rank among the regions that have a figure: (2, 5) -> "kedua dari lima", (12, 14) -> "ke-12 dari 14". */
export function formatPeringkat(rank: number, of: number): string {
  return kata.peringkat(formatUrutan(rank), formatBilangan(of));
}

/** Names in a sentence: ["A"] -> "A", ["A", "B"] -> "A dan B", ["A", "B", "C"] -> "A, B, dan C". */
export function formatDaftar(items: string[]): string {
  if (items.length <= 2) return items.join(kata.dan);
  return `${items.slice(0, -1).join(kata.koma)}${kata.danAkhir}${items[items.length - 1]}`;
}

/** ISO date (YYYY-MM-DD) of a Date, in UTC, for metadata. */
export function isoTanggal(d: Date): string {
  return d.toISOString().slice(0, 10);
}

// --- figures and citations ----------------------------------------------------------------

/** What a shown figure measures: the data's units plus the ones derived figures need. */
export type SatuanAngka = 'persen' | 'orang' | 'rupiah' | 'kasus' | 'wilayah' | 'poin' | 'kali';

export interface OpsiTeks {
  /** 'singkat' ("1,65 juta", "Rp381,1 miliar"), 'penuh' (rupiah in full), 'ringkas' ("33,73%"). */
  bentuk?: string;
  /** Zero to ten in words. */
  kata?: boolean;
  /** Capital first letter, for the start of a sentence. */
  kapital?: boolean;
  desimal?: number;
}

/** The text of a figure without its period: "33,73 persen", "sekitar 1 juta", "Rp381,1 miliar". */
export function teksAngka(
  a: { nilai: number; satuan: SatuanAngka; kualifikasi: Kualifikasi },
  opsi: OpsiTeks = {},
): string {
  const d = opsi.desimal;
  let text: string;
  switch (a.satuan) {
    case 'persen':
      // "sekitar 45,76 persen" is false precision: an approximate percentage is shown whole.
      text =
        d === undefined
          ? formatPersen(
              a.kualifikasi === 'sekitar' ? Math.round(a.nilai) : a.nilai,
              opsi.bentuk === 'ringkas' ? 'ringkas' : 'prosa',
            )
          : kata.persen(formatAngka(a.nilai, d));
      break;
    case 'rupiah':
      text = formatRupiah(a.nilai, opsi.bentuk === 'penuh' ? 'penuh' : 'singkat');
      break;
    case 'poin':
      text = formatPoin(a.nilai, d ?? 2);
      break;
    case 'kali':
      text = formatKali(a.nilai, d ?? 1);
      break;
    case 'wilayah':
      text = opsi.kata ? formatBilangan(a.nilai) : formatAngka(a.nilai);
      break;
    default:
      text =
        opsi.bentuk === 'singkat'
          ? formatAngkaSingkat(a.nilai)
          : opsi.kata
            ? formatBilangan(a.nilai)
            : formatAngka(a.nilai, d ?? 0);
  }
  text = withQualifier(text, a.kualifikasi);
  if (opsi.kapital) text = text.charAt(0).toUpperCase() + text.slice(1);
  return text;
}

/** An observation's value in its indicator's unit: "33,73 persen" (prosa) or "33,73%" (ringkas). */
export function teksNilai(
  ind: { satuan: 'persen' | 'orang' },
  o: { nilai: number; kualifikasi: Kualifikasi },
  bentuk: 'prosa' | 'ringkas' = 'prosa',
): string {
  return teksAngka({ nilai: o.nilai, satuan: ind.satuan, kualifikasi: o.kualifikasi }, { bentuk });
}

/** "Pos Kupang (kupang.tribunnews.com)" -> "Pos Kupang": the masthead for running text. */
export function penerbitPendek(s: Sumber): string {
  return s.penerbit.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/**
 * How a source is cited: 'penerbit' = publisher and date (maps, tables, headline figures),
 * 'pendek' = masthead and date (charts, tooltips in articles), 'lengkap' = publisher, title, date.
 */
export function kutipan(s: Sumber, gaya: 'penerbit' | 'pendek' | 'lengkap' = 'penerbit'): string {
  // A title not yet checked against the page is the editors' description: not quoted as a headline.
  if (gaya === 'lengkap')
    return `${s.penerbit}, ${s.terverifikasi ? `“${s.judul}”` : s.judul}, ${formatTanggal(s.tanggalTerbit)}`;
  return `${gaya === 'pendek' ? penerbitPendek(s) : s.penerbit}, ${formatTanggal(s.tanggalTerbit)}`;
}

/** The data-bind text of an observation, as articles print it: indikator|wilayah|periode|sumber. */
export const bindObservasi = (o: {
  indikator: string;
  wilayah: string;
  periode: { id: string };
  sumber: string;
}): string => `${o.indikator}|${o.wilayah}|${o.periode.id}|${o.sumber}`;

/**
 * What every article component is: its props (a zod schema), its kind, and how it is shown or
 * checked. The families (angka.ts, turunan.ts, peringkat.ts, grafik.ts, lain.ts) define their
 * components with the helpers below; komponen.ts gathers them into the one registry that the MDX
 * pipeline and the checker both read.
 */
import type { z } from 'zod';
import { formatPeriode, kutipan, type SatuanAngka as Satuan } from '#model/format.ts';
import { TidakDidukung } from '#model/errors.ts';
import { t } from '#i18n/id.ts';
import type { Kualifikasi, Sumber } from '#model/schema.ts';
import { bacaProps, type Props, type Skema } from '../props.ts';
import type { Angka, Konteks } from '../resolve.ts';

/** What a number component renders. */
export interface Tampilan {
  teks: string;
  bind: string;
  tautan: string;
  /** Tooltip: source and period. */
  judul: string;
  ragu: boolean;
  /** For names (NamaPeringkat, Daftar): one link per region instead of one text. */
  daftar?: { nama: string; tautan: string }[];
  /** Every figure this depends on, for the article's source list and region links. */
  dasar: Angka[];
}

/** A number: its text is bound to the data (rendered by Terikat.astro). */
export interface EntriAngka {
  jenis: 'angka';
  props: Skema;
  /** Shows a figure (not a period or a date): the kind a doubt mark belongs to. */
  berangka: boolean;
  tampilkan: (k: Konteks, p: Props) => Tampilan;
}
/** A map or chart block (rendered by the .astro file of the same name, which draws `model`). */
export interface EntriGrafik<S extends Skema = Skema, M extends { sumber: Sumber[] } = { sumber: Sumber[] }> {
  jenis: 'grafik';
  props: S;
  /** What it draws, its sources included, or TidakDidukung when the data cannot draw it. */
  model: (k: Konteks, p: Props) => M;
}
/** A checked statement (<Pastikan>) or a link to a page of the site (<Tautan>). */
export interface EntriLain<S extends Skema = Skema> {
  jenis: 'pernyataan' | 'tautan';
  props: S;
}
export type Entri = EntriAngka | EntriGrafik | EntriLain;

export function angka<S extends Skema>(
  props: S,
  tampilkan: (k: Konteks, p: z.output<S>) => Tampilan,
  opsi: { berangka?: boolean } = {},
): EntriAngka {
  return {
    jenis: 'angka',
    props,
    berangka: opsi.berangka ?? true,
    tampilkan: (k, p) => tampilkan(k, bacaProps(props, p)),
  };
}

export function grafik<S extends Skema, M extends { sumber: Sumber[] }>(
  props: S,
  model: (k: Konteks, p: z.output<S>) => M,
): EntriGrafik<S, M> {
  return { jenis: 'grafik', props, model: (k, p) => model(k, bacaProps(props, p)) };
}

export const lain = <S extends Skema>(jenis: EntriLain['jenis'], props: S): EntriLain<S> => ({ jenis, props });

export function judulSumber(a: Angka): string {
  const src = a.sumber.map((s) => kutipan(s, 'pendek')).join('; ');
  const J = t.artikel.judulAngka;
  const parts = [
    a.periode ? J.periode(formatPeriode(a.periode)) : '',
    src ? J.sumber(src) : '',
    a.ragu && a.catatan ? J.ragu(a.catatan) : '',
  ];
  return parts.filter(Boolean).join('. ');
}

/** The tooltip of a figure computed from others: each distinct period-and-source line once. */
export function judulSumberGabung(...list: Angka[]): string {
  return [...new Set(list.map(judulSumber))].join(' — ');
}

/** A figure marked doubtful in the data must be cited as doubtful (attribute ragu), and only then. */
export function cekRagu(diberiRagu: boolean, dasar: Angka[]): boolean {
  const ragu = dasar.filter((a) => a.ragu);
  if (ragu.length && !diberiRagu) {
    throw new TidakDidukung(
      `${ragu.map((a) => a.uraian).join('; ')} ditandai ragu di data (${ragu.map((a) => a.catatan ?? 'tanpa catatan').join('; ')}). Sebut keraguannya di kalimat dan beri komponen ini atribut ragu.`,
    );
  }
  if (!ragu.length && diberiRagu) {
    throw new TidakDidukung(
      `komponen ini diberi atribut ragu, tetapi angkanya (${dasar.map((a) => a.uraian).join('; ')}) tidak lagi ditandai ragu di data. Ubah kalimat yang menyebutnya diragukan.`,
    );
  }
  return ragu.length > 0;
}

/** One figure shown as it is: the doubt check, its source as tooltip, and its period if asked. */
export function satu(a: Angka, teks: string, p: { ragu?: boolean; sebutPeriode?: boolean }): Tampilan {
  const ragu = cekRagu(p.ragu ?? false, [a]);
  const sebut = p.sebutPeriode && a.periode ? `${teks} (${formatPeriode(a.periode)})` : teks;
  return { teks: sebut, bind: a.bind, tautan: a.tautan, judul: judulSumber(a), ragu, dasar: [a] };
}

export function satuanSama(a: Angka, b: Angka, apa: string): void {
  const dim = (s: Satuan) => (s === 'kasus' ? 'orang' : s);
  if (dim(a.satuan) !== dim(b.satuan))
    throw new TidakDidukung(
      `${apa} butuh dua angka bersatuan sama, tetapi ${a.uraian} (${a.satuan}) dan ${b.uraian} (${b.satuan}) berbeda.`,
    );
}

export const gabungQ = (...xs: Angka[]): Kualifikasi => (xs.some((x) => x.kualifikasi) ? 'sekitar' : null);

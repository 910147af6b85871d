/**
 * The article-component registry: every component an article may use, gathered from the
 * families in komponen/ (each component's props as a zod schema, its kind, and how it is shown
 * or checked). The MDX pipeline (mdx.ts: number components become <Terikat>), the article page
 * (src/pages/artikel/[slug].astro: figure blocks are the .astro file of the same name) and the
 * checker (periksa.ts) all read this one list.
 */
import { TidakDidukung } from '#model/errors.ts';
import type { Sumber } from '#model/schema.ts';
import type { Entri, EntriAngka, Tampilan } from './komponen/dasar.ts';
import { GRAFIK } from './komponen/grafik.ts';
import { LAIN } from './komponen/lain.ts';
import { TERIKAT } from './komponen/terikat.ts';
import { masalahProps, type Props } from './props.ts';
import type { Konteks } from './resolve.ts';

export type { Tampilan } from './komponen/dasar.ts';

export const KOMPONEN: Readonly<Record<string, Entri>> = { ...TERIKAT, ...LAIN, ...GRAFIK };

const entriAngka = (komponen: string): EntriAngka | undefined => {
  const e = KOMPONEN[komponen];
  return e?.jenis === 'angka' ? e : undefined;
};

/** Shows a figure (not a period or a date): the components a doubt mark belongs to. */
export const berangka = (komponen: string): boolean => entriAngka(komponen)?.berangka ?? false;

/** What is wrong with a component as written (its name, its props), or null. */
export function masalahKomponen(komponen: string, props: Props): string | null {
  const e = KOMPONEN[komponen];
  if (!e) return `komponen <${komponen}> tidak dikenal. Yang tersedia: ${Object.keys(KOMPONEN).join(', ')}.`;
  return masalahProps(e.props, props);
}

/** Resolves a number component to what it shows; throws TidakDidukung when the data cannot support it. */
export function tampilkan(k: Konteks, komponen: string, p: Props): Tampilan {
  const e = entriAngka(komponen);
  if (!e) throw new TidakDidukung(`komponen <${komponen}> bukan komponen angka.`);
  return e.tampilkan(k, p);
}

/** Sources (and validity) of a figure block in an article, for the checker and the source list. */
export function sumberGrafik(k: Konteks, komponen: string, p: Props): { sumber: Sumber[] } {
  const e = KOMPONEN[komponen];
  if (e?.jenis !== 'grafik') throw new TidakDidukung(`<${komponen}> bukan grafik.`);
  return e.model(k, p);
}

/**
 * An article's card, shared by its social image (/og/artikel/, 1200×630) and the thumbnails on
 * the home page and article index (/gambar/artikel/): one layout, so a shared link and the list
 * item look the same.
 */
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { BATAS } from '#lib/map/batas.ts';
import { konteksArtikel, tanggalDiperbarui, type Artikel } from '#lib/artikel/artikel.ts';
import { resolve } from '#lib/artikel/resolve.ts';
import { INDIKATOR_UCJ } from '#model/constants.ts';
import { indikatorPeta } from '#model/query.ts';
import { formatPeriode, formatTanggal, isoTanggal, teksAngka } from '#model/format.ts';
import { buildMapModel } from '#lib/map/model.ts';
import { RESVG_FONT } from '#lib/map/ukur.ts';
import { t } from '#i18n/id.ts';
import { kartuSvg, OG_H, OG_W } from './og.ts';

/**
 * Thumbnail widths in pixels. The lists show a card 7.5rem (phone list), 11rem (wide list) or
 * 15rem (lead article) wide; these cover those at 1×–3× screens. Sizes in the lists' `sizes`.
 */
export const THUMB_WIDTHS = [240, 360, 480] as const;
export type ThumbWidth = (typeof THUMB_WIDTHS)[number];
export const thumbHeight = (w: number) => Math.round((w * OG_H) / OG_W);

/** The card's SVG. `kecil`: without the footer line, unreadable at thumbnail size. */
export function kartuArtikelSvg(entry: Artikel, kecil = false): string {
  const d = entry.data;
  // The card shows what the article shows: its figure and its map as of its date.
  const k = konteksArtikel(entry);
  const a = d.kartu ? resolve(k, d.kartu) : null;
  const petaId = d.indikator.find((id) => indikatorPeta(k.site).some((i) => i.id === id)) ?? INDIKATOR_UCJ;
  const m = buildMapModel(k.site, petaId);
  return kartuSvg({
    atas: `${t.siteName.toUpperCase()} · ${t.nav.artikel.toUpperCase()}`,
    judul: d.title,
    angka: a
      ? teksAngka(a, { bentuk: a.satuan === 'orang' && a.nilai >= 1e6 ? 'singkat' : undefined, kata: false })
      : '',
    label: a ? `${d.kartuLabel ?? ''}${a.periode ? ` (${formatPeriode(a.periode)})` : ''}`.trim() : d.dek,
    bawah: kecil
      ? ''
      : `${t.artikel.diperbarui} ${formatTanggal(isoTanggal(tanggalDiperbarui(entry)))} · ${t.batas.kartuPeta(m.indicator.nama, BATAS.atribusi)}`,
    peta: {
      width: m.width,
      height: m.height,
      wilayah: m.regions.map((r) => ({ d: r.d, fill: r.fill })),
      tetangga: m.context.map((c) => c.d),
    },
  });
}

/**
 * A small WebP of the card. A PNG of text and a map at these widths is 2–3 times larger, and the
 * home page (four cards) must stay within its weight budget on a 3× phone screen.
 */
export async function thumbWebp(entry: Artikel, width: ThumbWidth): Promise<Uint8Array<ArrayBuffer>> {
  const png = new Resvg(kartuArtikelSvg(entry, true), { fitTo: { mode: 'width', value: width }, font: RESVG_FONT })
    .render()
    .asPng();
  return new Uint8Array(await sharp(png).webp({ quality: 75, effort: 6 }).toBuffer());
}

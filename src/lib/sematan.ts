/**
 * What every embed variant shares: its addresses, its default frame height, its oEmbed
 * document. The copy-ready codes themselves are in sematan-kode.ts (also used in the browser).
 */
import { t } from '#i18n/id.ts';
import { alamatLengkap, SITUS } from './alamat.ts';
import { BATAS } from './map/batas.ts';
import { slugIndikator } from './map/model.ts';
import { kodeIframeSaja, type SematanKode } from './sematan-kode.ts';
import type { RingkasanIndikator } from '#model/schema.ts';

export { TINGGI_BAWAAN, VARIAN, type Varian } from './sematan-kode.ts';
import { TINGGI_BAWAAN, type Varian } from './sematan-kode.ts';

/** Social card and oEmbed thumbnail of a map: 1200×630. */
export const KARTU = { lebar: 1200, tinggi: 630 } as const;

export const jalurSematan = (varian: Varian, indikator: string) => `/embed/${varian}/${slugIndikator(indikator)}/`;
export const jalurOembed = (varian: Varian, indikator: string) => `${jalurSematan(varian, indikator)}oembed.json`;
export const jalurKartu = (indikator: string) => `/og/peta/${slugIndikator(indikator)}.png`;
/** A release's pinned embed of a map: drawn from that release's snapshot, online for good. */
export const jalurTetap = (versi: string, indikator: string) => `/embed/${versi}/peta/${slugIndikator(indikator)}/`;
/**
 * The static image of a variant: the tile map has its own, free of boundary data; a pinned
 * embed (`versi`) its release's, beside it (/embed/<versi>/peta/<indikator>.png).
 */
export const jalurGambar = (varian: Varian, indikator: string, versi?: string) =>
  versi
    ? `/embed/${versi}/peta/${slugIndikator(indikator)}.png`
    : varian === 'petak'
      ? `/peta/petak/${slugIndikator(indikator)}.png`
      : `/peta/${slugIndikator(indikator)}.png`;
/** A map's values as CSV: the live map's, or a pinned embed's from its release. */
export const jalurData = (indikator: string, versi?: string) =>
  versi ? `/embed/${versi}/peta/${slugIndikator(indikator)}.csv` : `/peta/${slugIndikator(indikator)}.csv`;

export function judulSematan(varian: Varian, ind: RingkasanIndikator): string {
  // Titles are cut near 70 characters (search results, tabs): the publisher only when it fits.
  const full =
    varian === 'petak'
      ? t.sematan.judulPetak(ind.nama, SITUS.penerbit)
      : t.sematan.judulHalaman(ind.nama, SITUS.penerbit);
  return full.length <= 70
    ? full
    : varian === 'petak'
      ? t.sematan.judulPetakPendek(ind.nama)
      : t.sematan.judulPendek(ind.nama);
}

export const lisensiVarian = (varian: Varian) =>
  varian === 'petak' ? t.sematan.lisensiPetak : t.sematan.lisensiPeta(BATAS.atribusi, BATAS.lisensi);

/** Everything the code builders need, or null in a local-preview build (no address to give). */
export function kodeSematan(
  varian: Varian,
  ind: RingkasanIndikator,
  gambar: { lebar: number; tinggi: number },
  /** A release's version: the codes of its pinned embed (choropleth only) instead of the live one. */
  versi?: string,
): SematanKode | null {
  const src = alamatLengkap(versi ? jalurTetap(versi, ind.id) : jalurSematan(varian, ind.id));
  if (!src) return null;
  const slug = slugIndikator(ind.id);
  return {
    src,
    skrip: alamatLengkap('/sematkan.js')!,
    halaman: alamatLengkap(`/peta/${slug}/`)!,
    gambar: alamatLengkap(jalurGambar(varian, ind.id, versi))!,
    gambarLebar: gambar.lebar,
    gambarTinggi: gambar.tinggi,
    judul: judulSematan(varian, ind),
    tinggi: TINGGI_BAWAAN[varian],
    teksLuapan: t.sematan.luapan,
  };
}

/** The oEmbed 1.0 "rich" document for one embed (https://oembed.com/, section 2.3.4). */
export function oembed(
  varian: Varian,
  ind: RingkasanIndikator,
  gambar: { lebar: number; tinggi: number },
  versi?: string,
) {
  const k = kodeSematan(varian, ind, gambar, versi);
  if (!k) return null;
  return {
    version: '1.0',
    type: 'rich',
    title: k.judul,
    provider_name: SITUS.penerbit,
    provider_url: alamatLengkap('/')!,
    author_name: SITUS.penerbit,
    author_url: k.halaman,
    // Consumers (WordPress) strip scripts; the frame's default height fits without one.
    html: kodeIframeSaja(k),
    width: 600,
    height: k.tinggi,
    // A pinned embed's thumbnail is its release's own image; the live card shows today's data.
    ...(versi
      ? { thumbnail_url: k.gambar, thumbnail_width: gambar.lebar, thumbnail_height: gambar.tinggi }
      : {
          thumbnail_url: alamatLengkap(jalurKartu(ind.id))!,
          thumbnail_width: KARTU.lebar,
          thumbnail_height: KARTU.tinggi,
        }),
    cache_age: 86400,
  };
}

/**
 * Credit and licence of the boundaries, read from the metadata that `npm run geo` writes beside
 * the TopoJSON. Swapping in other boundaries (`npm run geo -- --input …`) changes every credit
 * on the site (pages, SVG, PNG, social cards, embed dialog) with no code edit. `@geo` is
 * data/geo/ unless UCJ_GEO_DIR points elsewhere (tests build with a fixture metadata file).
 */
import meta from '@geo/ntt-kabupaten.meta.json';

interface GeoMeta {
  attribution: string;
  source: { name: string; url?: string | null; licence: string; attribution: string };
  neighbours?: { nama: string; licence: string; attribution: string }[];
  /** A kabupaten the source does not know yet, rebuilt from its kecamatan (npm run geo). */
  malaka?: { from: string; to: string; applied: boolean; moved: unknown[] };
}

export interface Batas {
  /** Short credit printed on every map: "GADM 4.1; Natural Earth". */
  atribusi: string;
  /** Licence of the kabupaten/kota boundaries, as the metadata states it. */
  lisensi: string;
  sumber: string;
  /** Short credit of the kabupaten/kota source alone: "GADM 4.1". */
  atribusiSumber: string;
  url: string | null;
  /** Neighbouring land, each with its own licence. */
  tetangga: { nama: string; lisensi: string; atribusi: string }[];
  /** Region codes: `ke` rebuilt from `kecamatan` kecamatan that the source still files under `dari`. */
  pemekaran: { dari: string; ke: string; kecamatan: number } | null;
}

export function readBatas(m: GeoMeta): Batas {
  const missing = ['attribution', 'source.licence', 'source.attribution', 'source.name'].filter(
    (k) => !k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], m),
  );
  if (missing.length)
    throw new Error(
      `data/geo/ntt-kabupaten.meta.json: ${missing.join(', ')} kosong. Buat ulang dengan npm run geo -- --attribution … --licence … (lihat data/geo/README.md).`,
    );
  return {
    atribusi: m.attribution,
    lisensi: m.source.licence,
    sumber: m.source.name,
    atribusiSumber: m.source.attribution,
    url: m.source.url ?? null,
    tetangga: (m.neighbours ?? []).map((n) => ({ nama: n.nama, lisensi: n.licence, atribusi: n.attribution })),
    pemekaran: m.malaka?.applied ? { dari: m.malaka.from, ke: m.malaka.to, kecamatan: m.malaka.moved.length } : null,
  };
}

export const BATAS = readBatas(meta as GeoMeta);

/**
 * Metadata for search engines and social sharing: JSON-LD (schema.org) built from the data,
 * and its safe serialisation into <script type="application/ld+json">.
 */
import type { Wilayah, SiteData, Sumber } from '#model/schema.ts';
import { kabupatenKota, namaLengkap, provinsi } from '#model/query.ts';
import { t } from '#i18n/id.ts';
import { resolveSitus } from './situs.ts';

export const PENERBIT = resolveSitus().penerbit;
export const LISENSI_DATA = 'https://creativecommons.org/licenses/by/4.0/';

/**
 * JSON for a <script type="application/ld+json"> element. Data is text from outside: "<" is
 * written as \u003c (and ">", "&", line separators likewise), so no value can ever close the
 * element or open a comment, whatever it contains. The result is still valid JSON.
 */
export function jsonLdTeks(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const organisasi = (siteUrl: string) => ({ '@type': 'Organization', name: PENERBIT, url: siteUrl });

export interface ArtikelLd {
  entry: { data: { title: string; dek: string; date: Date; updated?: Date; author: string; tags: string[] } };
  url: string;
  gambar: string;
  sumber: Sumber[];
  /** Absolute address of the home page (root-relative in a preview build). */
  home: string;
  /** The province row of the data: the place every article is about. */
  provinsi: Wilayah;
}

export function newsArticleLd({
  entry,
  url,
  gambar,
  sumber,
  home,
  provinsi: prov,
}: ArtikelLd): Record<string, unknown> {
  const d = entry.data;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: d.title,
    description: d.dek,
    inLanguage: t.bahasa,
    datePublished: d.date.toISOString().slice(0, 10),
    dateModified: (d.updated ?? d.date).toISOString().slice(0, 10),
    author: { '@type': 'Organization', name: d.author },
    publisher: organisasi(home),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    image: [gambar],
    keywords: d.tags.join(', '),
    isAccessibleForFree: true,
    spatialCoverage: { '@type': 'Place', name: t.seo.tempat(prov.nama) },
    citation: sumber.map((s) => ({
      '@type': 'CreativeWork',
      name: s.judul,
      publisher: { '@type': 'Organization', name: s.penerbit },
      datePublished: s.tanggalTerbit,
      ...(s.url ? { url: s.url } : {}),
    })),
  };
}

export const UNDUHAN: { nama: string; format: string }[] = [
  { nama: 'kepesertaan.csv', format: 'text/csv' },
  { nama: 'klaim.csv', format: 'text/csv' },
  { nama: 'konteks-nasional.csv', format: 'text/csv' },
  { nama: 'wilayah.csv', format: 'text/csv' },
  { nama: 'sumber.csv', format: 'text/csv' },
  { nama: 'indikator.csv', format: 'text/csv' },
  { nama: 'data-ucj-ntt.json', format: 'application/json' },
  { nama: 'datapackage.json', format: 'application/json' },
];

/** Dataset (Google Dataset Search) for the /data/ page. */
export function datasetLd(site: SiteData, url: string, absolut: (path: string) => string): Record<string, unknown> {
  const starts = site.observasi
    .map((o) => o.periode.mulai)
    .concat(site.klaim.map((c) => c.periode.mulai))
    .sort();
  const ends = site.observasi
    .map((o) => o.periode.akhir)
    .concat(site.klaim.map((c) => c.periode.akhir))
    .sort();
  const home = absolut('/');
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: t.seo.datasetNama,
    description: t.seo.datasetDeskripsi(String(kabupatenKota(site).length)),
    url,
    inLanguage: t.bahasa,
    version: site.meta.versi,
    dateModified: site.meta.diperbarui,
    license: LISENSI_DATA,
    isAccessibleForFree: true,
    creator: organisasi(home),
    publisher: organisasi(home),
    keywords: [...t.seo.kataKunci],
    spatialCoverage: { '@type': 'Place', name: t.seo.tempat(provinsi(site).nama) },
    ...(starts.length ? { temporalCoverage: `${starts[0]}/${ends.at(-1)}` } : {}),
    variableMeasured: site.indikator.map((i) => ({
      '@type': 'PropertyValue',
      name: i.nama,
      propertyID: i.id,
      description: i.definisi,
      unitText: i.satuan,
    })),
    distribution: UNDUHAN.map((f) => ({
      '@type': 'DataDownload',
      name: f.nama,
      encodingFormat: f.format,
      contentUrl: absolut(`/unduh/${f.nama}`),
    })),
    isBasedOn: site.sumber.filter((s) => s.url).map((s) => s.url),
  };
}

/** A kabupaten/kota fact sheet: a web page about a place, built from the data. */
export function kabupatenLd(
  r: Wilayah,
  provinsi: Wilayah,
  url: string,
  gambar: string,
  diperbarui: string,
  deskripsi: string,
  home: string,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: namaLengkap(r),
    description: deskripsi,
    url,
    inLanguage: t.bahasa,
    dateModified: diperbarui,
    image: gambar,
    publisher: organisasi(home),
    about: {
      '@type': 'AdministrativeArea',
      name: namaLengkap(r),
      identifier: r.kode,
      containedInPlace: { '@type': 'AdministrativeArea', name: provinsi.nama, identifier: provinsi.kode },
    },
  };
}

export function websiteLd(home: string, deskripsi: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: PENERBIT,
    url: home,
    inLanguage: t.bahasa,
    description: deskripsi,
  };
}

/**
 * Articles as the pages see them: the collection, sorted, each checked against the data.
 *
 * The check runs once per build (memoised) the first time any page asks for articles, and
 * throws ArtikelTidakCocok listing every problem of every article when a figure is missing or
 * a claim is false; the build then stops and the previous dist/ stays online.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { href, site } from '#lib/data.ts';
import { ArtikelTidakCocok, bacaMdx, periksaArtikel, resolve as resolveRef, type HasilArtikel, type Konteks, type Masalah } from '#lib/claims.ts';
import { TidakDidukung } from '#model/errors.ts';
import { cariIndikator, indikatorPeta, kabupatenKota } from '#model/query.ts';
import { sumberGrafik } from '#lib/charts/model.ts';
import { slugIndikator } from '#lib/map/model.ts';

export type Artikel = CollectionEntry<'artikel'>;
export const konteks: Konteks = { site, href };

let cached: Promise<{ daftar: Artikel[]; hasil: Map<string, HasilArtikel> }> | null = null;

/** Pages an article may link to with <Tautan ke="…">. */
function halamanSitus(entries: Artikel[]): Set<string> {
  return new Set([
    '/',
    '/artikel/',
    '/kabupaten/',
    '/metodologi/',
    '/tentang/',
    '/data/',
    ...entries.map((e) => `/artikel/${e.id}/`),
    ...kabupatenKota(site).map((r) => `/kabupaten/${r.slug}/`),
    ...indikatorPeta(site).map((i) => `/peta/${slugIndikator(i.id)}/`),
  ]);
}

function periksa(entries: Artikel[]): { daftar: Artikel[]; hasil: Map<string, HasilArtikel> } {
  const hasil = new Map<string, HasilArtikel>();
  const halaman = halamanSitus(entries);
  const masalah: Masalah[] = [];
  for (const entry of entries) {
    const berkas = entry.filePath ?? `${entry.id}.mdx`;
    const path = resolve(process.cwd(), berkas);
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch {
      throw new Error(`Artikel ${entry.id}: berkas ${path} tidak bisa dibaca. Jalankan build dari folder proyek (npm run build).`);
    }
    const baca = bacaMdx(source, berkas);
    masalah.push(...baca.masalah);
    const frontmatterLine = 1;
    for (const id of entry.data.indikator) {
      try {
        cariIndikator(site, id);
      } catch (err) {
        if (err instanceof TidakDidukung) masalah.push({ berkas, baris: frontmatterLine, kolom: 1, apa: `indikator: ${id}`, alasan: err.alasan });
      }
    }
    if (entry.data.kartu) {
      try {
        resolveRef(konteks, entry.data.kartu);
      } catch (err) {
        if (err instanceof TidakDidukung) masalah.push({ berkas, baris: frontmatterLine, kolom: 1, apa: `kartu: ${entry.data.kartu}`, alasan: err.alasan });
      }
    }
    const cek = periksaArtikel(konteks, berkas, baca.pemakaian, (komponen, props) => sumberGrafik(konteks, komponen, props), (path) => halaman.has(path));
    masalah.push(...cek.masalah);
    hasil.set(entry.id, cek.hasil);
  }
  if (masalah.length) throw new ArtikelTidakCocok(masalah);
  const daftar = [...entries].sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
  return { daftar, hasil };
}

/** All articles, newest first, after every one of them passed the data checks. */
export function artikelTerperiksa(): Promise<{ daftar: Artikel[]; hasil: Map<string, HasilArtikel> }> {
  cached ??= getCollection('artikel').then(periksa);
  return cached;
}

/** The lead story: the newest article marked utama, else the newest. */
export function artikelUtama(daftar: Artikel[]): Artikel | undefined {
  return daftar.find((a) => a.data.utama) ?? daftar[0];
}

/** Articles that name or cite a figure for a kabupaten/kota. */
export async function artikelTentang(kode: string): Promise<Artikel[]> {
  const { daftar, hasil } = await artikelTerperiksa();
  return daftar.filter((a) => hasil.get(a.id)?.wilayah.includes(kode));
}

export const tanggalDiperbarui = (a: Artikel): Date => a.data.updated ?? a.data.date;

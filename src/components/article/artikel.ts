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
import { ArtikelTidakCocok, bacaMdx, cariIndikator, KOMPONEN, KlaimGagal, periksaArtikel, resolve as resolveRef, tampilkan, type HasilArtikel, type Konteks, type Masalah, type Pemakaian } from '#lib/claims.ts';
import { sumberGrafik } from '#lib/charts/model.ts';
import { mapIndicators, slugIndikator } from '#lib/map/model.ts';

export type Artikel = CollectionEntry<'artikel'>;
export const konteks: Konteks = { site, href };

/**
 * What an article's figures point to: its numbered source list (ids in order of first use, as
 * the checker lists them) and its doubtful figures, numbered in order of appearance, each with
 * the reason from the data. Prose figures carry a superscript link to these notes, so a reader
 * on a phone sees the source and the doubt without leaving the page or hovering.
 */
export interface CatatanArtikel {
  sumber: string[];
  ragu: { bind: string; teks: string; alasan: string }[];
}

function catatanDari(hasil: HasilArtikel, pemakaian: Pemakaian[]): CatatanArtikel {
  const ragu: CatatanArtikel['ragu'] = [];
  const seen = new Set<string>();
  for (const u of pemakaian) {
    if (KOMPONEN[u.komponen]?.jenis !== 'angka' || !BERANGKA(u.komponen)) continue;
    const t = tampilkan(konteks, u.komponen, u.props);
    if (!t.ragu || seen.has(t.bind)) continue;
    seen.add(t.bind);
    const alasan = [...new Set(t.dasar.filter((a) => a.ragu).map((a) => a.catatan).filter((c): c is string => !!c))].join(' ');
    ragu.push({ bind: t.bind, teks: t.teks, alasan });
  }
  return { sumber: hasil.sumber.map((s) => s.id), ragu };
}

/** Components that show a figure (not a period or a date), the ones a doubt mark belongs to. */
export const BERANGKA = (komponen: string) => komponen !== 'Periode' && komponen !== 'Tanggal';

type Terperiksa = { daftar: Artikel[]; hasil: Map<string, HasilArtikel>; catatan: Map<string, CatatanArtikel> };
let cached: Promise<Terperiksa> | null = null;

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
    ...site.wilayah.filter((r) => r.kode !== '53').map((r) => `/kabupaten/${r.slug}/`),
    ...mapIndicators(site).map((i) => `/peta/${slugIndikator(i.id)}/`),
  ]);
}

function periksa(entries: Artikel[]): Terperiksa {
  const hasil = new Map<string, HasilArtikel>();
  const catatan = new Map<string, CatatanArtikel>();
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
        if (err instanceof KlaimGagal) masalah.push({ berkas, baris: frontmatterLine, kolom: 1, apa: `indikator: ${id}`, alasan: err.alasan });
      }
    }
    if (entry.data.kartu) {
      try {
        resolveRef(konteks, entry.data.kartu);
      } catch (err) {
        if (err instanceof KlaimGagal) masalah.push({ berkas, baris: frontmatterLine, kolom: 1, apa: `kartu: ${entry.data.kartu}`, alasan: err.alasan });
      }
    }
    const cek = periksaArtikel(konteks, berkas, baca.pemakaian, (komponen, props) => sumberGrafik(konteks, komponen, props), (path) => halaman.has(path));
    masalah.push(...cek.masalah);
    hasil.set(entry.id, cek.hasil);
    if (!cek.masalah.length && !baca.masalah.length) catatan.set(entry.id, catatanDari(cek.hasil, baca.pemakaian));
  }
  if (masalah.length) throw new ArtikelTidakCocok(masalah);
  const daftar = [...entries].sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
  return { daftar, hasil, catatan };
}

/** All articles, newest first, after every one of them passed the data checks. */
export function artikelTerperiksa(): Promise<Terperiksa> {
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

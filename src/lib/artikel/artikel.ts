/**
 * Articles as the pages see them: the collection, sorted, each checked against the data.
 *
 * The check runs once per build (memoised) the first time any page asks for articles, and
 * throws ArtikelTidakCocok listing every problem of every article when a figure is missing or
 * a claim is false; the build then stops and the previous dist/ stays online.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { href, riwayat, site } from '#lib/data.ts';
import { berangka, KOMPONEN, sumberGrafik, tampilkan } from './komponen.ts';
import type { Bacaan } from './baca.ts';
import { KUNCI_BACAAN } from './mdx.ts';
import { ArtikelTidakCocok, periksaArtikel, type HasilArtikel } from './periksa.ts';
import { konteksBlok, resolve as resolveRef, type Konteks } from './resolve.ts';
import {
  catatanBlok,
  dataPerTanggal,
  koreksiSetelah,
  lebihBaru,
  samaKoreksi,
  type CatatanBaru,
  type CatatanKoreksi,
} from '#lib/artikel-tanggal.ts';
import { isoTanggal } from '#model/format.ts';
import { TidakDidukung, type Issue } from '#model/errors.ts';
import type { SiteData } from '#model/schema.ts';
import { cariIndikator, indikatorPeta, kabupatenKota } from '#model/query.ts';
import { slugIndikator } from '#lib/map/model.ts';

export type Artikel = CollectionEntry<'artikel'>;
/** The live data: pages other than articles, and charts. */
export const konteks: Konteks = { site, href };

/** Each article's figures come from the data as of its date (src/lib/artikel-tanggal.ts). */
const perArtikel = new Map<string, Konteks>();
export const tanggalData = (a: Artikel): string => isoTanggal(a.data.updated ?? a.data.date);
export function konteksArtikel(a: Artikel): Konteks {
  let k = perArtikel.get(a.id);
  if (!k) perArtikel.set(a.id, (k = { site: dataPerTanggal(site, tanggalData(a)), href, lengkap: site }));
  return k;
}
/** For components inside an article page, which know the article only by its id (Astro.locals.artikel). */
export const konteksUntuk = (id: string | undefined): Konteks => (id && perArtikel.get(id)) || konteks;
/**
 * What a map or chart block draws from: inside an article, the same as-of-date view and rule as
 * its text figures (resolve.ts konteksBlok), so a newer observation never enters its pictures.
 */
export const konteksBlokUntuk = (id: string | undefined, props: { periode?: unknown; sumber?: unknown }): Konteks =>
  konteksBlok(konteksUntuk(id), props);

/**
 * Notes an article page prints after the text: corrections and newer data (releases), and what
 * its figures point to: the numbered source list (ids in order of first use, as the checker lists
 * them) and its doubtful figures, numbered in order of appearance with the reason from the data.
 * Prose figures carry a superscript link to these, so a reader on a phone sees the source and the
 * doubt without leaving the page or hovering.
 */
export interface CatatanArtikel {
  koreksi: CatatanKoreksi[];
  baru: CatatanBaru[];
  sumber: string[];
  ragu: { bind: string; teks: string; alasan: string }[];
}

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
    ...kabupatenKota(site).map((r) => `/kabupaten/${r.slug}/`),
    ...indikatorPeta(site).map((i) => `/peta/${slugIndikator(i.id)}/`),
  ]);
}

/** What the MDX pipeline read from the article (src/lib/artikel/mdx.ts), each problem in this file. */
async function bacaan(entry: Artikel, berkas: string): Promise<Bacaan> {
  const { remarkPluginFrontmatter } = await render(entry);
  const b: Bacaan | undefined = remarkPluginFrontmatter[KUNCI_BACAAN];
  if (!b)
    throw new Error(
      `Artikel ${berkas} tidak dibaca pemeriksa: plugin artikelMdx (src/lib/artikel/mdx.ts) tidak terpasang di mdx() di astro.config.mjs.`,
    );
  return { pemakaian: b.pemakaian, masalah: b.masalah.map((m) => ({ ...m, file: berkas })) };
}

async function periksa(entries: Artikel[]): Promise<Terperiksa> {
  const hasil = new Map<string, HasilArtikel>();
  const catatan = new Map<string, CatatanArtikel>();
  const halaman = halamanSitus(entries);
  const masalah: Issue[] = [];
  for (const entry of entries) {
    const berkas = entry.filePath ?? `${entry.id}.mdx`;
    const baca = await bacaan(entry, berkas);
    masalah.push(...baca.masalah);
    // Frontmatter fields are reported at the file's first line.
    const diKepala = (excerpt: string, err: unknown) => {
      if (!(err instanceof TidakDidukung)) throw err;
      masalah.push({ file: berkas, line: 1, column: 1, excerpt, message: err.alasan, severity: 'error' });
    };
    for (const id of entry.data.indikator) {
      try {
        cariIndikator(site, id);
      } catch (err) {
        diKepala(`indikator: ${id}`, err);
      }
    }
    if (entry.data.kartu) {
      try {
        resolveRef(konteksArtikel(entry), entry.data.kartu);
      } catch (err) {
        diKepala(`kartu: ${entry.data.kartu}`, err);
      }
    }
    const k = konteksArtikel(entry);
    const cek = periksaArtikel(
      k,
      berkas,
      baca.pemakaian,
      (komponen, props) => sumberGrafik(konteksBlok(k, props), komponen, props),
      (path) => halaman.has(path),
    );
    masalah.push(...cek.masalah);
    hasil.set(entry.id, cek.hasil);
    // The figures the article shows (not those its checks compare), for its notes: corrections of
    // any of them; newer data only for those written without a period, which mean "the latest".
    const binds = new Set<string>();
    const implicit = new Set<string>();
    const ragu: CatatanArtikel['ragu'] = [];
    for (const u of baca.pemakaian) {
      if (KOMPONEN[u.komponen]?.jenis !== 'angka') continue;
      try {
        const t = tampilkan(k, u.komponen, u.props);
        for (const a of t.dasar) {
          binds.add(a.bind);
          if (a.tersirat) implicit.add(a.bind);
        }
        if (t.ragu && berangka(u.komponen) && !ragu.some((r) => r.bind === t.bind)) {
          const alasan = [
            ...new Set(
              t.dasar
                .filter((a) => a.ragu)
                .map((a) => a.catatan)
                .filter((c): c is string => !!c),
            ),
          ].join(' ');
          ragu.push({ bind: t.bind, teks: t.teks, alasan });
        }
      } catch (err) {
        if (!(err instanceof TidakDidukung)) throw err;
      }
    }
    // Maps and charts draw from the same view: their notes come from what they draw.
    const koreksi = koreksiSetelah(riwayat, binds, tanggalData(entry));
    const baru = lebihBaru(site, implicit);
    for (const u of baca.pemakaian) {
      if (KOMPONEN[u.komponen]?.jenis !== 'grafik') continue;
      const kb = konteksBlok(k, u.props);
      const gambar = (s: SiteData) => sumberGrafik({ ...kb, site: s }, u.komponen, u.props);
      try {
        gambar(kb.site);
      } catch (err) {
        if (err instanceof TidakDidukung) continue; // reported by the checker above
        throw err;
      }
      const blok = catatanBlok(riwayat, site, kb.site, gambar, tanggalData(entry), kb === k);
      for (const c of blok.koreksi) if (!koreksi.some((x) => samaKoreksi(x, c))) koreksi.push(c);
      for (const b of blok.baru)
        if (!baru.some((x) => x.indikator === b.indikator && x.wilayah === b.wilayah)) baru.push(b);
    }
    koreksi.sort((a, b) => a.rilis.nomor - b.rilis.nomor);
    catatan.set(entry.id, {
      koreksi,
      baru,
      sumber: cek.hasil.sumber.map((s) => s.id),
      ragu,
    });
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

/**
 * Data releases as readers see them: /riwayat/, its feed, pinned embeds and article notes.
 * Every release carries the site data built from its own snapshot (pipeline/pipeline.ts); the
 * releases themselves are `riwayat` in src/lib/data.ts.
 */
import type { NilaiRilis, Perubahan } from '#pipeline/diff.ts';
import type { RilisSitus } from '#pipeline/pipeline.ts';
import { parsePeriod } from '#pipeline/period.ts';
import { t } from '#i18n/id.ts';
import { formatBilangan, formatPeriode, formatTanggal, teksAngka } from '#model/format.ts';
import type { SiteData, Sumber } from '#model/schema.ts';
import { indikatorPeta } from '#model/query.ts';
import { awalHariWita } from '#model/waktu.ts';
import { slugIndikator, type MapModel } from '#lib/map/model.ts';

export type { RilisSitus };

/** The release whose data the site shows now, if the live data has been released. */
export const rilisTerkini = (riwayat: RilisSitus[], site: SiteData): RilisSitus | undefined =>
  [...riwayat].reverse().find((r) => r.versi === site.meta.versi);

/**
 * The dates a map image, social card or embed carries: the release that published the data it
 * shows (none while the data is not yet released) and the newest date among its sources.
 */
export interface Stempel {
  rilis: { nomor: number; tanggal: string } | null;
  sumberTerbaru: string;
}

export function stempelData(riwayat: RilisSitus[], data: SiteData): Stempel {
  const r = rilisTerkini(riwayat, data);
  return { rilis: r ? { nomor: r.nomor, tanggal: r.tanggal } : null, sumberTerbaru: data.meta.diperbarui };
}

/**
 * "Diperbarui 2 Desember 2026 · Sumber terbaru bertanggal 9 Februari 2026": "Diperbarui" only
 * for a release (the date this site published the data), never for a source's date.
 */
export function teksStempel(s: Stempel, pemisah = ' · ', denganNomor = false): string {
  const sumber = s.sumberTerbaru ? t.stempel.sumberTerbaru(formatTanggal(s.sumberTerbaru)) : '';
  const rilis = s.rilis
    ? denganNomor
      ? t.stempel.diperbaruiRilis(s.rilis.nomor, formatTanggal(s.rilis.tanggal))
      : t.stempel.diperbarui(formatTanggal(s.rilis.tanggal))
    : '';
  return [rilis, sumber].filter(Boolean).join(pemisah);
}

/** One release per version (the latest record of it): a revert to earlier data reuses that version's pinned pages. */
export function versiRilis(riwayat: RilisSitus[]): RilisSitus[] {
  const seen = new Map<string, RilisSitus>();
  for (const r of riwayat) seen.set(r.versi, r);
  return [...seen.values()];
}

/**
 * The moment a release was published: its recorded time, or (releases before times were
 * recorded) the start of its day in NTT, never UTC midnight, which is 08:00 in Kupang.
 */
export const waktuTerbit = (r: Pick<RilisSitus, 'tanggal' | 'waktu'>): Date =>
  r.waktu ? new Date(r.waktu) : awalHariWita(r.tanggal);

/**
 * A release's data with its indicators under today's names (by id): the figures stay the
 * release's, but a name the editors have corrected since (a banned phrase) is not shown again.
 * An indicator gone from today's data keeps its own name.
 */
export function denganNamaKini(s: SiteData, kini: SiteData): SiteData {
  const nama = new Map(kini.indikator.map((i) => [i.id, i.nama]));
  if (s.indikator.every((i) => (nama.get(i.id) ?? i.nama) === i.nama)) return s;
  return { ...s, indikator: s.indikator.map((i) => ({ ...i, nama: nama.get(i.id) ?? i.nama })) };
}

/**
 * The static paths of every release's pinned map embed and its downloads: /embed/<versi>/peta/<indikator>…,
 * each release's data named as today's (`kini`, see denganNamaKini).
 */
export function jalurRilis(riwayat: RilisSitus[], kini: SiteData) {
  return versiRilis(riwayat).flatMap((r) => {
    const rilis = { ...r, site: denganNamaKini(r.site, kini) };
    return indikatorPeta(r.site).map((i) => ({
      params: { versi: r.versi, indikator: slugIndikator(i.id) },
      props: { rilis, id: i.id },
    }));
  });
}

/**
 * Today's page of each region code. A region renamed since a release keeps its code, not its
 * slug (slugs come from names), so links from old releases go by code; a code gone from the
 * data links to the list of regions.
 */
export function halamanWilayahKini(kini: SiteData): (kode: string) => string {
  const slug = new Map(kini.wilayah.filter((w) => w.jenis !== 'Provinsi').map((w) => [w.kode, w.slug]));
  return (kode) => {
    const s = slug.get(kode);
    return s ? `/kabupaten/${s}/` : '/kabupaten/';
  };
}

/** A release's map model with every region linked to today's page of its code (see above). */
export function denganSlugKini(m: MapModel, kini: SiteData): MapModel {
  const slug = new Map(kini.wilayah.map((w) => [w.kode, w.slug]));
  if (m.regions.every((r) => (slug.get(r.kode) ?? r.slug) === r.slug)) return m;
  return { ...m, regions: m.regions.map((r) => ({ ...r, slug: slug.get(r.kode) ?? r.slug })) };
}

/**
 * Addresses of kabupaten pages that existed in an earlier release under another slug (a renamed
 * region, or one no longer in the data), each with where it lives now: the site keeps a
 * forwarding page there, so a link in a partner's old article or a pinned embed never 404s.
 */
export function slugLama(riwayat: RilisSitus[], kini: SiteData): { slug: string; kode: string; tujuan: string }[] {
  const now = new Set(kini.wilayah.map((w) => w.slug));
  const halaman = halamanWilayahKini(kini);
  const out = new Map<string, { slug: string; kode: string; tujuan: string }>();
  for (const r of riwayat)
    for (const w of r.site.wilayah)
      if (w.jenis !== 'Provinsi' && !now.has(w.slug))
        out.set(w.slug, { slug: w.slug, kode: w.kode, tujuan: halaman(w.kode) });
  return [...out.values()];
}

export interface BarisPerubahan {
  jenis: Perubahan['jenis'];
  jenisTeks: string;
  indikatorTeks: string;
  periodeTeks: string;
  /** For the table: figures in short form ("3,4%"). */
  perubahanTeks: string;
  /** For sentences (the feed): figures in words ("3,4 persen"). */
  perubahanProsa: string;
  sumber: Sumber | null;
}

export interface GrupWilayah {
  kode: string;
  nama: string;
  slug: string | null;
  baris: BarisPerubahan[];
}

export interface TampilanRilis {
  rilis: RilisSitus;
  grup: GrupWilayah[];
  ringkas: string;
  lainnya: string[];
  jumlah: number;
}

const FAR_FUTURE = new Date('2100-12-31T00:00:00Z');

export function teksPeriode(id: string): string {
  const p = parsePeriod(id, FAR_FUTURE, true);
  return p.ok ? formatPeriode(p.value) : id;
}

/**
 * A figure as the change log writes it, through the site's one value text (so "sekitar" never
 * comes with two decimals): 'prosa' for sentences ("3,4 persen", "218 kasus, Rp3,7 miliar"),
 * 'ringkas' for tables ("3,4%").
 */
export function teksNilaiRilis(
  v: NilaiRilis,
  indikator: string,
  site: SiteData,
  bentuk: 'prosa' | 'ringkas' = 'prosa',
): string {
  if (indikator.startsWith('klaim:')) {
    const parts: string[] = [];
    if (v.nilai !== null)
      parts.push(t.riwayat.kasus(teksAngka({ nilai: v.nilai, satuan: 'kasus', kualifikasi: v.kualifikasi })));
    if (v.nominalRp !== undefined && v.nominalRp !== null)
      parts.push(teksAngka({ nilai: v.nominalRp, satuan: 'rupiah', kualifikasi: v.kualifikasiNominal ?? null }));
    return parts.join(', ');
  }
  if (v.nilai === null) return '';
  const satuan = site.indikator.find((i) => i.id === indikator)?.satuan ?? 'orang';
  return teksAngka({ nilai: v.nilai, satuan, kualifikasi: v.kualifikasi }, { bentuk });
}

/**
 * A release's changes grouped per region in the data's region order, each row readable on
 * its own (on a phone the table becomes one block per row).
 *
 * Names of indicators, regions and sources are today's (`kini`), by id: a release's snapshot
 * is frozen with the names of its day, and a name the editors have since corrected (a banned
 * phrase, a renamed region) must not come back on the change log. Only what no longer exists
 * keeps the name of the release, or of the previous release for what it removed. Figures keep
 * the unit of the release they belong to.
 */
export function tampilanRilis(r: RilisSitus, sebelumnya?: RilisSitus, kini: SiteData = r.site): TampilanRilis {
  // Links go to today's page of the region's code: a region renamed since has another slug now.
  const slugKini = new Map(kini.wilayah.filter((w) => w.jenis !== 'Provinsi').map((w) => [w.kode, w.slug]));
  const sites = [kini, r.site, ...(sebelumnya ? [sebelumnya.site] : [])];
  const find = <T>(pick: (s: SiteData) => T | undefined): T | undefined => {
    for (const s of sites) {
      const v = pick(s);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const namaIndikator = (id: string) => find((s) => s.indikator.find((i) => i.id === id))?.nama ?? id;
  const namaWilayah = (kode: string) => find((s) => s.wilayah.find((w) => w.kode === kode))?.nama ?? kode;
  const sumber = (id: string) => find((s) => s.sumber.find((x) => x.id === id));
  const order = new Map(kini.wilayah.map((w, i) => [w.kode, i]));
  const orderRilis = new Map(r.site.wilayah.map((w, i) => [w.kode, i]));
  const groups = new Map<string, GrupWilayah>();
  for (const c of r.perubahan) {
    let g = groups.get(c.wilayah);
    if (!g)
      groups.set(
        c.wilayah,
        (g = { kode: c.wilayah, nama: namaWilayah(c.wilayah), slug: slugKini.get(c.wilayah) ?? null, baris: [] }),
      );
    const site = c.jenis === 'dihapus' && sebelumnya ? sebelumnya.site : r.site;
    const teks = (bentuk: 'prosa' | 'ringkas') => {
      const nilai = (v?: NilaiRilis) => {
        if (!v) return '';
        const text = teksNilaiRilis(v, c.indikator, site, bentuk);
        return v.ragu ? t.riwayat.nilaiRagu(text) : text;
      };
      switch (c.jenis) {
        case 'dikoreksi':
          return t.riwayat.koreksi(nilai(c.sebelum), nilai(c.sesudah));
        case 'baru':
          return c.sumberBaru ? t.riwayat.denganSumberBaru(nilai(c.sesudah)) : nilai(c.sesudah);
        case 'dihapus':
          return nilai(c.sebelum);
        default:
          return c.catatan ?? '';
      }
    };
    g.baris.push({
      jenis: c.jenis,
      jenisTeks: t.riwayat[c.jenis],
      indikatorTeks: c.indikator.startsWith('klaim:')
        ? t.riwayat.klaim(t.grafik.klaim.program[c.indikator.slice(6)] ?? c.indikator.slice(6))
        : namaIndikator(c.indikator),
      periodeTeks: teksPeriode(c.periode),
      perubahanTeks: teks('ringkas'),
      perubahanProsa: teks('prosa'),
      sumber: sumber(c.sumber) ?? null,
    });
  }
  // Today's region order; a region gone from the data keeps its place in the release's order, after.
  const rank = (kode: string) => order.get(kode) ?? 1e6 + (orderRilis.get(kode) ?? 1e6);
  const grup = [...groups.values()].sort((a, b) => rank(a.kode) - rank(b.kode) || a.kode.localeCompare(b.kode));
  const jumlah = r.perubahan.length;
  const ringkas =
    // Counts up to ten in words (house style).
    r.sebelumnya === null
      ? t.riwayat.pertama(formatBilangan(jumlah), formatBilangan(r.site.sumber.length), formatBilangan(grup.length))
      : jumlah === 0
        ? t.riwayat.tanpaAngka
        : t.riwayat.ringkas(formatBilangan(jumlah), formatBilangan(grup.length));
  const lainnya = r.lainnya.map((l) => {
    const nama =
      l.apa === 'sumber'
        ? (sumber(l.id)?.judul ?? l.id)
        : l.apa === 'indikator'
          ? namaIndikator(l.id)
          : namaWilayah(l.id);
    return `${t.riwayat.lainnya[l.apa]} ${t.riwayat.lainnyaJenis[l.jenis]}: ${nama}`;
  });
  return { rilis: r, grup, ringkas, lainnya, jumlah };
}

/** How many of the newest releases /riwayat/ and its feed show in full; older ones link to their own page. */
export const RILIS_PENUH = 10;

/** The newest releases in full, the rest as summaries: /riwayat/ stays bounded as releases accumulate. */
export function bagiRiwayat<T>(daftar: T[], penuh = RILIS_PENUH): { penuh: T[]; lama: T[] } {
  return { penuh: daftar.slice(0, penuh), lama: daftar.slice(penuh) };
}

/** Every release's own page, with its full table of changes, for good. */
export const jalurHalamanRilis = (nomor: number) => `/riwayat/${nomor}/`;

/** Every release for display, newest first, each compared with the one before it; `kini` is the live data. */
export function tampilanRiwayat(riwayat: RilisSitus[], kini?: SiteData): TampilanRilis[] {
  return riwayat.map((r, i) => tampilanRilis(r, riwayat[i - 1], kini ?? riwayat.at(-1)?.site)).reverse();
}

export const judulRilis = (r: Pick<RilisSitus, 'nomor' | 'tanggal'>) =>
  `${t.riwayat.rilis(r.nomor)} · ${formatTanggal(r.tanggal)}`;

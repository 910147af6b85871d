/**
 * The home page's words and figures, computed from the data and checked like an article's
 * statements. The headline states a finding ("Dua dari tiga pekerja NTT belum terlindungi
 * Jamsostek"): the fraction is chosen from the latest provincial UCJ figure, and the choice is
 * then checked with the article statement checker (`antara`), so a data refresh either changes
 * the words or stops the build; it can never leave a sentence the data no longer supports.
 */
import { formatBilangan, formatPeriode, formatPersen, formatAngka } from '#model/format.ts';
import { resolve, type Angka, type Konteks } from '#lib/artikel/resolve.ts';
import { periksaPernyataan as periksaKondisi } from '#lib/artikel/pernyataan.ts';
import type { Observasi as Observation, SiteData, Sumber as Source } from '#model/schema.ts';
import { t } from '#i18n/id.ts';

/** How far (in percentage points) a share may be from a simple fraction to be called by it. */
export const FRACTION_TOLERANCE = 2.5;

export interface Pecahan {
  /** "Dua dari tiga", "Separuh". */
  kata: string;
  n: number;
  d: number;
}

/** The simple fraction (halves to fifths) a share in percent is honestly called, or null. */
export function pecahanUntuk(persen: number, tolerance = FRACTION_TOLERANCE): Pecahan | null {
  let best: (Pecahan & { diff: number }) | null = null;
  for (let d = 2; d <= 5; d++) {
    for (let n = 1; n < d; n++) {
      if (gcd(n, d) !== 1) continue;
      const diff = Math.abs(persen - (100 * n) / d);
      if (diff <= tolerance && (!best || diff < best.diff))
        best = {
          kata: n === 1 && d === 2 ? 'Separuh' : `${formatBilangan(n, true)} dari ${formatBilangan(d)}`,
          n,
          d,
          diff,
        };
    }
  }
  return best && { kata: best.kata, n: best.n, d: best.d };
}
const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);

/** Whole months from the end of a period to a date. */
export function bulanSejak(periodeEnd: string, now: Date): number {
  const [y, m] = periodeEnd.split('-').map(Number) as [number, number];
  return (now.getUTCFullYear() - y) * 12 + (now.getUTCMonth() + 1 - m);
}

export interface BarisVisual {
  id: string;
  label: string;
  nilai: number;
  teks: string;
  periode: string;
  utama: boolean;
  sumber: Source[];
}

export interface KelompokAngka {
  /** "Juni 2024 · Pos Kupang, 13 Agustus 2024": one source line per group. */
  periode: string;
  sumber: Source;
  kartu: { id: string; label: string; teks: string; ragu: boolean }[];
}

export interface Beranda {
  judul: string;
  dek: string;
  /** The checked statements behind the headline and dek, in words (for tests and the build log). */
  pernyataan: string[];
  visual: { baris: BarisVisual[]; target: number; targetTeks: string };
  kelompok: KelompokAngka[];
}

/** The indicators on the cards, in order; the labels live in the dictionary. */
export const KARTU = [
  'ucj_persen',
  'peserta_aktif',
  'pekerja_ucj',
  'cakupan_formal_persen',
  'cakupan_informal_persen',
  'rentan_apbd_provinsi',
] as const;

export function beranda(k: Konteks, now: Date): Beranda {
  const site = k.site;
  const prov = province(site);
  const ucj = resolve(k, `ucj_persen|${prov}`);
  const target = resolve(k, 'target:ucj');
  const pernyataan: string[] = [];
  const belum = 100 - ucj.nilai;
  const pecahan = pecahanUntuk(belum);
  let judul: string;
  if (pecahan) {
    // "Dua dari tiga belum terlindungi" = the covered share lies within the tolerance of 1/3.
    const covered = 100 - (100 * pecahan.n) / pecahan.d;
    pernyataan.push(
      periksaKondisi(k, {
        kondisi: 'antara',
        a: ucj.bind,
        min: String(covered - FRACTION_TOLERANCE),
        maks: String(covered + FRACTION_TOLERANCE),
      }).uraian,
    );
    judul = t.beranda.judulPecahan(pecahan.kata);
  } else {
    judul = t.beranda.judulPersen(formatPersen(Math.round(belum)));
  }
  pernyataan.push(periksaKondisi(k, { kondisi: 'di-bawah-target', a: ucj.bind }).uraian);
  const kosong = resolve(k, 'kosong:ucj_persen');
  const semua = resolve(k, 'wilayah:semua');
  const umur = ucj.periode ? bulanSejak(ucj.periode.akhir, now) : 0;
  const dek = t.beranda.dek(
    ucj.periode ? formatPeriode(ucj.periode) : '',
    t.beranda.bulan(formatAngka(umur)),
    formatBilangan(kosong.nilai),
    formatBilangan(semua.nilai),
    formatPersen(target.nilai),
    kosong.nilai > 0,
  );

  const row = (id: string, label: string, utama: boolean): BarisVisual | null => {
    let a: Angka;
    try {
      a = resolve(k, `${id}|${prov}`);
    } catch {
      return null;
    }
    return {
      id,
      label,
      nilai: a.nilai,
      teks: formatPersen(a.nilai, 'ringkas'),
      periode: a.periode ? formatPeriode(a.periode) : '',
      utama,
      sumber: a.sumber,
    };
  };
  const baris = [
    row('ucj_persen', t.beranda.barisNtt, true),
    row('cakupan_formal_persen', t.beranda.barisFormal, false),
    row('cakupan_informal_persen', t.beranda.barisInformal, false),
  ].filter((b): b is BarisVisual => b !== null);

  return {
    judul,
    dek,
    pernyataan,
    visual: { baris, target: target.nilai, targetTeks: t.beranda.target(formatPersen(target.nilai, 'ringkas')) },
    kelompok: kelompokKartu(site, prov),
  };
}

/** Cards grouped by source and period: figures of one group were published together and compare; across groups they may not. */
function kelompokKartu(site: SiteData, prov: string): KelompokAngka[] {
  const groups = new Map<string, KelompokAngka>();
  const sourceById = new Map(site.sumber.map((s) => [s.id, s]));
  for (const id of KARTU) {
    const o: Observation | undefined = site.terkini[id]?.[prov];
    const ind = site.indikator.find((i) => i.id === id);
    const s = o && sourceById.get(o.sumber);
    if (!o || !ind || !s) continue;
    const key = `${o.periode.id}|${o.sumber}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { periode: formatPeriode(o.periode), sumber: s, kartu: [] }));
    const teks = ind.satuan === 'persen' ? formatPersen(o.nilai, 'ringkas') : formatAngka(o.nilai);
    g.kartu.push({
      id,
      label: t.beranda.kartu[id] ?? ind.nama,
      teks: o.kualifikasi ? `${o.kualifikasi} ${teks}` : teks,
      ragu: o.ragu,
    });
  }
  return [...groups.values()];
}

function province(site: SiteData): string {
  const p = site.wilayah.find((r) => r.jenis === 'Provinsi');
  if (!p) throw new Error('data/wilayah.csv tidak memuat baris provinsi.');
  return p.kode;
}

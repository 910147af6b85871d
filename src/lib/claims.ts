/**
 * Numbers and claims in articles, bound to the data.
 *
 * An article (MDX in src/content/artikel/) never types a figure: it places a component such as
 * <Nilai indikator="ucj_persen" wilayah="53" periode="2024-06" /> and the figure is looked up
 * here, formatted the Indonesian way, and linked to its source. Statements the prose makes
 * about the figures ("Malaka is the lowest", "below the target", "A exceeds B") are written as
 * <Pastikan kondisi="…" /> and checked here too.
 *
 * Every build reads each article's MDX source (satteri, the MDX parser Astro itself uses),
 * resolves every component against the current data, and stops with a message naming the
 * file, the line, and the claim when a figure is missing or a claim is no longer true. The
 * same functions produce what the components render, so the check and the page never differ.
 *
 * This module is pure: it receives the data (SiteData) and a link builder, so tests can run
 * it on any dataset.
 */
import { mdxToMdast } from 'satteri';
import {
  formatAngka,
  formatDaftar,
  formatPeriode,
  formatPeringkat,
  formatPersen,
  formatTanggal,
  kutipan,
  penerbitPendek,
  teksAngka,
  type SatuanAngka as Satuan,
} from '#model/format.ts';
import { TARGET_UCJ } from '#model/constants.ts';
import { TidakDidukung } from '#model/errors.ts';
import { cariIndikator, cariSumber, cariWilayah, indikatorPeta, isProvinsi, kabupatenKota, peringkat, pilihKlaim, provinsi, pilihObservasi, terkini, terkiniKabupatenKota, wilayahBerdata, wilayahPadaPeringkat } from '#model/query.ts';
import type { Klaim, Observasi, Periode, Kualifikasi, SiteData, Sumber } from '#model/schema.ts';

/** What the checks and the components need: the data and a base-path-aware link builder. */
export interface Konteks {
  site: SiteData;
  href: (path: string) => string;
  /**
   * All the data, when `site` is an article's view as of its date (src/lib/artikel-tanggal.ts):
   * a figure with an explicit period or source is the one the author chose, looked up in all of it.
   */
  lengkap?: SiteData;
}

// ---------------------------------------------------------------------------------------------
// References: the text form of "which figure", shared by props and data-bind attributes
//
//   ucj_persen|53|2024-06|sumber-id      a published figure (period and source optional;
//                                        without a period: the latest usable figure)
//   klaim:TOTAL|53|2022|nominal|sumber   a claims figure: program, region, period, kasus|nominal
//   jumlah:rentan_apbd_provinsi          sum of the latest usable figure of every kabupaten/kota
//   cacah:ucj_persen                     how many kabupaten/kota have a usable figure (* = any indicator)
//   cacah-semua:ucj_persen               how many have any published figure, doubtful ones included
//   cacah-ragu:ucj_persen                how many have published figures that are all doubtful
//   kosong:ucj_persen                    how many have no published figure at all
//   wilayah:semua                        how many kabupaten/kota there are
//   target:ucj                           the national UCJ target (95 percent)
//   bagian:REF;REF                       the first as a percentage of the second
//   angka:5                              a plain number, only for thresholds in <Pastikan>

export type Ref =
  | { jenis: 'nilai'; indikator: string; wilayah: string; periode: string | null; sumber: string | null }
  | { jenis: 'klaim'; program: string; wilayah: string; periode: string; ukuran: 'kasus' | 'nominal'; sumber: string | null }
  | { jenis: 'jumlah'; indikator: string }
  | { jenis: 'cacah'; indikator: string; mode: 'berdata' | 'semua' | 'ragu' }
  | { jenis: 'kosong'; indikator: string }
  | { jenis: 'wilayah' }
  | { jenis: 'target' }
  | { jenis: 'angka'; nilai: number }
  | { jenis: 'bagian'; a: Ref; b: Ref };

export function parseRef(teks: string): Ref {
  const t = teks.trim();
  const colon = t.indexOf(':');
  const prefix = colon > 0 && !t.slice(0, colon).includes('|') ? t.slice(0, colon) : '';
  const rest = prefix ? t.slice(colon + 1) : t;
  const parts = rest.split('|').map((p) => p.trim());
  const opt = (i: number) => (parts[i] ? parts[i]! : null);
  switch (prefix) {
    case '': {
      if (parts.length < 2 || parts.length > 4 || !parts[0] || !parts[1]) break;
      return { jenis: 'nilai', indikator: parts[0], wilayah: parts[1], periode: opt(2), sumber: opt(3) };
    }
    case 'klaim': {
      if (parts.length < 4 || parts.length > 5 || !parts[0] || !parts[1] || !parts[2]) break;
      if (parts[3] !== 'kasus' && parts[3] !== 'nominal') break;
      return { jenis: 'klaim', program: parts[0].toUpperCase(), wilayah: parts[1], periode: parts[2], ukuran: parts[3], sumber: opt(4) };
    }
    case 'jumlah':
      if (parts.length === 1 && parts[0]) return { jenis: 'jumlah', indikator: parts[0] };
      break;
    case 'cacah':
    case 'cacah-semua':
    case 'cacah-ragu':
      if (parts.length === 1 && parts[0]) return { jenis: 'cacah', indikator: parts[0], mode: prefix === 'cacah' ? 'berdata' : prefix === 'cacah-semua' ? 'semua' : 'ragu' };
      break;
    case 'kosong':
      if (parts.length === 1 && parts[0]) return { jenis: 'kosong', indikator: parts[0] };
      break;
    case 'wilayah':
      if (rest === 'semua') return { jenis: 'wilayah' };
      break;
    case 'target':
      if (rest === 'ucj') return { jenis: 'target' };
      break;
    case 'bagian': {
      const [ra, rb, ...more] = rest.split(';');
      if (ra && rb && !more.length) return { jenis: 'bagian', a: parseRef(ra), b: parseRef(rb) };
      break;
    }
    case 'angka': {
      const n = Number(rest.replace(',', '.'));
      if (rest !== '' && Number.isFinite(n)) return { jenis: 'angka', nilai: n };
      break;
    }
  }
  throw new TidakDidukung(
    `acuan "${teks}" tidak dikenali. Bentuk yang diterima: indikator|wilayah[|periode[|sumber]], ` +
      'klaim:PROGRAM|wilayah|periode|kasus atau nominal[|sumber], jumlah:indikator, cacah:indikator, cacah-semua:indikator, cacah-ragu:indikator, ' +
      'kosong:indikator, wilayah:semua, target:ucj, bagian:ACUAN;ACUAN, angka:N.',
  );
}

/** A resolved figure: its value and everything needed to show, link, and check it. */
export interface Angka {
  nilai: number;
  satuan: Satuan;
  kualifikasi: Kualifikasi;
  periode: Periode | null;
  sumber: Sumber[];
  ragu: boolean;
  catatan: string | null;
  /** Kabupaten/kota codes the figure is about (for "articles that mention this region"). */
  wilayah: string[];
  /** Canonical reference with the resolved period and source: the data-bind attribute. */
  bind: string;
  /** Short description for messages: "Cakupan UCJ Malaka, Mei 2025 (3 persen)". */
  uraian: string;
  /** Where the figure links: its source, or the page that lists the figures it sums up. */
  tautan: string;
  /** Written without period or source: resolved as of the article's date (the latest then). */
  tersirat?: boolean;
}

function petaAtauData(k: Konteks, indikator: string): string {
  const ind = indikatorPeta(k.site).find((i) => i.id === indikator);
  return ind ? k.href(`/peta/${ind.id.replace(/_/g, '-')}/`) : k.href('/data/');
}

/** Resolves a reference to a figure, or throws TidakDidukung saying what is missing. */
export function resolve(k: Konteks, ref: Ref | string): Angka {
  const r = typeof ref === 'string' ? parseRef(ref) : ref;
  const explicit = (r.jenis === 'nilai' && Boolean(r.periode || r.sumber)) || r.jenis === 'klaim';
  const site = explicit ? (k.lengkap ?? k.site) : k.site;
  switch (r.jenis) {
    case 'nilai': {
      const ind = cariIndikator(site, r.indikator);
      const w = cariWilayah(site, r.wilayah);
      if (r.sumber) cariSumber(site, r.sumber);
      let o: Observasi | undefined;
      if (!r.periode && !r.sumber) {
        o = terkini(site, ind.id, w.kode);
        if (!o) {
          const any = site.observasi.some((x) => x.indikator === ind.id && x.wilayah === w.kode);
          throw new TidakDidukung(
            any
              ? `${ind.nama} untuk ${w.nama}: hanya ada angka yang ditandai ragu. Sebut periodenya (dan sumbernya), lalu tandai komponennya dengan atribut ragu.`
              : `belum ada angka ${ind.nama} untuk ${w.nama} di data/kepesertaan.csv.`,
          );
        }
      } else {
        const list = site.observasi.filter((x) => x.indikator === ind.id && x.wilayah === w.kode && (!r.periode || x.periode.id === r.periode) && (!r.sumber || x.sumber === r.sumber));
        if (!list.length) {
          const where = [r.periode && `periode ${r.periode}`, r.sumber && `sumber ${r.sumber}`].filter(Boolean).join(', ');
          const have = site.observasi.filter((x) => x.indikator === ind.id && x.wilayah === w.kode).map((x) => x.periode.id);
          throw new TidakDidukung(`tidak ada angka ${ind.nama} untuk ${w.nama} dengan ${where} di data/kepesertaan.csv` + (have.length ? ` (yang ada: ${[...new Set(have)].join(', ')}).` : ' (belum ada angka sama sekali).'));
        }
        o = pilihObservasi(site, list)!;
      }
      const s = cariSumber(site, o.sumber);
      const angka = { nilai: o.nilai, satuan: ind.satuan as Satuan, kualifikasi: o.kualifikasi };
      return {
        ...angka,
        periode: o.periode,
        sumber: [s],
        ragu: o.ragu,
        catatan: o.catatan,
        wilayah: isProvinsi(site, w.kode) ? [] : [w.kode],
        bind: `${ind.id}|${w.kode}|${o.periode.id}|${o.sumber}`,
        ...(explicit ? {} : { tersirat: true }),
        uraian: `${ind.nama}, ${w.nama}, ${formatPeriode(o.periode)} (${teksAngka(angka)}${o.ragu ? ', ditandai ragu' : ''})`,
        tautan: s.url ?? k.href('/data/'),
      };
    }
    case 'klaim': {
      const w = cariWilayah(site, r.wilayah);
      if (r.sumber) cariSumber(site, r.sumber);
      const field = r.ukuran === 'kasus' ? 'kasus' : 'nominalRp';
      const all = site.klaim.filter((c) => c.program === r.program && c.wilayah === w.kode && c.periode.id === r.periode && (!r.sumber || c.sumber === r.sumber));
      const list = all.filter((c) => c[field] !== null);
      if (!list.length) {
        throw new TidakDidukung(
          all.length
            ? `klaim ${r.program} ${w.nama} periode ${r.periode}: kolom ${r.ukuran === 'kasus' ? 'kasus' : 'nominal_rp'} kosong di data/klaim.csv.`
            : `tidak ada baris klaim ${r.program} untuk ${w.nama} periode ${r.periode}${r.sumber ? ` dari sumber ${r.sumber}` : ''} di data/klaim.csv.`,
        );
      }
      const qual = (c: Klaim) => (r.ukuran === 'kasus' ? c.kualifikasiKasus : c.kualifikasiNominal);
      const c = pilihKlaim(site, list, r.ukuran)!;
      const s = cariSumber(site, c.sumber);
      const angka = { nilai: c[field]!, satuan: (r.ukuran === 'kasus' ? 'kasus' : 'rupiah') as Satuan, kualifikasi: qual(c) };
      return {
        ...angka,
        periode: c.periode,
        sumber: [s],
        ragu: c.ragu,
        catatan: c.catatan,
        wilayah: isProvinsi(site, w.kode) ? [] : [w.kode],
        bind: `klaim:${c.program}|${w.kode}|${c.periode.id}|${r.ukuran}|${c.sumber}`,
        uraian: `klaim ${c.program} (${r.ukuran}) ${w.nama}, ${formatPeriode(c.periode)} (${teksAngka(angka)}${c.ragu ? ', ditandai ragu' : ''})`,
        tautan: s.url ?? k.href('/data/'),
      };
    }
    case 'jumlah': {
      const ind = cariIndikator(site, r.indikator);
      const entries = terkiniKabupatenKota(site, ind.id);
      if (!entries.length) throw new TidakDidukung(`belum ada angka ${ind.nama} untuk kabupaten/kota mana pun.`);
      if (ind.satuan === 'persen') throw new TidakDidukung(`persentase (${ind.id}) tidak bisa dijumlahkan antarwilayah.`);
      const nilai = entries.reduce((sum, e) => sum + e.nilai, 0);
      const sources = [...new Set(entries.map((e) => e.sumber))].map((id) => cariSumber(site, id));
      const angka = { nilai, satuan: 'orang' as Satuan, kualifikasi: entries.some((e) => e.kualifikasi) ? ('sekitar' as Kualifikasi) : null };
      return {
        ...angka,
        periode: rentang(entries.map((e) => e.periode)),
        sumber: sources,
        ragu: false,
        catatan: null,
        wilayah: entries.map((e) => e.wilayah),
        bind: `jumlah:${ind.id}`,
        uraian: `jumlah ${ind.nama} dari ${entries.length} kabupaten/kota berdata (${teksAngka(angka)})`,
        tautan: petaAtauData(k, ind.id),
      };
    }
    case 'cacah':
    case 'kosong': {
      const ind = r.indikator === '*' ? null : cariIndikator(site, r.indikator);
      const mode = r.jenis === 'kosong' ? 'semua' : r.mode;
      const semua = wilayahBerdata(site, r.indikator, 'semua');
      const berdata = wilayahBerdata(site, r.indikator, 'berdata');
      const nilai = r.jenis === 'kosong' ? kabupatenKota(site).length - semua.length : mode === 'semua' ? semua.length : mode === 'berdata' ? berdata.length : semua.length - berdata.length;
      const apa = ind ? ind.nama : 'angka apa pun';
      const label =
        r.jenis === 'kosong'
          ? `kabupaten/kota tanpa ${apa} yang dipublikasikan`
          : mode === 'semua'
            ? `kabupaten/kota dengan ${apa} yang dipublikasikan, termasuk yang ragu`
            : mode === 'ragu'
              ? `kabupaten/kota yang ${apa}-nya hanya ada dalam angka yang diragukan`
              : `kabupaten/kota dengan ${apa} yang bisa dipakai`;
      return {
        nilai,
        satuan: 'wilayah',
        kualifikasi: null,
        periode: null,
        sumber: [],
        ragu: false,
        catatan: null,
        wilayah: [],
        bind: r.jenis === 'kosong' ? `kosong:${r.indikator}` : `${r.mode === 'berdata' ? 'cacah' : `cacah-${r.mode}`}:${r.indikator}`,
        uraian: `${label} (${nilai})`,
        tautan: ind ? petaAtauData(k, ind.id) : k.href('/data/'),
      };
    }
    case 'wilayah':
      return { nilai: kabupatenKota(site).length, satuan: 'wilayah', kualifikasi: null, periode: null, sumber: [], ragu: false, catatan: null, wilayah: [], bind: 'wilayah:semua', uraian: `jumlah kabupaten/kota (${kabupatenKota(site).length})`, tautan: k.href('/kabupaten/') };
    case 'target':
      return { nilai: TARGET_UCJ, satuan: 'persen', kualifikasi: null, periode: null, sumber: [], ragu: false, catatan: null, wilayah: [], bind: 'target:ucj', uraian: `target UCJ (${formatPersen(TARGET_UCJ)})`, tautan: k.href('/metodologi/#target-ucj') };
    case 'bagian': {
      const a = resolve(k, r.a);
      const b = resolve(k, r.b);
      const dim = (x: Satuan) => (x === 'kasus' ? 'orang' : x);
      if (dim(a.satuan) !== dim(b.satuan)) throw new TidakDidukung(`bagian butuh dua angka bersatuan sama, tetapi ${a.uraian} dan ${b.uraian} berbeda.`);
      if (b.nilai <= 0) throw new TidakDidukung(`${b.uraian} nol, tidak bisa menjadi penyebut.`);
      const angka = { nilai: (100 * a.nilai) / b.nilai, satuan: 'persen' as Satuan, kualifikasi: a.kualifikasi || b.kualifikasi ? ('sekitar' as Kualifikasi) : null };
      return {
        ...angka,
        periode: a.periode,
        sumber: [...new Map([...a.sumber, ...b.sumber].map((x) => [x.id, x])).values()],
        ragu: a.ragu || b.ragu,
        catatan: [a.ragu ? a.catatan : null, b.ragu ? b.catatan : null].filter(Boolean).join(' ') || null,
        wilayah: [...new Set([...a.wilayah, ...b.wilayah])],
        bind: `bagian(${a.bind};${b.bind})`,
        uraian: `bagian ${a.uraian} terhadap ${b.uraian} (${teksAngka(angka, { desimal: 1 })})`,
        tautan: a.tautan,
      };
    }
    case 'angka':
      return { nilai: r.nilai, satuan: 'orang', kualifikasi: null, periode: null, sumber: [], ragu: false, catatan: null, wilayah: [], bind: `angka:${r.nilai}`, uraian: formatAngka(r.nilai, 2), tautan: k.href('/metodologi/') };
  }
}

/** The span of several periods, as one period ("Agustus–Oktober 2025"). */
function rentang(periods: Periode[]): Periode {
  const ids = [...new Set(periods.map((p) => p.id))];
  if (ids.length === 1) return periods[0]!;
  const start = periods.map((p) => p.start).sort()[0]!;
  const end = periods.map((p) => p.end).sort().at(-1)!;
  return start === end ? { id: start, kind: 'bulan', start, end } : { id: `${start}/${end}`, kind: 'rentang-bulan', start, end };
}

// ---------------------------------------------------------------------------------------------
// Components: what each one needs, and what it shows

export type Props = Record<string, string | true | undefined>;

interface Spek {
  wajib: string[];
  boleh: string[];
  /** Renders a figure (so its text must be bound), a claim (renders nothing), a figure block, or a link. */
  jenis: 'angka' | 'klaim' | 'grafik' | 'tautan';
}

export const KOMPONEN: Record<string, Spek> = {
  Nilai: { jenis: 'angka', wajib: ['indikator', 'wilayah'], boleh: ['periode', 'sumber', 'ragu', 'bentuk', 'sebutPeriode', 'kapital', 'kata'] },
  Klaim: { jenis: 'angka', wajib: ['program', 'periode', 'tampil'], boleh: ['wilayah', 'sumber', 'ragu', 'bentuk', 'sebutPeriode'] },
  Angka: { jenis: 'angka', wajib: ['a'], boleh: ['ragu', 'bentuk', 'sebutPeriode', 'kata', 'kapital'] },
  Selisih: { jenis: 'angka', wajib: ['a', 'b'], boleh: ['ragu', 'desimal', 'bentuk'] },
  Bagian: { jenis: 'angka', wajib: ['a', 'b'], boleh: ['ragu', 'desimal'] },
  Kelipatan: { jenis: 'angka', wajib: ['a', 'b'], boleh: ['ragu', 'desimal'] },
  Kekurangan: { jenis: 'angka', wajib: ['peserta', 'pekerja'], boleh: ['target', 'bentuk'] },
  Penyebut: { jenis: 'angka', wajib: ['peserta', 'persen'], boleh: ['ragu'] },
  Peringkat: { jenis: 'angka', wajib: ['indikator', 'wilayah'], boleh: ['urutan'] },
  NamaPeringkat: { jenis: 'angka', wajib: ['indikator'], boleh: ['urutan', 'ke'] },
  Periode: { jenis: 'angka', wajib: ['a'], boleh: ['ragu'] },
  Tanggal: { jenis: 'angka', wajib: ['sumber'], boleh: [] },
  Target: { jenis: 'angka', wajib: [], boleh: [] },
  Daftar: { jenis: 'angka', wajib: ['pilih', 'indikator'], boleh: [] },
  Pastikan: { jenis: 'klaim', wajib: ['kondisi'], boleh: ['a', 'b', 'indikator', 'wilayah', 'min', 'maks', 'periode', 'toleransi'] },
  Tautan: { jenis: 'tautan', wajib: ['ke'], boleh: [] },
  Peta: { jenis: 'grafik', wajib: ['indikator'], boleh: ['tingkat'] },
  GrafikCakupan: { jenis: 'grafik', wajib: ['wilayah', 'periode'], boleh: [] },
  GrafikProvinsi: { jenis: 'grafik', wajib: [], boleh: [] },
  GrafikWilayah: { jenis: 'grafik', wajib: ['indikator'], boleh: [] },
  GrafikKlaim: { jenis: 'grafik', wajib: ['ukuran'], boleh: ['program', 'periode', 'wilayah'] },
};

/** What a number component renders. */
export interface Tampilan {
  teks: string;
  bind: string;
  tautan: string;
  /** Tooltip: source and period. */
  judul: string;
  ragu: boolean;
  /** For names (NamaPeringkat, Daftar): one link per region instead of one text. */
  daftar?: { nama: string; tautan: string }[];
  /** Every figure this depends on, for the article's source list and region links. */
  dasar: Angka[];
}

const str = (p: Props, key: string): string | undefined => (typeof p[key] === 'string' ? (p[key] as string) : undefined);
const flag = (p: Props, key: string): boolean => p[key] === true || p[key] === 'true' || p[key] === '';

function wajib(p: Props, key: string): string {
  const v = str(p, key);
  if (v === undefined || v === '') throw new TidakDidukung(`atribut ${key}="…" wajib diisi.`);
  return v;
}

function refFromProps(p: Props): string {
  return [wajib(p, 'indikator'), wajib(p, 'wilayah'), str(p, 'periode') ?? '', str(p, 'sumber') ?? ''].join('|').replace(/\|+$/, '');
}

function judulSumber(a: Angka): string {
  const src = a.sumber.map((s) => kutipan(s, 'pendek')).join('; ');
  const parts = [a.periode ? `Periode: ${formatPeriode(a.periode)}` : '', src ? `Sumber: ${src}` : '', a.ragu && a.catatan ? `Diragukan: ${a.catatan}` : ''];
  return parts.filter(Boolean).join('. ');
}

/** A figure marked doubtful in the data must be cited as doubtful (attribute ragu), and only then. */
function cekRagu(p: Props, dasar: Angka[]): boolean {
  const ragu = dasar.filter((a) => a.ragu);
  if (ragu.length && !flag(p, 'ragu')) {
    throw new TidakDidukung(`${ragu.map((a) => a.uraian).join('; ')} ditandai ragu di data (${ragu.map((a) => a.catatan ?? 'tanpa catatan').join('; ')}). Sebut keraguannya di kalimat dan beri komponen ini atribut ragu.`);
  }
  if (!ragu.length && flag(p, 'ragu')) {
    throw new TidakDidukung(`komponen ini diberi atribut ragu, tetapi angkanya (${dasar.map((a) => a.uraian).join('; ')}) tidak lagi ditandai ragu di data. Ubah kalimat yang menyebutnya diragukan.`);
  }
  return ragu.length > 0;
}

const satuanSama = (a: Angka, b: Angka, apa: string) => {
  const dim = (s: Satuan) => (s === 'kasus' ? 'orang' : s);
  if (dim(a.satuan) !== dim(b.satuan)) throw new TidakDidukung(`${apa} butuh dua angka bersatuan sama, tetapi ${a.uraian} (${a.satuan}) dan ${b.uraian} (${b.satuan}) berbeda.`);
};
const gabungQ = (...xs: Angka[]): Kualifikasi => (xs.some((x) => x.kualifikasi) ? 'sekitar' : null);
const desimal = (p: Props, d: number) => {
  const v = str(p, 'desimal');
  return v === undefined ? d : Number(v);
};

function sebutPeriode(p: Props, a: Angka, teks: string): string {
  return flag(p, 'sebutPeriode') && a.periode ? `${teks} (${formatPeriode(a.periode)})` : teks;
}

/** Resolves a number component to what it shows; throws TidakDidukung when the data cannot support it. */
export function tampilkan(k: Konteks, komponen: string, p: Props): Tampilan {
  const site = k.site;
  const opsiTeks = { bentuk: str(p, 'bentuk'), kata: flag(p, 'kata'), kapital: flag(p, 'kapital') };
  const satu = (a: Angka, teks: string): Tampilan => {
    const ragu = cekRagu(p, [a]);
    return { teks: sebutPeriode(p, a, teks), bind: a.bind, tautan: a.tautan, judul: judulSumber(a), ragu, dasar: [a] };
  };
  switch (komponen) {
    case 'Nilai': {
      const a = resolve(k, refFromProps(p));
      return satu(a, teksAngka(a, opsiTeks));
    }
    case 'Klaim': {
      const tampil = wajib(p, 'tampil');
      if (tampil !== 'nominal' && tampil !== 'kasus') throw new TidakDidukung(`tampil="${tampil}" tidak dikenal; pakai "nominal" atau "kasus".`);
      const ref = ['klaim:' + wajib(p, 'program'), str(p, 'wilayah') ?? provinsi(site).kode, wajib(p, 'periode'), tampil, str(p, 'sumber') ?? ''].join('|').replace(/\|+$/, '');
      const a = resolve(k, ref);
      return satu(a, teksAngka(a, opsiTeks));
    }
    case 'Angka': {
      const a = resolve(k, wajib(p, 'a'));
      if (a.bind.startsWith('angka:')) throw new TidakDidukung('angka:N hanya boleh dipakai sebagai ambang di <Pastikan>, bukan ditampilkan.');
      return satu(a, teksAngka(a, opsiTeks));
    }
    case 'Periode': {
      const a = resolve(k, wajib(p, 'a'));
      if (!a.periode) throw new TidakDidukung(`${a.uraian} tidak punya periode.`);
      const ragu = cekRagu(p, [a]);
      return { teks: formatPeriode(a.periode), bind: `periode(${a.bind})`, tautan: a.tautan, judul: judulSumber(a), ragu, dasar: [a] };
    }
    case 'Selisih': {
      const a = resolve(k, wajib(p, 'a'));
      const b = resolve(k, wajib(p, 'b'));
      satuanSama(a, b, 'Selisih');
      const diff = a.nilai - b.nilai;
      if (diff < 0) throw new TidakDidukung(`Selisih ditulis sebagai a dikurangi b, dan kalimatnya menganggap a lebih besar; kini ${a.uraian} lebih kecil daripada ${b.uraian}.`);
      const ragu = cekRagu(p, [a, b]);
      const satuan: Satuan = a.satuan === 'persen' ? 'poin' : a.satuan;
      const teks = teksAngka({ nilai: diff, satuan, kualifikasi: gabungQ(a, b) }, { desimal: desimal(p, 2), bentuk: str(p, 'bentuk') });
      return { teks, bind: `selisih(${a.bind};${b.bind})`, tautan: (a.sumber.length ? a : b).tautan, judul: [judulSumber(a), judulSumber(b)].join(' — '), ragu, dasar: [a, b] };
    }
    case 'Bagian': {
      const a = resolve(k, wajib(p, 'a'));
      const b = resolve(k, wajib(p, 'b'));
      satuanSama(a, b, 'Bagian');
      if (b.nilai <= 0) throw new TidakDidukung(`${b.uraian} nol, tidak bisa menjadi penyebut.`);
      const ragu = cekRagu(p, [a, b]);
      const teks = teksAngka({ nilai: (100 * a.nilai) / b.nilai, satuan: 'persen', kualifikasi: gabungQ(a, b) }, { desimal: desimal(p, 1) });
      return { teks, bind: `bagian(${a.bind};${b.bind})`, tautan: (a.sumber.length ? a : b).tautan, judul: [judulSumber(a), judulSumber(b)].join(' — '), ragu, dasar: [a, b] };
    }
    case 'Kelipatan': {
      const a = resolve(k, wajib(p, 'a'));
      const b = resolve(k, wajib(p, 'b'));
      satuanSama(a, b, 'Kelipatan');
      if (b.nilai <= 0) throw new TidakDidukung(`${b.uraian} nol, tidak bisa menjadi pembagi.`);
      if (a.nilai < b.nilai) throw new TidakDidukung(`Kelipatan menganggap ${a.uraian} lebih besar daripada ${b.uraian}, tetapi kini lebih kecil.`);
      const ragu = cekRagu(p, [a, b]);
      const teks = teksAngka({ nilai: a.nilai / b.nilai, satuan: 'kali', kualifikasi: gabungQ(a, b) }, { desimal: desimal(p, 1) });
      return { teks, bind: `kelipatan(${a.bind};${b.bind})`, tautan: a.tautan, judul: [judulSumber(a), judulSumber(b)].join(' — '), ragu, dasar: [a, b] };
    }
    case 'Kekurangan': {
      const peserta = resolve(k, wajib(p, 'peserta'));
      const pekerja = resolve(k, wajib(p, 'pekerja'));
      const target = resolve(k, str(p, 'target') ?? 'target:ucj');
      if (peserta.periode?.id !== pekerja.periode?.id) throw new TidakDidukung(`peserta dan pekerja harus dari periode yang sama, tetapi ${peserta.uraian} dan ${pekerja.uraian} berbeda.`);
      const kurang = Math.ceil((target.nilai * pekerja.nilai) / 100 - peserta.nilai);
      if (kurang <= 0) throw new TidakDidukung(`${peserta.uraian} sudah mencapai ${target.uraian}; kalimat tentang kekurangan peserta tidak lagi benar.`);
      const ragu = cekRagu(p, [peserta, pekerja]);
      const teks = teksAngka({ nilai: kurang, satuan: 'orang', kualifikasi: gabungQ(peserta, pekerja) }, { bentuk: str(p, 'bentuk') });
      return { teks, bind: `kekurangan(${peserta.bind};${pekerja.bind};${target.bind})`, tautan: peserta.tautan, judul: judulSumber(peserta), ragu, dasar: [peserta, pekerja] };
    }
    case 'Penyebut': {
      const peserta = resolve(k, wajib(p, 'peserta'));
      const persen = resolve(k, wajib(p, 'persen'));
      if (persen.satuan !== 'persen' || persen.nilai <= 0) throw new TidakDidukung(`${persen.uraian} harus persentase di atas nol.`);
      const ragu = cekRagu(p, [peserta, persen]);
      const teks = teksAngka({ nilai: (100 * peserta.nilai) / persen.nilai, satuan: 'orang', kualifikasi: 'sekitar' }, { bentuk: 'singkat' });
      return { teks, bind: `penyebut(${peserta.bind};${persen.bind})`, tautan: peserta.tautan, judul: [judulSumber(peserta), judulSumber(persen)].join(' — '), ragu, dasar: [peserta, persen] };
    }
    case 'Peringkat': {
      const ind = cariIndikator(site, wajib(p, 'indikator'));
      const w = cariWilayah(site, wajib(p, 'wilayah'));
      const urutan = urutanDari(p);
      const r = peringkat(site, ind.id, w.kode, urutan);
      if (!r) throw new TidakDidukung(`${w.nama} tidak punya angka ${ind.nama} yang bisa diperingkat.`);
      const a = resolve(k, `${ind.id}|${w.kode}`);
      return { teks: formatPeringkat(r.rank, r.dari), bind: `peringkat:${ind.id}|${w.kode}|${urutan}`, tautan: petaAtauData(k, ind.id), judul: `Peringkat ${urutan} di antara kabupaten/kota yang punya angka ${ind.nama}`, ragu: false, dasar: [a] };
    }
    case 'NamaPeringkat': {
      const ind = cariIndikator(site, wajib(p, 'indikator'));
      const urutan = urutanDari(p);
      const ke = Number(str(p, 'ke') ?? '1');
      const regions = wilayahPadaPeringkat(site, ind.id, urutan, ke);
      if (!regions.length) throw new TidakDidukung(`tidak ada kabupaten/kota di peringkat ${ke} (${urutan}) untuk ${ind.nama}.`);
      const dasar = regions.map((r) => resolve(k, `${ind.id}|${r.kode}`));
      return {
        teks: formatDaftar(regions.map((r) => r.nama)),
        bind: `nama-peringkat:${ind.id}|${urutan}|${ke}`,
        tautan: k.href(`/kabupaten/${regions[0]!.slug}/`),
        judul: `Peringkat ${ke} (${urutan}) untuk ${ind.nama}`,
        ragu: false,
        daftar: regions.map((r) => ({ nama: r.nama, tautan: k.href(`/kabupaten/${r.slug}/`) })),
        dasar,
      };
    }
    case 'Daftar': {
      const pilih = wajib(p, 'pilih');
      const indikator = wajib(p, 'indikator');
      if (indikator !== '*') cariIndikator(site, indikator);
      if (!['kosong', 'berdata', 'semua'].includes(pilih)) throw new TidakDidukung(`pilih="${pilih}" tidak dikenal; pakai "kosong", "berdata", atau "semua".`);
      const withData = new Set(wilayahBerdata(site, indikator, pilih === 'berdata' ? 'berdata' : 'semua'));
      const regions = kabupatenKota(site).filter((r) => (pilih === 'kosong' ? !withData.has(r.kode) : withData.has(r.kode)));
      if (!regions.length) throw new TidakDidukung(`daftar ${pilih} untuk ${indikator} kosong; kalimat yang memuat daftar ini tidak lagi benar.`);
      return {
        teks: formatDaftar(regions.map((r) => r.nama)),
        bind: `daftar:${pilih}|${indikator}`,
        tautan: k.href('/kabupaten/'),
        judul: '',
        ragu: false,
        daftar: regions.map((r) => ({ nama: r.nama, tautan: k.href(`/kabupaten/${r.slug}/`) })),
        dasar: regions.map((r) => ({ ...resolve(k, 'wilayah:semua'), wilayah: [r.kode] })),
      };
    }
    case 'Tanggal': {
      const s = cariSumber(site, wajib(p, 'sumber'));
      const a: Angka = { nilai: 0, satuan: 'orang', kualifikasi: null, periode: null, sumber: [s], ragu: false, catatan: null, wilayah: [], bind: `tanggal:${s.id}`, uraian: `tanggal ${s.id}`, tautan: s.url ?? k.href('/data/') };
      return { teks: formatTanggal(s.tanggalTerbit), bind: `tanggal:${s.id}|${s.tanggalTerbit}`, tautan: a.tautan, judul: `${penerbitPendek(s)}: ${s.judul}`, ragu: false, dasar: [a] };
    }
    case 'Target': {
      const a = resolve(k, 'target:ucj');
      return { teks: teksAngka(a), bind: a.bind, tautan: a.tautan, judul: 'Target nasional Universal Coverage Jamsostek', ragu: false, dasar: [a] };
    }
  }
  throw new TidakDidukung(`komponen <${komponen}> bukan komponen angka.`);
}

function urutanDari(p: Props): 'tertinggi' | 'terendah' {
  const u = str(p, 'urutan') ?? 'tertinggi';
  if (u !== 'tertinggi' && u !== 'terendah') throw new TidakDidukung(`urutan="${u}" tidak dikenal; pakai "tertinggi" atau "terendah".`);
  return u;
}

// ---------------------------------------------------------------------------------------------
// Claims: <Pastikan kondisi="…" /> renders nothing and checks a statement the prose makes

export const KONDISI: Record<string, { perlu: string[]; uraian: string }> = {
  terendah: { perlu: ['indikator', 'wilayah'], uraian: 'wilayah punya angka terendah di antara kabupaten/kota berdata' },
  tertinggi: { perlu: ['indikator', 'wilayah'], uraian: 'wilayah punya angka tertinggi di antara kabupaten/kota berdata' },
  'di-bawah-target': { perlu: ['a'], uraian: 'a di bawah target UCJ (atau b)' },
  'lebih-besar': { perlu: ['a', 'b'], uraian: 'a lebih besar daripada b' },
  'lebih-kecil': { perlu: ['a', 'b'], uraian: 'a lebih kecil daripada b' },
  'paling-banyak': { perlu: ['a', 'b'], uraian: 'a tidak lebih dari b' },
  'paling-sedikit': { perlu: ['a', 'b'], uraian: 'a tidak kurang dari b' },
  sama: { perlu: ['a', 'b'], uraian: 'a sama dengan b' },
  berbeda: { perlu: ['a', 'b'], uraian: 'a berbeda dari b' },
  antara: { perlu: ['a', 'min', 'maks'], uraian: 'a di antara min dan maks' },
  ada: { perlu: ['a'], uraian: 'angka a ada di data' },
  'tidak-ada': { perlu: ['indikator', 'wilayah'], uraian: 'wilayah belum punya angka indikator itu' },
  ragu: { perlu: ['a'], uraian: 'angka a ditandai ragu di data' },
  'sumber-sama': { perlu: ['a', 'b'], uraian: 'a dan b dari sumber dan periode yang sama' },
  'periode-sama': { perlu: ['a', 'b'], uraian: 'a dan b dari periode yang sama' },
  'periode-beda': { perlu: ['a', 'b'], uraian: 'a dan b dari periode yang berbeda' },
  'periode-sebelum': { perlu: ['a', 'periode'], uraian: 'periode a berakhir sebelum bulan yang disebut' },
  'lebih-dulu': { perlu: ['a', 'b'], uraian: 'periode a berakhir sebelum periode b dimulai' },
};

export interface HasilKlaim {
  /** The claim in words, as the article states it (for the article footer and reports). */
  uraian: string;
  dasar: Angka[];
}

const num = (p: Props, key: string) => {
  const v = Number(wajib(p, key).replace(',', '.'));
  if (!Number.isFinite(v)) throw new TidakDidukung(`${key}="${p[key]}" bukan angka.`);
  return v;
};
const singkat = (a: Angka) => a.uraian;

/** Checks one <Pastikan>; returns the claim in words, or throws TidakDidukung saying why it is false. */
export function periksaKondisi(k: Konteks, p: Props): HasilKlaim {
  const site = k.site;
  const kondisi = wajib(p, 'kondisi');
  const spec = KONDISI[kondisi];
  if (!spec) throw new TidakDidukung(`kondisi="${kondisi}" tidak dikenal. Pilihan: ${Object.keys(KONDISI).join(', ')}.`);
  for (const key of spec.perlu) wajib(p, key);
  const A = () => resolve(k, wajib(p, 'a'));
  const B = () => resolve(k, wajib(p, 'b'));
  const gagal = (msg: string): never => {
    throw new TidakDidukung(msg);
  };
  switch (kondisi) {
    case 'terendah':
    case 'tertinggi': {
      const ind = cariIndikator(site, wajib(p, 'indikator'));
      const w = cariWilayah(site, wajib(p, 'wilayah'));
      const own = resolve(k, `${ind.id}|${w.kode}`);
      const others = terkiniKabupatenKota(site, ind.id).filter((e) => e.wilayah !== w.kode);
      if (!others.length) gagal(`klaim "${w.nama} ${kondisi}" butuh pembanding, tetapi hanya ${w.nama} yang punya angka ${ind.nama}.`);
      const beat = others.filter((e) => (kondisi === 'terendah' ? e.nilai <= own.nilai : e.nilai >= own.nilai));
      if (beat.length) {
        const ringkas = (a: Angka, nama: string) => `${nama} ${teksAngka(a)}${a.periode ? ` (${formatPeriode(a.periode)})` : ''}`;
        const names = beat.map((e) => ringkas(resolve(k, `${ind.id}|${e.wilayah}`), cariWilayah(site, e.wilayah).nama));
        gagal(`klaim "${w.nama} ${kondisi}" untuk ${ind.nama} tidak lagi benar: ${ringkas(own, w.nama)}, sedangkan ${formatDaftar(names)}.`);
      }
      return { uraian: `${w.nama} punya ${ind.nama} ${kondisi} di antara ${others.length + 1} kabupaten/kota yang angkanya bisa dipakai`, dasar: [own] };
    }
    case 'di-bawah-target': {
      const a = A();
      const t = p.b ? B() : resolve(k, 'target:ucj');
      if (!(a.nilai < t.nilai)) gagal(`${singkat(a)} tidak lagi di bawah ${singkat(t)}.`);
      return { uraian: `${singkat(a)} di bawah ${singkat(t)}`, dasar: [a] };
    }
    case 'lebih-besar':
    case 'lebih-kecil':
    case 'paling-banyak':
    case 'paling-sedikit':
    case 'sama':
    case 'berbeda': {
      const a = A();
      const b = B();
      // sama/berbeda: equal within toleransi (default exact), for figures published with fewer decimals.
      const tol = p.toleransi === undefined ? 0 : num(p, 'toleransi');
      const equal = Math.abs(a.nilai - b.nilai) <= tol + 1e-9 * Math.max(1, Math.abs(b.nilai));
      const ok = { 'lebih-besar': a.nilai > b.nilai, 'lebih-kecil': a.nilai < b.nilai, 'paling-banyak': a.nilai <= b.nilai, 'paling-sedikit': a.nilai >= b.nilai, sama: equal, berbeda: !equal }[kondisi];
      const kata = { 'lebih-besar': 'lebih besar daripada', 'lebih-kecil': 'lebih kecil daripada', 'paling-banyak': 'tidak lebih dari', 'paling-sedikit': 'tidak kurang dari', sama: 'sama dengan', berbeda: 'berbeda dari' }[kondisi];
      if (!ok) gagal(`klaim "${singkat(a)} ${kata} ${singkat(b)}" tidak lagi benar.`);
      return { uraian: `${singkat(a)} ${kata} ${singkat(b)}`, dasar: [a, b].filter((x) => x.sumber.length) };
    }
    case 'antara': {
      const a = A();
      const min = num(p, 'min');
      const maks = num(p, 'maks');
      if (!(a.nilai >= min && a.nilai <= maks)) gagal(`${singkat(a)} tidak lagi di antara ${formatAngka(min, 2)} dan ${formatAngka(maks, 2)}.`);
      return { uraian: `${singkat(a)} di antara ${formatAngka(min, 2)} dan ${formatAngka(maks, 2)}`, dasar: [a] };
    }
    case 'ada': {
      const a = A();
      return { uraian: `ada angka: ${singkat(a)}`, dasar: [a] };
    }
    case 'tidak-ada': {
      const ind = cariIndikator(site, wajib(p, 'indikator'));
      const w = cariWilayah(site, wajib(p, 'wilayah'));
      const found = site.observasi.filter((o) => o.indikator === ind.id && o.wilayah === w.kode);
      if (found.length) gagal(`artikel menyebut ${w.nama} belum punya angka ${ind.nama}, tetapi kini ada ${found.length} angka (misalnya ${formatPeriode(found[0]!.periode)}).`);
      return { uraian: `${w.nama} belum punya angka ${ind.nama} yang dipublikasikan`, dasar: [] };
    }
    case 'ragu': {
      const a = A();
      if (!a.ragu) gagal(`artikel menyebut ${singkat(a)} diragukan, tetapi data tidak lagi menandainya ragu.`);
      return { uraian: `${singkat(a)} ditandai ragu`, dasar: [a] };
    }
    case 'sumber-sama':
    case 'periode-sama':
    case 'periode-beda': {
      const a = A();
      const b = B();
      const samePeriod = a.periode?.id === b.periode?.id;
      const sameSource = a.sumber.map((s) => s.id).join() === b.sumber.map((s) => s.id).join();
      if (kondisi === 'sumber-sama' && !(samePeriod && sameSource)) gagal(`artikel membandingkan ${singkat(a)} dengan ${singkat(b)} sebagai angka dari sumber dan periode yang sama, tetapi kini keduanya berbeda sumber atau periode.`);
      if (kondisi === 'periode-sama' && !samePeriod) gagal(`artikel menganggap ${singkat(a)} dan ${singkat(b)} sama periodenya, tetapi kini berbeda.`);
      if (kondisi === 'periode-beda' && samePeriod) gagal(`artikel menyebut ${singkat(a)} dan ${singkat(b)} berbeda periode, tetapi kini periodenya sama.`);
      const kata = kondisi === 'sumber-sama' ? 'berasal dari sumber dan periode yang sama dengan' : kondisi === 'periode-sama' ? 'berperiode sama dengan' : 'berbeda periode dengan';
      return { uraian: `${singkat(a)} ${kata} ${singkat(b)}`, dasar: [] };
    }
    case 'lebih-dulu': {
      const a = A();
      const b = B();
      if (!a.periode || !b.periode) gagal(`${singkat(a)} dan ${singkat(b)} harus sama-sama punya periode.`);
      if (!(a.periode!.end < b.periode!.start)) gagal(`artikel menyebut ${singkat(a)} lebih dulu daripada ${singkat(b)}, tetapi kini tidak lagi.`);
      return { uraian: `${singkat(a)} lebih dulu daripada ${singkat(b)}`, dasar: [] };
    }
    case 'periode-sebelum': {
      const a = A();
      const batas = wajib(p, 'periode');
      if (!/^\d{4}-\d{2}$/.test(batas)) gagal(`periode="${batas}" harus berbentuk YYYY-MM.`);
      if (!a.periode) gagal(`${singkat(a)} tidak punya periode.`);
      if (!(a.periode!.end < batas)) gagal(`artikel menyebut angka terbaru masih lebih lama dari ${formatPeriode({ id: batas, kind: 'bulan', start: batas, end: batas })}, tetapi kini ada ${singkat(a)}.`);
      return { uraian: `angka terbaru (${singkat(a)}) lebih lama dari ${formatPeriode({ id: batas, kind: 'bulan', start: batas, end: batas })}`, dasar: [a] };
    }
  }
  return gagal(`kondisi="${kondisi}" belum diperiksa.`);
}

// ---------------------------------------------------------------------------------------------
// Reading an article: every component used, with its line, and figures typed by hand

export interface Pemakaian {
  komponen: string;
  props: Props;
  baris: number;
  kolom: number;
}

export interface Masalah {
  berkas: string;
  baris: number;
  kolom: number;
  /** The component as written, or the text that is the problem. */
  apa: string;
  alasan: string;
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

/**
 * Parses an MDX article and lists the components it uses, with their props and line. Also
 * reports what the checker could not verify: figures typed into the text, unknown components,
 * props written as {expressions}, imports and inline expressions.
 */
export function bacaMdx(source: string, berkas: string): { pemakaian: Pemakaian[]; masalah: Masalah[] } {
  const pemakaian: Pemakaian[] = [];
  const masalah: Masalah[] = [];
  let tree: Node;
  try {
    tree = mdxToMdast(source) as unknown as Node;
  } catch (err) {
    const msg = (err as Error).message;
    const m = /^(\d+):(\d+)/.exec(msg);
    return { pemakaian, masalah: [{ berkas, baris: m ? Number(m[1]) : 1, kolom: m ? Number(m[2]) : 1, apa: 'MDX', alasan: `MDX tidak bisa dibaca: ${msg}` }] };
  }
  const at = (n: Node) => ({ baris: n.position?.start.line ?? 0, kolom: n.position?.start.column ?? 0 });
  const walk = (n: Node) => {
    switch (n.type) {
      case 'yaml':
      case 'toml':
        return;
      case 'mdxjsEsm':
        masalah.push({ berkas, ...at(n), apa: String(n.value).split('\n')[0]!, alasan: 'import/export tidak diperlukan di artikel: semua komponen sudah tersedia. Hapus baris ini.' });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* comments */} are fine: notes for editors, never rendered.
        if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(String(n.value))) return;
        masalah.push({ berkas, ...at(n), apa: `{${String(n.value)}}`, alasan: 'ekspresi {…} tidak bisa diperiksa terhadap data. Pakai komponen angka.' });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = n.name ?? '';
        if (/^[A-Z]/.test(name)) {
          const props: Props = {};
          let ok = true;
          for (const attr of n.attributes ?? []) {
            if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
              masalah.push({ berkas, ...at(n), apa: `<${name}>`, alasan: 'atribut sebaran {...} tidak diizinkan.' });
              ok = false;
              continue;
            }
            if (attr.value !== null && typeof attr.value === 'object') {
              masalah.push({ berkas, ...at(n), apa: `<${name} ${attr.name}={…}>`, alasan: `atribut ${attr.name} ditulis sebagai ekspresi; tulis sebagai teks, misalnya ${attr.name}="…".` });
              ok = false;
              continue;
            }
            props[attr.name] = attr.value === null || attr.value === undefined ? true : String(attr.value);
          }
          const spec = KOMPONEN[name];
          if (!spec) {
            masalah.push({ berkas, ...at(n), apa: `<${name}>`, alasan: `komponen <${name}> tidak dikenal. Yang tersedia: ${Object.keys(KOMPONEN).join(', ')}.` });
          } else if (ok) {
            const unknown = Object.keys(props).filter((key) => !spec.wajib.includes(key) && !spec.boleh.includes(key));
            const missing = spec.wajib.filter((key) => props[key] === undefined);
            if (unknown.length || missing.length) {
              masalah.push({
                berkas,
                ...at(n),
                apa: tulisKomponen(name, props),
                alasan: [unknown.length && `atribut tidak dikenal: ${unknown.join(', ')} (yang boleh: ${[...spec.wajib, ...spec.boleh].join(', ')})`, missing.length && `atribut wajib belum ada: ${missing.join(', ')}`].filter(Boolean).join('; ') + '.',
              });
            } else {
              pemakaian.push({ komponen: name, props, ...at(n) });
            }
          }
        }
        break;
      }
      case 'link': {
        const url = String((n as Node & { url?: string }).url ?? '');
        if (url.startsWith('/')) masalah.push({ berkas, ...at(n), apa: `[…](${url})`, alasan: `tautan ke halaman situs ini harus lewat <Tautan ke="${url}">…</Tautan>, supaya tetap benar bila situs dipasang di sub-folder.` });
        break;
      }
      case 'text':
      case 'inlineCode':
      case 'code': {
        const text = String(n.value ?? '');
        const m = /\d[\d.,]*/.exec(text);
        if (m) {
          const start = Math.max(0, m.index - 20);
          masalah.push({ berkas, ...at(n), apa: `…${text.slice(start, m.index + m[0].length + 20).replace(/\s+/g, ' ')}…`, alasan: `angka "${m[0]}" diketik langsung di teks. Setiap angka harus dari data: pakai <Nilai>, <Klaim>, <Angka>, <Periode>, <Tanggal>, atau komponen lain.` });
        }
        break;
      }
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
  return { pemakaian, masalah };
}

/** The component as an author would recognise it in the file. */
export function tulisKomponen(name: string, props: Props): string {
  const attrs = Object.entries(props).map(([key, v]) => (v === true ? key : `${key}="${v}"`));
  return `<${[name, ...attrs].join(' ')} />`;
}

export interface HasilArtikel {
  /** Sources behind every figure shown, in order of first use. */
  sumber: Sumber[];
  /** Kabupaten/kota the article names or cites a figure for. */
  wilayah: string[];
  /** Every claim the build checks for this article, in words, with its line. */
  klaim: { baris: number; uraian: string }[];
  /** How many bound figures the article shows. */
  jumlahAngka: number;
}

/**
 * Checks every component of an article against the data. Returns what the article uses, and
 * the problems (missing figures, false claims) for the build to report.
 * `sumberGrafik` gives the sources and validity of figure blocks (maps and charts).
 */
export function periksaArtikel(
  k: Konteks,
  berkas: string,
  pemakaian: Pemakaian[],
  sumberGrafik: (komponen: string, props: Props) => { sumber: Sumber[] },
  tautanAda: (path: string) => boolean = () => true,
): { hasil: HasilArtikel; masalah: Masalah[] } {
  const masalah: Masalah[] = [];
  const sumber = new Map<string, Sumber>();
  const wilayah = new Set<string>();
  const klaim: HasilArtikel['klaim'] = [];
  let jumlahAngka = 0;
  const tambah = (dasar: Angka[]) => {
    for (const a of dasar) {
      for (const s of a.sumber) sumber.set(s.id, s);
      for (const w of a.wilayah) wilayah.add(w);
    }
  };
  for (const u of pemakaian) {
    const spec = KOMPONEN[u.komponen]!;
    try {
      if (spec.jenis === 'angka') {
        const t = tampilkan(k, u.komponen, u.props);
        tambah(t.dasar);
        jumlahAngka++;
      } else if (spec.jenis === 'klaim') {
        const h = periksaKondisi(k, u.props);
        const w = typeof u.props.wilayah === 'string' ? cariWilayah(k.site, u.props.wilayah) : null;
        if (w && !isProvinsi(k.site, w.kode)) wilayah.add(w.kode);
        for (const a of h.dasar) for (const c of a.wilayah) wilayah.add(c);
        klaim.push({ baris: u.baris, uraian: h.uraian });
      } else if (spec.jenis === 'tautan') {
        const ke = String(u.props.ke);
        if (!ke.startsWith('/') || !tautanAda(ke.replace(/#.*$/, ''))) throw new TidakDidukung(`halaman ${ke} tidak ada di situs ini.`);
      } else {
        for (const s of sumberGrafik(u.komponen, u.props).sumber) sumber.set(s.id, s);
      }
    } catch (err) {
      if (!(err instanceof TidakDidukung)) throw err;
      masalah.push({ berkas, baris: u.baris, kolom: u.kolom, apa: tulisKomponen(u.komponen, u.props), alasan: err.alasan });
    }
  }
  return { hasil: { sumber: [...sumber.values()], wilayah: kabupatenKota(k.site).map((r) => r.kode).filter((c) => wilayah.has(c)), klaim, jumlahAngka }, masalah };
}

/** The build's message: every problem with file, line, the component as written, and why. */
export function formatMasalah(masalah: Masalah[]): string {
  const n = masalah.length;
  const lines = [
    `Build dihentikan: ${n} masalah di artikel. Angka atau klaim di artikel tidak lagi didukung data, jadi artikel itu tidak diterbitkan dengan kalimat yang salah.`,
    '',
  ];
  for (const m of masalah) {
    lines.push(`  ${m.berkas}, baris ${m.baris}, kolom ${m.kolom}: ${m.apa}`);
    lines.push(`    ${m.alasan}`);
  }
  lines.push('', 'Ubah kalimat dan komponennya di artikel itu agar sesuai dengan data terbaru (atau perbaiki datanya), lalu jalankan lagi npm run build.');
  return lines.join('\n');
}

export class ArtikelTidakCocok extends Error {
  readonly masalah: Masalah[];
  constructor(masalah: Masalah[]) {
    super(formatMasalah(masalah));
    this.name = 'ArtikelTidakCocok';
    this.masalah = masalah;
  }
}

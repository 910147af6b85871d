/**
 * Resolving a reference (acuan.ts) to a figure against the data: its value, unit, period,
 * sources and the data-bind text every page prints. Pure: it receives the data and a
 * base-path-aware link builder, so tests can run it on any dataset.
 */
import { formatAngka, formatPeriode, formatPersen, teksAngka, type SatuanAngka as Satuan } from '#model/format.ts';
import { TARGET_UCJ } from '#model/constants.ts';
import { TidakDidukung } from '#model/errors.ts';
import {
  cariIndikator,
  cariSumber,
  cariWilayah,
  indikatorPeta,
  isProvinsi,
  kabupatenKota,
  pilihKlaim,
  pilihObservasi,
  terkini,
  terkiniKabupatenKota,
  wilayahBerdata,
} from '#model/query.ts';
import type { Klaim, Kualifikasi, Observasi, Periode, SiteData, Sumber } from '#model/schema.ts';
import { parseRef, type Ref } from './acuan.ts';

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

export function petaAtauData(k: Konteks, indikator: string): string {
  const ind = indikatorPeta(k.site).find((i) => i.id === indikator);
  return ind ? k.href(`/peta/${ind.id.replace(/_/g, '-')}/`) : k.href('/data/');
}

/**
 * The one rule for which data an article figure sees, text, map or chart alike: written with
 * an explicit period or source, the figure the author chose, looked up in all the data; without,
 * "the latest" as of the article's date (`k.site`, the article's view).
 */
export function dataAcuan(k: Konteks, explicit: boolean): SiteData {
  return explicit ? (k.lengkap ?? k.site) : k.site;
}

/** The context a map or chart block draws from, by the rule above: its props name a period or a source, or not. */
export function konteksBlok(k: Konteks, props: { periode?: unknown; sumber?: unknown }): Konteks {
  const site = dataAcuan(k, typeof props.periode === 'string' || typeof props.sumber === 'string');
  return site === k.site ? k : { ...k, site };
}

/** Resolves a reference to a figure, or throws TidakDidukung saying what is missing. */
export function resolve(k: Konteks, ref: Ref | string): Angka {
  const r = typeof ref === 'string' ? parseRef(ref) : ref;
  const explicit =
    (r.jenis === 'nilai' && Boolean(r.periode || r.sumber)) || r.jenis === 'klaim' || r.jenis === 'konteks';
  const site = dataAcuan(k, explicit);
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
        const list = site.observasi.filter(
          (x) =>
            x.indikator === ind.id &&
            x.wilayah === w.kode &&
            (!r.periode || x.periode.id === r.periode) &&
            (!r.sumber || x.sumber === r.sumber),
        );
        if (!list.length) {
          const where = [r.periode && `periode ${r.periode}`, r.sumber && `sumber ${r.sumber}`]
            .filter(Boolean)
            .join(', ');
          const have = site.observasi
            .filter((x) => x.indikator === ind.id && x.wilayah === w.kode)
            .map((x) => x.periode.id);
          throw new TidakDidukung(
            `tidak ada angka ${ind.nama} untuk ${w.nama} dengan ${where} di data/kepesertaan.csv` +
              (have.length ? ` (yang ada: ${[...new Set(have)].join(', ')}).` : ' (belum ada angka sama sekali).'),
          );
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
      const all = site.klaim.filter(
        (c) =>
          c.program === r.program &&
          c.wilayah === w.kode &&
          c.periode.id === r.periode &&
          (!r.sumber || c.sumber === r.sumber),
      );
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
      const angka = {
        nilai: c[field]!,
        satuan: (r.ukuran === 'kasus' ? 'kasus' : 'rupiah') as Satuan,
        kualifikasi: qual(c),
      };
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
      if (ind.satuan === 'persen')
        throw new TidakDidukung(`persentase (${ind.id}) tidak bisa dijumlahkan antarwilayah.`);
      const nilai = entries.reduce((sum, e) => sum + e.nilai, 0);
      const sources = [...new Set(entries.map((e) => e.sumber))].map((id) => cariSumber(site, id));
      const angka = {
        nilai,
        satuan: 'orang' as Satuan,
        kualifikasi: entries.some((e) => e.kualifikasi) ? ('sekitar' as Kualifikasi) : null,
      };
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
      const semua = wilayahBerdata(site, r.indikator, 'semua');
      const berdata = wilayahBerdata(site, r.indikator, 'berdata');
      const apa = ind ? ind.nama : 'angka apa pun';
      const kabkota = 'kabupaten/kota';
      const cacah = {
        kosong: [kabupatenKota(site).length - semua.length, `${kabkota} tanpa ${apa} yang dipublikasikan`, 'kosong'],
        semua: [semua.length, `${kabkota} dengan ${apa} yang dipublikasikan, termasuk yang ragu`, 'cacah-semua'],
        berdata: [berdata.length, `${kabkota} dengan ${apa} yang bisa dipakai`, 'cacah'],
        ragu: [
          semua.length - berdata.length,
          `${kabkota} yang ${apa}-nya hanya ada dalam angka yang diragukan`,
          'cacah-ragu',
        ],
      } as const;
      const [nilai, label, awalan] = cacah[r.jenis === 'kosong' ? 'kosong' : r.mode];
      const tautan = ind ? petaAtauData(k, ind.id) : k.href('/data/');
      return tanpaSumber(nilai, 'wilayah', `${awalan}:${r.indikator}`, `${label} (${nilai})`, tautan);
    }
    case 'wilayah':
      return tanpaSumber(
        kabupatenKota(site).length,
        'wilayah',
        'wilayah:semua',
        `jumlah kabupaten/kota (${kabupatenKota(site).length})`,
        k.href('/kabupaten/'),
      );
    case 'target':
      return tanpaSumber(
        TARGET_UCJ,
        'persen',
        'target:ucj',
        `target UCJ (${formatPersen(TARGET_UCJ)})`,
        k.href('/metodologi/#target-ucj'),
      );
    case 'konteks': {
      // National and other-province figures: always with their period (they are never "the
      // latest", being of different dates and bases), matched as written in the CSV.
      const rows = site.konteks.filter((x) => x.wilayah === r.wilayah);
      if (!rows.length) {
        const ada = [...new Set(site.konteks.map((x) => x.wilayah))];
        throw new TidakDidukung(
          `tidak ada angka untuk wilayah "${r.wilayah}" di data/konteks-nasional.csv` +
            (ada.length ? ` (yang ada: ${ada.join(', ')}).` : ' (berkas itu kosong atau tidak ada).'),
        );
      }
      if (r.sumber) cariSumber(site, r.sumber);
      const list = rows.filter(
        (x) => x.periode.id === r.periode && x.ukuran === r.ukuran && (!r.sumber || x.sumber === r.sumber),
      );
      if (!list.length) {
        const have = rows.filter((x) => x.ukuran === r.ukuran).map((x) => x.periode.id);
        throw new TidakDidukung(
          `tidak ada angka ${r.ukuran} ${r.wilayah} periode ${r.periode}${r.sumber ? ` dari sumber ${r.sumber}` : ''} di data/konteks-nasional.csv` +
            (have.length ? ` (periode yang ada: ${[...new Set(have)].join(', ')}).` : '.'),
        );
      }
      if (list.length > 1) {
        throw new TidakDidukung(
          `${list.length} angka ${r.ukuran} ${r.wilayah} periode ${r.periode} di data/konteks-nasional.csv (baris ${list.map((x) => x.baris).join(', ')}: ${list.map((x) => formatPersen(x.nilai)).join(', ')}). ` +
            (new Set(list.map((x) => x.sumber)).size === list.length
              ? `Sebut sumbernya: ${list.map((x) => x.sumber).join(' atau ')}.`
              : 'Baris-baris itu dari sumber yang sama; angka ini belum bisa dikutip satu per satu.'),
        );
      }
      const x = list[0]!;
      const s = cariSumber(site, x.sumber);
      const angka = { nilai: x.nilai, satuan: 'persen' as Satuan, kualifikasi: null };
      return {
        ...angka,
        periode: x.periode,
        sumber: [s],
        ragu: x.ragu,
        catatan: x.catatan,
        // Outside NTT: no kabupaten/kota to link the article to.
        wilayah: [],
        bind: `konteks:${x.wilayah}|${x.periode.id}|${x.ukuran}|${x.sumber}`,
        uraian: `${x.ukuran} ${x.wilayah}, ${formatPeriode(x.periode)} (${teksAngka(angka)}${x.ragu ? ', ditandai ragu' : ''})`,
        tautan: s.url ?? k.href('/data/'),
      };
    }
    case 'bagian': {
      const a = resolve(k, r.a);
      const b = resolve(k, r.b);
      const dim = (x: Satuan) => (x === 'kasus' ? 'orang' : x);
      if (dim(a.satuan) !== dim(b.satuan))
        throw new TidakDidukung(`bagian butuh dua angka bersatuan sama, tetapi ${a.uraian} dan ${b.uraian} berbeda.`);
      if (b.nilai <= 0) throw new TidakDidukung(`${b.uraian} nol, tidak bisa menjadi penyebut.`);
      const angka = {
        nilai: (100 * a.nilai) / b.nilai,
        satuan: 'persen' as Satuan,
        kualifikasi: a.kualifikasi || b.kualifikasi ? ('sekitar' as Kualifikasi) : null,
      };
      return {
        ...angka,
        periode: a.periode,
        sumber: [...new Map([...a.sumber, ...b.sumber].map((x) => [x.id, x])).values()],
        ragu: a.ragu || b.ragu,
        // Two figures of one source often carry the same note: a reader gets it once.
        catatan: [...new Set([a.ragu ? a.catatan : null, b.ragu ? b.catatan : null].filter(Boolean))].join(' ') || null,
        wilayah: [...new Set([...a.wilayah, ...b.wilayah])],
        bind: `bagian(${a.bind};${b.bind})`,
        uraian: `bagian ${a.uraian} terhadap ${b.uraian} (${teksAngka(angka, { desimal: 1 })})`,
        tautan: a.tautan,
      };
    }
    case 'angka':
      return tanpaSumber(r.nilai, 'orang', `angka:${r.nilai}`, formatAngka(r.nilai, 2), k.href('/metodologi/'));
  }
}

/** A figure with no period or source of its own: a count of regions, the target, a threshold. */
function tanpaSumber(nilai: number, satuan: Satuan, bind: string, uraian: string, tautan: string): Angka {
  const tanpa = { kualifikasi: null, periode: null, sumber: [], ragu: false, catatan: null, wilayah: [] };
  return { nilai, satuan, ...tanpa, bind, uraian, tautan };
}

/** The span of several periods, as one period ("Agustus–Oktober 2025"). */
function rentang(periods: Periode[]): Periode {
  const ids = [...new Set(periods.map((p) => p.id))];
  if (ids.length === 1) return periods[0]!;
  const mulai = periods.map((p) => p.mulai).sort()[0]!;
  const akhir = periods
    .map((p) => p.akhir)
    .sort()
    .at(-1)!;
  return mulai === akhir
    ? { id: mulai, jenis: 'bulan', mulai, akhir }
    : { id: `${mulai}/${akhir}`, jenis: 'rentang-bulan', mulai, akhir };
}

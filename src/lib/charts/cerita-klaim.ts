/**
 * The claims charts of the articles (see cerita.ts for the model's conventions):
 *
 *   klaimTahun claims paid per period, partial years set apart
 *   klaimProgram one period's claims split by programme (100 percent bar), gaps shown
 */
import type { Konteks } from '#lib/artikel/resolve.ts';
import { TidakDidukung as KlaimGagal } from '#model/errors.ts';
import { cariSumber, cariWilayah, provinsi } from '#model/query.ts';
import { teksAngka, formatPeriode } from '#model/format.ts';
import { t } from '#i18n/id.ts';
import type { Klaim as Claim, Periode as Period, Sumber as Source } from '#model/schema.ts';
import { bulanKe, r2, unik } from './cerita.ts';

const T = t.cerita;

export interface BatangKlaim {
  label: string;
  nilai: number;
  teks: string;
  /** Months the period covers; below 12 the bar is a partial year, drawn hatched and set apart. */
  bulan: number;
  parsial: boolean;
  posisi: number;
  ragu: boolean;
  sumber: Source;
}

export interface ModelKlaimTahun {
  bind: string;
  judul: string;
  keterangan: string;
  penuh: BatangKlaim[];
  parsial: BatangKlaim[];
  sumber: Source[];
}

const bulanPeriode = (p: Period) => bulanKe(p.akhir) - bulanKe(p.mulai) + 1;

/** The exact, non-doubtful, newest figure among several sources for one row. */
function terbaik(k: Konteks, list: Claim[], field: 'nominalRp' | 'kasus'): Claim | null {
  const q = (c: Claim) => (field === 'kasus' ? c.kualifikasiKasus : c.kualifikasiNominal);
  return (
    [...list.filter((c) => c[field] !== null)].sort(
      (a, b) =>
        Number(a.ragu) - Number(b.ragu) ||
        Number(q(a) !== null) - Number(q(b) !== null) ||
        cariSumber(k.site, b.sumber).tanggalTerbit.localeCompare(cariSumber(k.site, a.sumber).tanggalTerbit),
    )[0] ?? null
  );
}

/** Total claims paid per period for a region: full years on one scale, partial periods apart. */
export function grafikKlaimTahun(k: Konteks, wilayah = provinsi(k.site).kode): ModelKlaimTahun {
  const w = cariWilayah(k.site, wilayah);
  const byPeriod = new Map<string, Claim[]>();
  for (const c of k.site.klaim)
    if (c.wilayah === w.kode && c.program === 'TOTAL')
      byPeriod.set(c.periode.id, [...(byPeriod.get(c.periode.id) ?? []), c]);
  const best = [...byPeriod.values()].map((l) => terbaik(k, l, 'nominalRp')).filter((c): c is Claim => !!c);
  if (!best.length) throw new KlaimGagal(`belum ada nilai klaim semua program untuk ${w.nama}.`);
  const maks = Math.max(...best.map((c) => c.nominalRp!));
  const bars = best
    .sort((a, b) => a.periode.akhir.localeCompare(b.periode.akhir))
    .map((c): BatangKlaim => {
      const bulan = bulanPeriode(c.periode);
      return {
        label: bulan < 12 ? T.klaim.parsialLabel(formatPeriode(c.periode), bulan) : formatPeriode(c.periode),
        nilai: c.nominalRp!,
        teks: teksAngka({ nilai: c.nominalRp!, satuan: 'rupiah', kualifikasi: c.kualifikasiNominal }),
        bulan,
        parsial: bulan < 12,
        posisi: r2((100 * c.nominalRp!) / maks),
        ragu: c.ragu,
        sumber: cariSumber(k.site, c.sumber),
      };
    });
  return {
    bind: `grafik:klaim-tahun|${w.kode}`,
    judul: T.klaim.judulTahun(w.kode === provinsi(k.site).kode ? t.grafik.provinsiNtt : w.nama),
    keterangan: T.klaim.ketTahun,
    penuh: bars.filter((b) => !b.parsial),
    parsial: bars.filter((b) => b.parsial),
    sumber: unik(bars.map((b) => b.sumber)),
  };
}

export interface SegmenProgram {
  program: string;
  label: string;
  nilai: number | null;
  teks: string;
  /** Left edge and width on 0..100 of the total; null for programmes without a published amount. */
  x: number | null;
  lebar: number | null;
  ragu: boolean;
}

export interface ModelKlaimProgram {
  bind: string;
  judul: string;
  keterangan: string;
  totalTeks: string;
  segmen: SegmenProgram[];
  /** Part of the total no programme accounts for (0..100), or null when the parts add up or exceed it. */
  sisa: { lebar: number; teks: string } | null;
  /** The parts add up to more than the total: the breakdown is inconsistent. */
  melebihi: boolean;
  ragu: boolean;
  sumber: Source[];
}

/** One period's claims split by programme, as shares of the total paid. */
export function grafikKlaimProgram(k: Konteks, periode: string, wilayah = provinsi(k.site).kode): ModelKlaimProgram {
  const w = cariWilayah(k.site, wilayah);
  const rows = k.site.klaim.filter((c) => c.wilayah === w.kode && c.periode.id === periode);
  const total = terbaik(
    k,
    rows.filter((c) => c.program === 'TOTAL'),
    'nominalRp',
  );
  if (!total) throw new KlaimGagal(`belum ada nilai klaim semua program untuk ${w.nama} periode ${periode}.`);
  const programs = [...new Set(rows.filter((c) => c.program !== 'TOTAL').map((c) => c.program))];
  const order = Object.keys(t.grafik.klaim.program);
  programs.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  let x = 0;
  const segmen = programs.map((p): SegmenProgram => {
    const list = rows.filter((c) => c.program === p);
    const c = terbaik(k, list, 'nominalRp');
    const label = t.grafik.klaim.program[p] ?? p;
    if (!c)
      return {
        program: p,
        label,
        nilai: null,
        teks: T.klaim.tidakDipublikasikan,
        x: null,
        lebar: null,
        ragu: list.some((l) => l.ragu),
      };
    const lebar = r2((100 * c.nominalRp!) / total.nominalRp!);
    const seg = {
      program: p,
      label,
      nilai: c.nominalRp!,
      teks: teksAngka({ nilai: c.nominalRp!, satuan: 'rupiah', kualifikasi: c.kualifikasiNominal }),
      x: r2(Math.min(100, x)),
      lebar: r2(Math.max(0, Math.min(lebar, 100 - x))),
      ragu: c.ragu,
    };
    x += lebar;
    return seg;
  });
  if (!segmen.length) throw new KlaimGagal(`belum ada rincian klaim per program untuk ${w.nama} periode ${periode}.`);
  const sum = segmen.reduce((s, g) => s + (g.nilai ?? 0), 0);
  const rest = total.nominalRp! - sum;
  return {
    bind: `grafik:klaim-program|${w.kode}|${periode}`,
    judul: T.klaim.judulProgram(formatPeriode(total.periode)),
    keterangan: T.klaim.ketProgram,
    totalTeks: teksAngka({ nilai: total.nominalRp!, satuan: 'rupiah', kualifikasi: total.kualifikasiNominal }),
    segmen,
    sisa:
      rest > 0
        ? {
            lebar: r2((100 * rest) / total.nominalRp!),
            teks: teksAngka({ nilai: rest, satuan: 'rupiah', kualifikasi: 'sekitar' }),
          }
        : null,
    melebihi: rest < 0,
    ragu: segmen.some((s) => s.ragu),
    sumber: unik([
      cariSumber(k.site, total.sumber),
      ...rows.filter((c) => c.program !== 'TOTAL').map((c) => cariSumber(k.site, c.sumber)),
    ]),
  };
}

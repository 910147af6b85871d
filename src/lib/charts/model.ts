/**
 * Small charts for articles, computed at build time from the data: each is a list of rows
 * (label, value, source) with a bar or dot position from a d3 linear scale. The page draws
 * them as a table whose rows carry a tiny SVG, so every value stays readable text (with
 * script off, at 320 px, in a screen reader, and in print) and the SVG is only the picture.
 */
import { scaleLinear } from 'd3-scale';
import type { Props } from '#lib/artikel/props.ts';
import type { Konteks } from '#lib/artikel/resolve.ts';
import { INDIKATOR_UCJ, TARGET_UCJ } from '#model/constants.ts';
import { TidakDidukung } from '#model/errors.ts';
import {
  bindObservasi,
  formatPeriode,
  penerbitPendek,
  teksAngka,
  teksNilai,
  type SatuanAngka as Satuan,
} from '#model/format.ts';
import {
  cariIndikator,
  cariSumber,
  cariWilayah,
  isProvinsi,
  pilihKlaim,
  pilihObservasi,
  provinsi,
  terkiniKabupatenKota,
  urutKronologis,
} from '#model/query.ts';
import { t } from '#i18n/id.ts';
import { buildMapModel } from '#lib/map/model.ts';
import { indikatorPeta } from '#model/query.ts';
import type { Klaim, Observasi, Sumber } from '#model/schema.ts';
import { grafikKuota, grafikLinimasa, grafikProporsi } from './cerita.ts';
import { grafikKlaimProgram, grafikKlaimTahun } from './cerita-klaim.ts';
import { grafikKonteks } from './konteks.ts';

export interface BarisGrafik {
  label: string;
  /** Second line under the label: period and source. */
  keterangan: string;
  /** Link of the label (a kabupaten page), if any. */
  tautanLabel: string | null;
  nilai: number | null;
  teks: string;
  ragu: boolean;
  /** Position 0..100 on the chart's scale (bar end or dot centre); null when there is no value. */
  posisi: number | null;
  sumber: Sumber | null;
  /** data-bind of the figure when the chart chose it (latest of its region or period); null in lists of every row. */
  bind: string | null;
}

export interface ModelGrafik {
  /** Canonical description for data-bind. */
  bind: string;
  judul: string;
  keterangan: string;
  kolomLabel: string;
  kolomNilai: string;
  bentuk: 'batang' | 'titik';
  /** Target line position 0..100, if the chart has one. */
  target: number | null;
  baris: BarisGrafik[];
  sumber: Sumber[];
}

const skala = (maks: number) => {
  const x = scaleLinear().domain([0, maks]).range([0, 100]).clamp(true);
  // Two decimals of a 100-unit viewBox are finer than any screen; fewer digits in the page.
  return (v: number) => Math.round(x(v) * 100) / 100;
};

function sumberUnik(rows: BarisGrafik[]): Sumber[] {
  const m = new Map<string, Sumber>();
  for (const r of rows) if (r.sumber) m.set(r.sumber.id, r.sumber);
  return [...m.values()];
}

const ket = (o: { periode: Observasi['periode'] }, s: Sumber | null, extra = '') =>
  [formatPeriode(o.periode), s ? penerbitPendek(s) : '', extra].filter(Boolean).join(' · ');

/** Total, formal and informal coverage for one region and period, against the UCJ target. */
export function grafikCakupan(k: Konteks, wilayah: string, periode: string): ModelGrafik {
  const w = cariWilayah(k.site, wilayah);
  const rows: BarisGrafik[] = [];
  const x = skala(100);
  const parts = Object.entries(t.grafik.cakupan.baris);
  for (const [id, label] of parts) {
    const list = k.site.observasi.filter(
      (o) => o.indikator === id && o.wilayah === w.kode && o.periode.id === periode && !o.ragu,
    );
    const o = pilihObservasi(k.site, list);
    if (!o) continue;
    const s = cariSumber(k.site, o.sumber);
    rows.push({
      label,
      keterangan: ket(o, s),
      tautanLabel: null,
      nilai: o.nilai,
      teks: teksAngka({ nilai: o.nilai, satuan: 'persen', kualifikasi: o.kualifikasi }),
      ragu: false,
      posisi: x(o.nilai),
      sumber: s,
      bind: bindObservasi(o),
    });
  }
  if (!rows.length)
    throw new TidakDidukung(
      `tidak ada angka cakupan (UCJ, formal, informal) yang bisa dipakai untuk ${w.nama} periode ${periode}.`,
    );
  return {
    bind: `grafik:cakupan|${w.kode}|${periode}`,
    judul: t.grafik.cakupan.judul(isProvinsi(k.site, w.kode) ? t.grafik.provinsiNtt : w.nama),
    keterangan: t.grafik.cakupan.ket(teksAngka({ nilai: TARGET_UCJ, satuan: 'persen', kualifikasi: null })),
    kolomLabel: t.grafik.cakupan.kolomLabel,
    kolomNilai: t.grafik.cakupan.kolomNilai,
    bentuk: 'batang',
    target: x(TARGET_UCJ),
    baris: rows,
    sumber: sumberUnik(rows),
  };
}

const SINGKATAN = t.grafik.provinsi.singkatan;

/** Every provincial coverage percentage ever published, by period and source, doubtful ones included. */
export function grafikProvinsi(k: Konteks): ModelGrafik {
  const x = skala(100);
  const obs = ['ucj_persen', 'kepesertaan_persen'].flatMap((id) => k.site.provinsi[id] ?? []);
  obs.sort(urutKronologis(k.site));
  if (!obs.length) throw new TidakDidukung('belum ada angka cakupan provinsi di data.');
  const rows = obs.map((o): BarisGrafik => {
    const s = cariSumber(k.site, o.sumber);
    return {
      label: formatPeriode(o.periode),
      keterangan: [penerbitPendek(s), SINGKATAN[o.indikator] ?? o.indikator].join(' · '),
      tautanLabel: null,
      nilai: o.nilai,
      teks: teksAngka({ nilai: o.nilai, satuan: 'persen', kualifikasi: o.kualifikasi }),
      ragu: o.ragu,
      posisi: x(o.nilai),
      sumber: s,
      bind: null,
    };
  });
  return {
    bind: 'grafik:provinsi|ucj_persen,kepesertaan_persen',
    judul: t.grafik.provinsi.judul,
    keterangan: t.grafik.provinsi.ket(teksAngka({ nilai: TARGET_UCJ, satuan: 'persen', kualifikasi: null })),
    kolomLabel: t.grafik.provinsi.kolomLabel,
    kolomNilai: t.grafik.provinsi.kolomNilai,
    bentuk: 'titik',
    target: x(TARGET_UCJ),
    baris: rows,
    sumber: sumberUnik(rows),
  };
}

/** One bar per kabupaten/kota: the latest usable figure, then doubtful-only figures, marked. */
export function grafikWilayah(k: Konteks, indikator: string): ModelGrafik {
  const ind = cariIndikator(k.site, indikator);
  const usable = terkiniKabupatenKota(k.site, ind.id);
  const have = new Set(usable.map((e) => e.wilayah));
  // Regions with doubtful figures only: their latest, by the same rule, marked as doubtful.
  const doubtful = new Map<string, Observasi[]>();
  for (const o of k.site.observasi) {
    if (o.indikator !== ind.id || isProvinsi(k.site, o.wilayah) || have.has(o.wilayah)) continue;
    doubtful.set(o.wilayah, [...(doubtful.get(o.wilayah) ?? []), o]);
  }
  const all = [...usable, ...[...doubtful.values()].map((list) => pilihObservasi(k.site, list)!)];
  if (!all.length) throw new TidakDidukung(`belum ada angka ${ind.nama} untuk kabupaten/kota mana pun.`);
  const maks = ind.satuan === 'persen' ? 100 : Math.max(...all.map((o) => o.nilai));
  const x = skala(maks);
  const rows = all
    .sort((a, b) => Number(a.ragu) - Number(b.ragu) || b.nilai - a.nilai)
    .map((o): BarisGrafik => {
      const w = cariWilayah(k.site, o.wilayah);
      const s = cariSumber(k.site, o.sumber);
      return {
        label: w.nama,
        keterangan: ket(o, s),
        tautanLabel: k.href(`/kabupaten/${w.slug}/`),
        nilai: o.nilai,
        teks: teksNilai(ind, o),
        ragu: o.ragu,
        posisi: x(o.nilai),
        sumber: s,
        bind: o.ragu ? null : bindObservasi(o),
      };
    });
  return {
    bind: `grafik:wilayah|${ind.id}`,
    judul: t.grafik.wilayah.judul(ind.nama),
    keterangan: t.grafik.wilayah.ket,
    kolomLabel: t.grafik.wilayah.kolomLabel,
    kolomNilai: ind.satuan === 'persen' ? t.grafik.wilayah.persen : t.grafik.wilayah.jumlah,
    bentuk: 'batang',
    target: ind.id === INDIKATOR_UCJ ? x(TARGET_UCJ) : null,
    baris: rows,
    sumber: sumberUnik(rows),
  };
}

const PROGRAM = t.grafik.klaim.program;
export const namaProgram = (p: string) => PROGRAM[p] ?? p;

/**
 * Claims paid: either one program over time (program=…), or every program in one period
 * (periode=…). When several sources give the same row, the exact, non-doubtful, most recent wins.
 */
export function grafikKlaim(
  k: Konteks,
  opsi: { ukuran: string; program?: string; periode?: string; wilayah?: string },
): ModelGrafik {
  if (opsi.ukuran !== 'nominal' && opsi.ukuran !== 'kasus')
    throw new TidakDidukung(`ukuran="${opsi.ukuran}" tidak dikenal; pakai "nominal" atau "kasus".`);
  if (!!opsi.program === !!opsi.periode)
    throw new TidakDidukung(
      'GrafikKlaim butuh tepat salah satu: program="…" (satu program dari tahun ke tahun) atau periode="…" (semua program dalam satu periode).',
    );
  const w = cariWilayah(k.site, opsi.wilayah ?? provinsi(k.site).kode);
  const field = opsi.ukuran === 'kasus' ? 'kasus' : 'nominalRp';
  const q = (c: Klaim) => (opsi.ukuran === 'kasus' ? c.kualifikasiKasus : c.kualifikasiNominal);
  const rows0 = k.site.klaim.filter(
    (c) =>
      c.wilayah === w.kode && (opsi.program ? c.program === opsi.program.toUpperCase() : c.periode.id === opsi.periode),
  );
  const groups = new Map<string, Klaim[]>();
  for (const c of rows0) {
    const key = opsi.program ? c.periode.id : c.program;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const best = [...groups.values()].map((list) => {
    const withValue = list.filter((c) => c[field] !== null);
    const pool = withValue.length ? withValue : list;
    return pilihKlaim(k.site, pool, opsi.ukuran as 'kasus' | 'nominal')!;
  });
  if (!best.length)
    throw new TidakDidukung(`tidak ada data klaim ${opsi.program ?? ''} ${opsi.periode ?? ''} untuk ${w.nama}.`);
  const maks = Math.max(1, ...best.map((c) => c[field] ?? 0));
  const x = skala(maks);
  const order = Object.keys(PROGRAM);
  best.sort(
    opsi.program
      ? (a, b) => a.periode.end.localeCompare(b.periode.end)
      : (a, b) => order.indexOf(a.program) - order.indexOf(b.program),
  );
  const satuan: Satuan = opsi.ukuran === 'kasus' ? 'kasus' : 'rupiah';
  const rows = best.map((c): BarisGrafik => {
    const s = cariSumber(k.site, c.sumber);
    const v = c[field];
    return {
      label: opsi.program ? formatPeriode(c.periode) : namaProgram(c.program),
      keterangan: opsi.program ? penerbitPendek(s) : ket(c, s),
      tautanLabel: null,
      nilai: v,
      teks: v === null ? t.grafik.klaim.tidakDipublikasikan : teksAngka({ nilai: v, satuan, kualifikasi: q(c) }),
      ragu: c.ragu,
      posisi: v === null ? null : x(v),
      sumber: s,
      bind: null,
    };
  });
  const apa = opsi.ukuran === 'kasus' ? t.grafik.klaim.apaKasus : t.grafik.klaim.apaNominal;
  return {
    bind: `grafik:klaim|${w.kode}|${opsi.program ?? ''}|${opsi.periode ?? ''}|${opsi.ukuran}`,
    judul: opsi.program
      ? t.grafik.klaim.judulProgram(
          apa,
          namaProgram(opsi.program.toUpperCase()).toLowerCase(),
          isProvinsi(k.site, w.kode) ? t.grafik.provinsiNtt : w.nama,
        )
      : t.grafik.klaim.judulPeriode(apa, formatPeriode(best[0]!.periode)),
    keterangan: t.grafik.klaim.ket,
    kolomLabel: opsi.program ? t.grafik.klaim.kolomPeriode : t.grafik.klaim.kolomProgram,
    kolomNilai: opsi.ukuran === 'kasus' ? t.grafik.klaim.kolomKasus : t.grafik.klaim.kolomNominal,
    bentuk: 'batang',
    target: null,
    baris: rows,
    sumber: sumberUnik(rows),
  };
}

/** A figure block of an article as drawn (its model), with its sources: for the checker, the source list and the notes. */
export function sumberGrafik(k: Konteks, komponen: string, p: Props): { sumber: Sumber[] } {
  const s = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : undefined);
  switch (komponen) {
    case 'Peta': {
      const id = s('indikator')!;
      cariIndikator(k.site, id);
      if (!indikatorPeta(k.site).some((i) => i.id === id))
        throw new TidakDidukung(`belum ada peta untuk ${id}: tidak ada kabupaten/kota dengan angka yang bisa dipakai.`);
      // The whole model, not only its sources: article notes compare drawings (artikel-tanggal.ts).
      const m = buildMapModel(k.site, id);
      return { ...m, sumber: m.sources };
    }
    case 'GrafikCakupan':
      return grafikCakupan(k, s('wilayah')!, s('periode')!);
    case 'GrafikProvinsi':
      return grafikProvinsi(k);
    case 'GrafikWilayah':
      return grafikWilayah(k, s('indikator')!);
    case 'GrafikKlaim':
      return grafikKlaim(k, {
        ukuran: s('ukuran')!,
        program: s('program'),
        periode: s('periode'),
        wilayah: s('wilayah'),
      });
    case 'GrafikProporsi':
      return grafikProporsi(k, s('wilayah')!, s('periode')!);
    case 'GrafikLinimasa':
      return grafikLinimasa(k);
    case 'GrafikKuota':
      return grafikKuota(k, s('indikator')!);
    case 'GrafikKlaimTahun':
      return grafikKlaimTahun(k, s('wilayah'));
    case 'GrafikKlaimProgram':
      return grafikKlaimProgram(k, s('periode')!, s('wilayah'));
    case 'GrafikKonteks':
      return grafikKonteks(k);
  }
  throw new TidakDidukung(`<${komponen}> bukan grafik.`);
}

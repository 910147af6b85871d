/**
 * Charts shaped to each article's point, computed at build time from the data. Each function
 * returns a model: positions on 0..100 scales (percent of the chart's width or height), the
 * text of every label, and the sources. The components in src/components/article/ draw them as
 * SVG that spans the column (horizontal positions in percent, so a phone gets the full width
 * without scaling the labels down) and always print the same figures as a table beside it.
 *
 *   proporsi   formal against informal workers: width = how many, height = share covered
 *   linimasa   every provincial coverage figure on a time axis, by definition, doubtful hollow
 *   kuota      a quota as a progress bar: accounted for, doubtful, unaccounted; every region listed
 *   (claims charts, klaimTahun and klaimProgram, are in cerita-klaim.ts)
 */
import type { Konteks } from '#lib/artikel/resolve.ts';
import { TidakDidukung as KlaimGagal } from '#model/errors.ts';
import { TARGET_UCJ } from '#model/constants.ts';
import { cariIndikator, cariSumber, cariWilayah, provinsi } from '#model/query.ts';
import { penerbitPendek, teksAngka } from '#model/format.ts';
import { formatBilangan, formatPeriode } from '#model/format.ts';
import { t } from '#i18n/id.ts';
import type { Observasi as Observation, Periode as Period, Sumber as Source } from '#model/schema.ts';

const T = t.cerita;

/** Two decimals of a 0..100 scale are finer than any screen; fewer digits in the page. */
export const r2 = (n: number) => Math.round(n * 100) / 100;
export const unik = (list: (Source | null | undefined)[]) => [
  ...new Map(list.filter((s): s is Source => !!s).map((s) => [s.id, s])).values(),
];
const persen = (nilai: number, kualifikasi: Observation['kualifikasi'] = null) =>
  teksAngka({ nilai, satuan: 'persen', kualifikasi });
/** Chart labels take "%" (house style), sentences "persen". */
const persenRingkas = (nilai: number) =>
  teksAngka({ nilai, satuan: 'persen', kualifikasi: null }, { bentuk: 'ringkas' });

/** The usable figure of an indicator for one region and period (newest source first). */
function satu(k: Konteks, indikator: string, wilayah: string, periode: string): Observation | null {
  const list = k.site.observasi.filter(
    (o) => o.indikator === indikator && o.wilayah === wilayah && o.periode.id === periode && !o.ragu,
  );
  return (
    list.sort((a, b) =>
      cariSumber(k.site, b.sumber).tanggalTerbit.localeCompare(cariSumber(k.site, a.sumber).tanggalTerbit),
    )[0] ?? null
  );
}

// ---------------------------------------------------------------------------------------------

export interface KolomProporsi {
  label: string;
  pekerja: number;
  pekerjaTeks: string;
  persen: number;
  persenTeks: string;
  /** The same figure in the short form tables and bar labels use ("33,73%"). */
  persenRingkas: string;
  /** Left edge and width on the 0..100 horizontal scale (width ∝ workers). */
  x: number;
  lebar: number;
  /** Of every 100 workers in the group, how many are covered (rounded): the unit-chart sentence. */
  dariSeratus: number;
  sumber: Source[];
}

export interface ModelProporsi {
  bind: string;
  judul: string;
  keterangan: string;
  target: number;
  targetTeks: string;
  kolom: KolomProporsi[];
  sumber: Source[];
}

/** Formal and informal workers of one region and period: how many there are, and how many are covered. */
export function grafikProporsi(k: Konteks, wilayah: string, periode: string): ModelProporsi {
  const w = cariWilayah(k.site, wilayah);
  const groups = [
    { label: T.proporsi.formal, jumlah: 'pekerja_formal', cakupan: 'cakupan_formal_persen' },
    { label: T.proporsi.informal, jumlah: 'pekerja_informal', cakupan: 'cakupan_informal_persen' },
  ].map((g) => ({ ...g, n: satu(k, g.jumlah, w.kode, periode), c: satu(k, g.cakupan, w.kode, periode) }));
  const missing = groups.filter((g) => !g.n || !g.c);
  if (missing.length)
    throw new KlaimGagal(
      `grafik proporsi butuh jumlah pekerja dan cakupan formal serta informal untuk ${w.nama} periode ${periode}; yang belum ada: ${missing.map((g) => (!g.n ? g.jumlah : g.cakupan)).join(', ')}.`,
    );
  const total = groups.reduce((s, g) => s + g.n!.nilai, 0);
  let x = 0;
  const kolom = groups.map((g): KolomProporsi => {
    const lebar = r2((100 * g.n!.nilai) / total);
    const col = {
      label: g.label,
      pekerja: g.n!.nilai,
      pekerjaTeks: teksAngka(
        { nilai: g.n!.nilai, satuan: 'orang', kualifikasi: g.n!.kualifikasi },
        { bentuk: 'singkat' },
      ),
      persen: g.c!.nilai,
      persenTeks: persen(g.c!.nilai, g.c!.kualifikasi),
      persenRingkas: teksAngka(
        { nilai: g.c!.nilai, satuan: 'persen', kualifikasi: g.c!.kualifikasi },
        { bentuk: 'ringkas' },
      ),
      x: r2(x),
      lebar,
      dariSeratus: Math.round(g.c!.nilai),
      sumber: unik([cariSumber(k.site, g.n!.sumber), cariSumber(k.site, g.c!.sumber)]),
    };
    x += lebar;
    return col;
  });
  return {
    bind: `grafik:proporsi|${w.kode}|${periode}`,
    judul: T.proporsi.judul(
      w.kode === provinsi(k.site).kode ? t.grafik.provinsiNtt : w.nama,
      formatPeriode(groups[0]!.c!.periode),
    ),
    keterangan: T.proporsi.ket,
    target: TARGET_UCJ,
    targetTeks: T.target(persen(TARGET_UCJ)),
    kolom,
    sumber: unik(kolom.flatMap((c) => c.sumber)),
  };
}

// ---------------------------------------------------------------------------------------------

export interface TitikLinimasa {
  /** Horizontal position 0..100 (middle of the period), vertical 0..100 from the top. */
  x: number;
  y: number;
  nilai: number;
  teks: string;
  periode: string;
  jenis: 'ucj' | 'lain';
  ragu: boolean;
  sumber: Source;
  /** Label above (or below, to keep neighbours apart) the point; null when a neighbour carries the same text. */
  label: 'atas' | 'bawah' | null;
}

export interface ModelLinimasa {
  bind: string;
  judul: string;
  keterangan: string;
  titik: TitikLinimasa[];
  sumbuX: { x: number; teks: string }[];
  sumbuY: { y: number; teks: string }[];
  /** The target when it lies above the zoomed scale, as a note rather than a line. */
  targetCatatan: string | null;
  targetY: number | null;
  sumber: Source[];
}

export const bulanKe = (yyyymm: string) => Number(yyyymm.slice(0, 4)) * 12 + Number(yyyymm.slice(5, 7)) - 1;
const tengah = (p: Period) => (bulanKe(p.mulai) + bulanKe(p.akhir) + 1) / 2;

/** Every provincial coverage percentage on a time axis: UCJ and undefined "kepesertaan" apart, doubtful hollow. */
export function grafikLinimasa(k: Konteks): ModelLinimasa {
  const obs = [
    ...(k.site.provinsi['ucj_persen'] ?? []).map((o) => ({ o, jenis: 'ucj' as const })),
    ...(k.site.provinsi['kepesertaan_persen'] ?? []).map((o) => ({ o, jenis: 'lain' as const })),
  ];
  if (!obs.length) throw new KlaimGagal('belum ada angka cakupan provinsi di data.');
  const times = obs.map(({ o }) => tengah(o.periode));
  const t0 = Math.floor(Math.min(...times) / 12) * 12;
  const t1 = Math.ceil((Math.max(...times) + 1) / 12) * 12;
  const values = obs.map(({ o }) => o.nilai);
  const lo = Math.max(0, Math.floor((Math.min(...values) - 3) / 5) * 5);
  const hi = Math.min(100, Math.ceil((Math.max(...values) + 3) / 5) * 5);
  const xOf = (m: number) => r2((100 * (m - t0)) / (t1 - t0));
  const yOf = (v: number) => r2((100 * (hi - v)) / (hi - lo));
  const titik = obs
    .map(({ o, jenis }) => ({ o, jenis, m: tengah(o.periode) }))
    .sort((a, b) => a.m - b.m || a.o.nilai - b.o.nilai)
    .map(({ o, jenis, m }): TitikLinimasa => ({
      x: xOf(m),
      y: yOf(o.nilai),
      nilai: o.nilai,
      teks: persen(o.nilai, o.kualifikasi).replace(' persen', '%'),
      periode: formatPeriode(o.periode),
      jenis,
      ragu: o.ragu,
      sumber: cariSumber(k.site, o.sumber),
      label: 'atas',
    }));
  // Neighbours closer than a twelfth of the width alternate above/below; equal texts label once.
  for (let i = 1; i < titik.length; i++) {
    const prev = titik[i - 1]!;
    const cur = titik[i]!;
    if (cur.x - prev.x < 8 && Math.abs(cur.y - prev.y) < 14) {
      if (cur.teks === prev.teks && prev.label) cur.label = null;
      else if (cur.y < prev.y) {
        // The higher of two close points is labelled above, the lower below.
        cur.label = 'atas';
        prev.label = 'bawah';
      } else cur.label = prev.label === 'atas' ? 'bawah' : 'atas';
    }
  }
  const sumbuX = [];
  for (let m = t0; m <= t1; m += 12) sumbuX.push({ x: xOf(m), teks: String(m / 12) });
  const sumbuY = [];
  for (let v = lo; v <= hi; v += 5) sumbuY.push({ y: yOf(v), teks: `${v}%` });
  const targetAbove = TARGET_UCJ > hi;
  return {
    bind: 'grafik:linimasa|ucj_persen,kepesertaan_persen',
    judul: T.linimasa.judul,
    keterangan: T.linimasa.ket,
    titik,
    sumbuX,
    sumbuY,
    targetCatatan: targetAbove ? T.linimasa.targetDiAtas(persen(TARGET_UCJ)) : null,
    targetY: targetAbove ? null : yOf(TARGET_UCJ),
    sumber: unik(titik.map((p) => p.sumber)),
  };
}

// ---------------------------------------------------------------------------------------------

export interface BarisKuota {
  nama: string;
  tautan: string;
  status: 'diketahui' | 'ragu' | 'kosong';
  nilai: number | null;
  teks: string;
  keterangan: string;
  /** Bar length 0..100 relative to the largest figure listed. */
  posisi: number | null;
  sumber: Source | null;
}

export interface ModelKuota {
  bind: string;
  judul: string;
  keterangan: string;
  kuotaTeks: string;
  /** Segments of the progress bar on 0..100 of the quota. */
  diketahui: { persen: number; teks: string; label: string };
  sisa: { persen: number; teks: string; label: string };
  /** Regions whose only figures are doubtful: listed, not added up. */
  raguLabel: string | null;
  kosongLabel: string | null;
  baris: BarisKuota[];
  sumber: Source[];
}

/** A provincial quota against the regional figures that account for it. */
export function grafikKuota(k: Konteks, indikator: string): ModelKuota {
  const ind = cariIndikator(k.site, indikator);
  if (ind.satuan !== 'orang') throw new KlaimGagal(`grafik kuota butuh indikator jumlah orang, bukan ${ind.id}.`);
  const kuota = k.site.terkini[ind.id]?.[provinsi(k.site).kode];
  if (!kuota) throw new KlaimGagal(`belum ada angka ${ind.nama} untuk provinsi, jadi kuotanya tidak diketahui.`);
  const regions = k.site.wilayah.filter((w) => w.kode !== provinsi(k.site).kode);
  const usable = new Map(
    Object.values(k.site.terkini[ind.id] ?? {})
      .filter((e) => e.wilayah !== provinsi(k.site).kode)
      .map((e) => [e.wilayah, e]),
  );
  const doubtful = new Map<string, Observation>();
  for (const o of k.site.observasi) {
    if (o.indikator !== ind.id || o.wilayah === provinsi(k.site).kode || usable.has(o.wilayah) || !o.ragu) continue;
    const prev = doubtful.get(o.wilayah);
    if (!prev || o.periode.akhir > prev.periode.akhir) doubtful.set(o.wilayah, o);
  }
  const known = [...usable.values()].reduce((s, e) => s + e.nilai, 0);
  const maks = Math.max(1, ...[...usable.values(), ...doubtful.values()].map((o) => o.nilai));
  const orang = (n: number, q: Observation['kualifikasi'] = null) =>
    teksAngka({ nilai: n, satuan: 'orang', kualifikasi: q });
  const row = (w: (typeof regions)[number]): BarisKuota => {
    const o = usable.get(w.kode) ?? doubtful.get(w.kode);
    const tautan = k.href(`/kabupaten/${w.slug}/`);
    if (!o)
      return {
        nama: w.nama,
        tautan,
        status: 'kosong',
        nilai: null,
        teks: T.kuota.tidakDiketahui,
        keterangan: '',
        posisi: null,
        sumber: null,
      };
    const s = cariSumber(k.site, o.sumber);
    return {
      nama: w.nama,
      tautan,
      status: o.ragu ? 'ragu' : 'diketahui',
      nilai: o.nilai,
      teks: orang(o.nilai, o.kualifikasi),
      keterangan: `${formatPeriode(o.periode)} · ${penerbitPendek(s)}`,
      posisi: r2((100 * o.nilai) / maks),
      sumber: s,
    };
  };
  const order = { diketahui: 0, ragu: 1, kosong: 2 } as const;
  const baris = regions
    .map(row)
    .sort(
      (a, b) => order[a.status] - order[b.status] || (b.nilai ?? 0) - (a.nilai ?? 0) || a.nama.localeCompare(b.nama),
    );
  const pk = Math.min(100, r2((100 * known) / kuota.nilai));
  const nRagu = baris.filter((b) => b.status === 'ragu').length;
  const nKosong = baris.filter((b) => b.status === 'kosong').length;
  return {
    bind: `grafik:kuota|${ind.id}`,
    judul: T.kuota.judul(orang(kuota.nilai)),
    keterangan: T.kuota.ket,
    kuotaTeks: orang(kuota.nilai),
    diketahui: {
      persen: pk,
      teks: orang(known),
      label: T.kuota.diketahui(orang(known), persenRingkas(Math.round(pk))),
    },
    sisa: {
      persen: r2(100 - pk),
      teks: orang(Math.max(0, kuota.nilai - known)),
      label: T.kuota.sisa(orang(Math.max(0, kuota.nilai - known)), persenRingkas(Math.round(100 - pk))),
    },
    raguLabel: nRagu ? T.kuota.ragu(formatBilangan(nRagu, true)) : null,
    kosongLabel: nKosong ? T.kuota.kosong(formatBilangan(nKosong, true)) : null,
    baris,
    sumber: unik([cariSumber(k.site, kuota.sumber), ...baris.map((b) => b.sumber)]),
  };
}

import { z } from 'zod';
import { cell, type CsvRow } from './csv.ts';
import { parseCount, parsePercent, parseRupiah, type Parsed } from './numbers.ts';
import { isTarget } from '#model/constants.ts';
import {
  JENIS_DASAR,
  PROGRAM,
  type Indikator,
  type Klaim,
  type KonteksNasional,
  type Kualifikasi,
  type Observasi,
  type Periode,
  type Satuan,
} from '#model/schema.ts';
import {
  doubtFlag,
  fromParsed,
  MISS,
  optionalText,
  rowParser,
  withFast,
  qualifier,
  readerNote,
  requiredText,
  type RowCells,
  type RowContext,
} from './cells.ts';
import { checkConsistency, RegionPeriodGroups } from './consistency.ts';
import type { RegionResolver } from './regions.ts';

/** The indicators read from indikator.csv; when that file could not be read, any id is let through. */
export interface Indicators {
  read: boolean;
  list: Indikator[];
  byId: Map<string, Indikator>;
}

/** kepesertaan.csv: observations, each value parsed by its indicator's unit, then checked across rows. */
export function loadKepesertaan(kep: RowContext, cells: RowCells, indicators: Indicators): Observasi[] {
  const { issues } = kep;
  const ind = indicators.read;
  const indikator = indicators.list;
  const indicatorById = indicators.byId;
  const observasi: Observasi[] = [];
  const groups = new RegionPeriodGroups();
  // Schemas are built once per variant, not per row: at national scale (300,000 rows)
  // constructing zod schemas inside the loop dominated the run time.
  const common = {
    wilayah: cells.region(),
    indikator: z
      .string()
      .trim()
      .refine((s) => !ind || indicatorById.has(s), {
        message: `Indikator tidak dikenal. Pilih salah satu dari data/indikator.csv: ${indikator.map((i) => i.id).join(', ')}.`,
      }),
    kualifikasi: qualifier,
    sumber: cells.source(),
    ragu: doubtFlag,
    catatan: readerNote,
  };
  type Row = {
    wilayah: string;
    periode: Periode;
    indikator: string;
    nilai: number | string;
    kualifikasi: Kualifikasi;
    sumber: string;
    ragu: boolean;
    catatan: string | null;
  };
  const parsers = new Map<string, (row: CsvRow) => Row | null>();
  const parserFor = (unit: Satuan | undefined, target: boolean) => {
    const key = `${unit}|${target}`;
    let parse = parsers.get(key);
    if (!parse) {
      const nilai = unit === 'persen' ? fromParsed(parsePercent) : unit ? fromParsed(parseCount) : z.string();
      parse = rowParser(kep, { ...common, periode: cells.period(target), nilai }) as (row: CsvRow) => Row | null;
      parsers.set(key, parse);
    }
    return parse;
  };
  // The parser each indicator id needs, decided once per id rather than once per row.
  const byIndicator = new Map<string, { indicator: Indikator | undefined; parse: (row: CsvRow) => Row | null }>();
  const indicatorColumn = kep.table.columnIndex.indikator;
  for (const row of kep.table.rows) {
    const indicatorId = indicatorColumn === undefined ? '' : (row.values[indicatorColumn - 1] ?? '');
    let variant = byIndicator.get(indicatorId);
    if (!variant) {
      const indicator = indicatorById.get(indicatorId);
      variant = { indicator, parse: parserFor(indicator?.satuan, isTarget(indicatorId)) };
      if (byIndicator.size < 4096) byIndicator.set(indicatorId, variant);
    }
    const indicator = variant.indicator;
    const r = variant.parse(row);
    if (!r || !indicator) continue;
    const first = groups.duplicateOf(r);
    if (first !== undefined) {
      issues.push({
        file: kep.file,
        line: row.line,
        column: 0,
        message: `Pengamatan ganda: wilayah, periode, indikator, dan sumber yang sama sudah ada di baris ${first}. Hapus salah satu, atau bila angkanya berbeda, periksa mana yang benar.`,
        severity: 'error',
      });
      continue;
    }
    const o: Observasi = {
      wilayah: r.wilayah,
      periode: r.periode,
      indikator: r.indikator,
      nilai: r.nilai as number,
      kualifikasi: r.kualifikasi,
      sumber: r.sumber,
      ragu: r.ragu,
      catatan: r.catatan,
      baris: row.line,
    };
    observasi.push(o);
    groups.add(o);
  }
  checkConsistency(kep.file, kep.table, groups, issues);
  return observasi;
}

/** klaim.csv: claims per region, period, programme and source; cases or amount (at least one). */
export function loadKlaim(kl: RowContext, cells: RowCells): Klaim[] {
  const { issues } = kl;
  const klaim: Klaim[] = [];
  const keys = new Map<string, number>();
  const optionalNumber = (parse: (s: string) => Parsed<number>) =>
    withFast(
      z.string().transform((s, zc) => {
        if (s.trim() === '') return null;
        const p = parse(s);
        if (!p.ok) {
          zc.addIssue({ code: 'custom', message: p.message });
          return z.NEVER;
        }
        return p.value;
      }),
      (s) => {
        if (s.trim() === '') return null;
        const p = parse(s);
        return p.ok ? p.value : MISS;
      },
    );
  const claimShape = {
    wilayah: cells.region(),
    periode: cells.period(false),
    program: z
      .string()
      .trim()
      .toUpperCase()
      .pipe(z.enum(PROGRAM, { error: `Program harus salah satu dari ${PROGRAM.join(', ')}.` })),
    kasus: optionalNumber(parseCount),
    nominal_rp: optionalNumber(parseRupiah),
    kualifikasi_kasus: qualifier,
    kualifikasi_nominal: qualifier,
    sumber: cells.source(),
    ragu: doubtFlag,
    catatan: readerNote,
  };
  const parseClaim = rowParser(kl, claimShape);
  for (const row of kl.table.rows) {
    const r = parseClaim(row);
    if (!r) continue;
    if (r.kasus === null && r.nominal_rp === null) {
      issues.push({
        file: kl.file,
        line: row.line,
        column: kl.table.columnIndex.kasus!,
        columnName: 'kasus',
        message: 'Kolom kasus dan nominal_rp sama-sama kosong. Isi setidaknya satu, atau hapus barisnya.',
        severity: 'error',
      });
      continue;
    }
    const key = [r.wilayah, r.periode.id, r.program, r.sumber].join('|');
    if (keys.has(key)) {
      issues.push({
        file: kl.file,
        line: row.line,
        column: 0,
        message: `Klaim ganda: wilayah, periode, program, dan sumber yang sama sudah ada di baris ${keys.get(key)}.`,
        severity: 'error',
      });
      continue;
    }
    keys.set(key, row.line);
    klaim.push({
      wilayah: r.wilayah,
      periode: r.periode,
      program: r.program,
      kasus: r.kasus,
      nominalRp: r.nominal_rp,
      kualifikasiKasus: r.kualifikasi_kasus,
      kualifikasiNominal: r.kualifikasi_nominal,
      sumber: r.sumber,
      ragu: r.ragu,
      catatan: r.catatan,
      baris: row.line,
    });
  }
  return klaim;
}

/** konteks-nasional.csv: national and other provinces' figures, never NTT's own regions. */
export function loadKonteks(kon: RowContext, cells: RowCells, resolver: RegionResolver | null): KonteksNasional[] {
  const { issues } = kon;
  const konteks: KonteksNasional[] = [];
  const keys = new Map<string, number>();
  const base = {
    wilayah: requiredText('Wilayah (Indonesia atau nama provinsi)'),
    tingkat: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(['nasional', 'provinsi'], { error: 'Tingkat harus "nasional" atau "provinsi".' })),
    ukuran: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(['capaian', 'target'], { error: 'Ukuran harus "capaian" (angka yang dicapai) atau "target".' })),
    nilai: fromParsed(parsePercent),
    jenis_dasar: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(
        z.enum(JENIS_DASAR, {
          error: `Jenis dasar hitungan harus salah satu dari ${JENIS_DASAR.join(', ')}; pakai tidak_disebut bila sumber tidak menyebut dasar hitungannya.`,
        }),
      ),
    dasar_hitungan: optionalText,
    sumber: cells.source(),
    ragu: doubtFlag,
    catatan: optionalText,
  };
  // Targets name future years; achievements may not.
  const parsers = {
    capaian: rowParser(kon, { ...base, periode: cells.period(false) }),
    target: rowParser(kon, { ...base, periode: cells.period(true) }),
  };
  for (const row of kon.table.rows) {
    const r = (cell(kon.table, row, 'ukuran').trim().toLowerCase() === 'target' ? parsers.target : parsers.capaian)(
      row,
    );
    if (!r) continue;
    const col = (c: string) => kon.table.columnIndex[c] ?? 0;
    if ((r.tingkat === 'nasional') !== (r.wilayah.toLowerCase() === 'indonesia')) {
      issues.push({
        file: kon.file,
        line: row.line,
        column: col('tingkat'),
        columnName: 'tingkat',
        value: r.tingkat,
        message:
          'Tingkat "nasional" hanya untuk wilayah "Indonesia", dan wilayah "Indonesia" harus bertingkat "nasional".',
        severity: 'error',
      });
      continue;
    }
    if (resolver?.resolve(r.wilayah)) {
      issues.push({
        file: kon.file,
        line: row.line,
        column: col('wilayah'),
        columnName: 'wilayah',
        value: r.wilayah,
        message:
          'Wilayah ini ada di data/wilayah.csv. Angkanya ditulis di kepesertaan.csv, bukan di konteks-nasional.csv.',
        severity: 'error',
      });
      continue;
    }
    const key = [r.wilayah.toLowerCase(), r.periode.id, r.ukuran, r.sumber, r.nilai].join('|');
    if (keys.has(key)) {
      issues.push({
        file: kon.file,
        line: row.line,
        column: 0,
        message: `Baris ganda: wilayah, periode, ukuran, sumber, dan nilai yang sama sudah ada di baris ${keys.get(key)}. Hapus salah satu.`,
        severity: 'error',
      });
      continue;
    }
    keys.set(key, row.line);
    konteks.push({
      wilayah: r.wilayah,
      tingkat: r.tingkat,
      periode: r.periode,
      ukuran: r.ukuran,
      nilai: r.nilai,
      jenisDasar: r.jenis_dasar,
      dasarHitungan: r.dasar_hitungan,
      sumber: r.sumber,
      ragu: r.ragu,
      catatan: r.catatan,
      baris: row.line,
    });
  }
  return konteks;
}

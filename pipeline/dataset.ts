import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { cell, readCsv, type CsvTable } from './csv.ts';
import { spreadsheetDateHint } from './dates.ts';
import type { DataIssue } from './errors.ts';
import { parseCount, parsePercent, parseRupiah, type Parsed } from './numbers.ts';
import { INDIKATOR_UCJ, KODE_BPS, isTarget } from '#model/constants.ts';
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
  type Sumber,
  type Wilayah,
} from '#model/schema.ts';
export type { KonteksNasional } from '#model/schema.ts';
import { parsePeriod } from './period.ts';
import { RegionResolver, slugify } from './regions.ts';

export interface Dataset {
  wilayah: Wilayah[];
  indikator: Indikator[];
  sumber: Sumber[];
  observasi: Observasi[];
  klaim: Klaim[];
  konteks: KonteksNasional[];
}

export const FILES = {
  wilayah: 'wilayah.csv',
  indikator: 'indikator.csv',
  sumber: 'sumber.csv',
  kepesertaan: 'kepesertaan.csv',
  klaim: 'klaim.csv',
} as const;
/** Files a dataset may leave out: national context is optional (test datasets have none). */
export const OPTIONAL_FILES = {
  konteks: 'konteks-nasional.csv',
} as const;

/** The columns of each data file: the pipeline checks them, and so does the geometry generator. */
export const COLUMNS = {
  wilayah: { required: ['kode', 'nama', 'jenis', 'ibu_kota', 'kantor_cabang', 'keterangan_kantor', 'alias'] },
  indikator: { required: ['id', 'nama', 'satuan', 'definisi', 'batas_kelas'] },
  sumber: {
    required: ['id', 'penerbit', 'judul', 'url', 'tanggal_terbit', 'tanggal_akses', 'catatan'],
    optional: ['terverifikasi', 'catatan_internal'],
  },
  kepesertaan: {
    required: ['wilayah', 'periode', 'indikator', 'nilai', 'sumber'],
    optional: ['kualifikasi', 'ragu', 'catatan'],
  },
  klaim: {
    required: ['wilayah', 'periode', 'program', 'kasus', 'nominal_rp', 'sumber'],
    optional: ['kualifikasi_kasus', 'kualifikasi_nominal', 'ragu', 'catatan'],
  },
  konteks: {
    required: ['wilayah', 'tingkat', 'periode', 'ukuran', 'nilai', 'jenis_dasar', 'sumber'],
    optional: ['dasar_hitungan', 'ragu', 'catatan'],
  },
};

/** Turns one of our Parsed results into a zod refinement so every column speaks zod. */
function fromParsed<T>(parse: (s: string) => Parsed<T>) {
  return z.string().transform((s, ctx): T => {
    const r = parse(s);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.message });
      return z.NEVER;
    }
    return r.value;
  });
}

const requiredText = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} wajib diisi.`)
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s), 'Teks memuat karakter kendali yang tidak sah.');
const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? null : s));
const isoDate = (what: string, today: Date) =>
  z
    .string()
    .trim()
    .superRefine((s, ctx) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) {
        // A spreadsheet's own date forms are named as such, never read as some other date.
        const hint = spreadsheetDateHint(s);
        ctx.addIssue({
          code: 'custom',
          message: hint ? `${what}: ${hint}` : `${what} harus berbentuk YYYY-MM-DD, misalnya 2024-07-25.`,
        });
      } else if (
        Number.isNaN(Date.parse(`${s}T00:00:00Z`)) ||
        !new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)
      ) {
        ctx.addIssue({ code: 'custom', message: `${what} bukan tanggal yang ada di kalender.` });
      } else if (s > today.toISOString().slice(0, 10)) {
        ctx.addIssue({ code: 'custom', message: `${what} ada di masa depan. Periksa tahunnya.` });
      }
    });
const qualifier = z
  .string()
  .trim()
  .toLowerCase()
  .transform((s) => (s === '' ? null : s))
  .pipe(
    z
      .enum(['sekitar', 'lebih dari', 'kurang dari'], {
        error: 'Kualifikasi harus kosong, "sekitar", "lebih dari", atau "kurang dari".',
      })
      .nullable(),
  );
const doubtFlag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['', 'ya', 'tidak'], { error: 'Kolom ragu diisi "ya", "tidak", atau dikosongkan.' }))
  .transform((s) => s === 'ya');
/** Whether a source's title and address were checked; empty means not yet (the safe default). */
const verifiedFlag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(
    z.enum(['', 'ya', 'tidak'], {
      error:
        'Kolom terverifikasi diisi "ya" (judul dan alamat sudah dicocokkan dengan halaman aslinya), "tidak", atau dikosongkan.',
    }),
  )
  .transform((s) => s === 'ya');
/** Words of the research log that must not reach readers through the public catatan column. */
const INTERNAL_NOTE =
  /belum diperiksa ulang|catatan riset|indeks riset|salinan (benih|tersimpan)|seed \d|artikel benih/i;
/** The catatan columns are printed on the site: research-log wording is refused there. */
const readerNote = optionalText.refine(
  (s) => s === null || !INTERNAL_NOTE.test(s),
  'Catatan ini tampil di situs, tetapi memuat catatan riset (misalnya "belum diperiksa ulang" atau "catatan riset"). Tulis keterangan untuk pembaca; catatan riset untuk sumber ditaruh di kolom catatan_internal data/sumber.csv.',
);
const sourceId = z
  .string()
  .trim()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'Kode sumber hanya boleh huruf kecil, angka, dan tanda hubung (misalnya poskupang-2024-08-01).',
  );
const httpUrl = z
  .string()
  .trim()
  .refine(
    (s) => s === '' || (/^https?:\/\//i.test(s) && URL.canParse(s)),
    'Alamat harus diawali http:// atau https:// dan berupa URL yang sah (alamat lain, misalnya javascript:, tidak diterima).',
  )
  .transform((s) => (s === '' ? null : s));

interface RowContext {
  file: string;
  table: CsvTable;
  issues: DataIssue[];
}

/** Validates the cells of one row column by column, so each error names its own column. */
function parseRow<S extends Record<string, z.ZodType>>(
  ctx: RowContext,
  row: CsvTable['rows'][number],
  shape: S,
): { [K in keyof S]: z.output<S[K]> } | null {
  const out: Record<string, unknown> = {};
  let ok = true;
  for (const [col, schema] of Object.entries(shape)) {
    const value = cell(ctx.table, row, col);
    const r = schema.safeParse(value);
    if (r.success) out[col] = r.data;
    else {
      ok = false;
      ctx.issues.push({
        file: ctx.file,
        line: row.line,
        column: ctx.table.columnIndex[col] ?? 0,
        columnName: col,
        value,
        message: r.error.issues.map((i) => i.message).join(' '),
        severity: 'error',
      });
    }
  }
  return ok ? (out as { [K in keyof S]: z.output<S[K]> }) : null;
}

export interface LoadOptions {
  /** Reference date for "future period" checks; injectable so tests do not age. */
  today?: Date;
  /** Overrides file reading, e.g. for in-memory fixtures or the git copy of the last commit. */
  read?: (name: string) => string | Uint8Array | null;
  /**
   * The regions the data must describe. Defaults to NTT; the benchmark passes a national-scale
   * synthetic list to measure the same code on 514 regions.
   */
  geography?: { provinceCode: string; regionCodes: readonly string[] };
}

export interface LoadResult {
  dataset: Dataset;
  issues: DataIssue[];
  rowCounts: Record<string, number>;
  /** The text of each file as read, so callers (the data version hash) need not read it again. */
  raw: Record<string, string>;
}

export function loadDataset(dir: string, options: LoadOptions = {}): LoadResult {
  const today = options.today ?? new Date();
  const provinceCode = options.geography?.provinceCode ?? KODE_BPS.provinsi;
  const regionCodes = options.geography?.regionCodes ?? KODE_BPS.kabupatenKota;
  const validCodes = new Set([provinceCode, ...regionCodes]);
  const read =
    options.read ??
    ((name: string) => {
      const path = join(dir, name);
      // Bytes, not 'utf8': the reader tells a workbook, UTF-16 or ANSI file from real text.
      return existsSync(path) ? readFileSync(path) : null;
    });
  const issues: DataIssue[] = [];
  const rowCounts: Record<string, number> = {};
  const raw: Record<string, string> = {};
  const label = (name: string) => `data/${name}`;
  /** Cells the CSV reader already refused (characters, length): one message per cell is enough. */
  const reported = new Set<string>();

  const open = (key: keyof typeof FILES | keyof typeof OPTIONAL_FILES) => {
    const optional = key in OPTIONAL_FILES;
    const name = optional ? OPTIONAL_FILES[key as keyof typeof OPTIONAL_FILES] : FILES[key as keyof typeof FILES];
    const text = read(name);
    if (text === null && optional) return null;
    if (text === null) {
      issues.push({
        file: label(name),
        line: 0,
        column: 0,
        message: `Berkas tidak ditemukan. Buat berkas ${name} sesuai data/README.md.`,
        severity: 'error',
      });
      return null;
    }
    const { table, issues: csvIssues, text: decoded, flagged } = readCsv(label(name), text, COLUMNS[key]);
    if (decoded !== null) raw[name] = decoded;
    issues.push(...csvIssues);
    if (flagged) for (const cellKey of flagged) reported.add(`${label(name)}:${cellKey}`);
    rowCounts[name] = table?.rows.length ?? 0;
    return table ? { file: label(name), table, issues } : null;
  };

  // --- wilayah.csv ---------------------------------------------------------------------
  const wilayah: Wilayah[] = [];
  const wil = open('wilayah');
  if (wil) {
    const seen = new Map<string, number>();
    for (const row of wil.table.rows) {
      const r = parseRow(wil, row, {
        kode: z
          .string()
          .trim()
          .regex(
            /^\d{2}(\d{2})?$/,
            'Kode wilayah harus kode BPS: 2 angka untuk provinsi (53) atau 4 angka untuk kabupaten/kota (5321).',
          ),
        nama: requiredText('Nama wilayah'),
        jenis: z.enum(['Provinsi', 'Kabupaten', 'Kota'], {
          error: 'Jenis harus "Provinsi", "Kabupaten", atau "Kota".',
        }),
        ibu_kota: requiredText('Ibu kota'),
        kantor_cabang: optionalText,
        keterangan_kantor: optionalText,
        alias: z.string().transform((s) =>
          s
            .split('|')
            .map((a) => a.trim())
            .filter(Boolean),
        ),
      });
      if (!r) continue;
      const dup = seen.get(r.kode);
      if (dup !== undefined) {
        issues.push({
          file: wil.file,
          line: row.line,
          column: wil.table.columnIndex.kode!,
          columnName: 'kode',
          value: r.kode,
          message: `Kode ini sudah dipakai di baris ${dup}. Setiap wilayah hanya boleh satu baris.`,
          severity: 'error',
        });
        continue;
      }
      seen.set(r.kode, row.line);
      if (!validCodes.has(r.kode)) {
        issues.push({
          file: wil.file,
          line: row.line,
          column: wil.table.columnIndex.kode!,
          columnName: 'kode',
          value: r.kode,
          message: `Kode ini bukan provinsi ${provinceCode} atau salah satu dari ${regionCodes.length} kabupaten/kotanya. Periksa kode BPS-nya.`,
          severity: 'error',
        });
        continue;
      }
      wilayah.push({
        kode: r.kode,
        nama: r.nama,
        jenis: r.jenis,
        ibuKota: r.ibu_kota,
        kantorCabang: r.kantor_cabang,
        keteranganKantor: r.keterangan_kantor,
        alias: r.alias,
        slug: slugify(r.nama),
      });
    }
    for (const code of validCodes) {
      if (!seen.has(code)) {
        issues.push({
          file: wil.file,
          line: 0,
          column: wil.table.columnIndex.kode ?? 0,
          columnName: 'kode',
          message: `Wilayah dengan kode ${code} tidak ada. Daftar wilayah harus memuat provinsi (${provinceCode}) dan ke-${regionCodes.length} kabupaten/kota.`,
          severity: 'error',
        });
      }
    }
    const aliasOwner = new Map<string, string>();
    for (const r of wilayah) {
      for (const a of [r.nama, ...r.alias]) {
        const key = a.toLowerCase();
        const owner = aliasOwner.get(key);
        if (owner && owner !== r.kode) {
          issues.push({
            file: wil.file,
            line: seen.get(r.kode) ?? 0,
            column: wil.table.columnIndex.alias ?? 0,
            columnName: 'alias',
            value: a,
            message: `Nama atau alias "${a}" juga dipakai wilayah ${owner}. Setiap alias harus menunjuk satu wilayah saja.`,
            severity: 'error',
          });
        }
        aliasOwner.set(key, r.kode);
      }
    }
    wilayah.sort((a, b) => a.kode.localeCompare(b.kode));
  }
  const resolver = wil ? new RegionResolver(wilayah) : null;
  const periodSchema = (allowFuture: boolean) =>
    z.string().transform((s, zc) => {
      const p = parsePeriod(s, today, allowFuture);
      if (!p.ok) {
        zc.addIssue({ code: 'custom', message: p.message });
        return z.NEVER;
      }
      return p.value;
    });
  const regionCell = () =>
    z
      .string()
      .trim()
      .min(1, 'Wilayah wajib diisi (kode, nama, atau alias).')
      .transform((s, zc) => {
        if (!resolver) return s;
        const region = resolver.resolve(s);
        if (!region) {
          const hints = resolver.suggest(s);
          zc.addIssue({
            code: 'custom',
            message: `Wilayah tidak dikenal. Mungkin maksudnya ${hints.map((h) => `"${h}"`).join(' atau ')}? Pakai kode, nama, atau alias dari data/wilayah.csv.`,
          });
          return z.NEVER;
        }
        return region.kode;
      });

  // --- indikator.csv -------------------------------------------------------------------
  const indikator: Indikator[] = [];
  const ind = open('indikator');
  if (ind) {
    const seen = new Map<string, number>();
    for (const row of ind.table.rows) {
      const r = parseRow(ind, row, {
        id: z
          .string()
          .trim()
          .regex(
            /^[a-z0-9]+(_[a-z0-9]+)*$/,
            'Kode indikator hanya boleh huruf kecil, angka, dan garis bawah (misalnya ucj_persen).',
          ),
        nama: requiredText('Nama indikator'),
        satuan: z
          .string()
          .trim()
          .pipe(z.enum(['persen', 'orang'], { error: 'Satuan harus "persen" atau "orang".' })),
        definisi: requiredText('Definisi'),
        batas_kelas: z
          .string()
          .trim()
          .transform((s, zc) => {
            if (s === '') return null;
            const parts = s.split('|').map((p) => Number(p.trim().replace(',', '.')));
            if (parts.some((n) => !Number.isFinite(n)) || parts.some((n, i) => i > 0 && n <= parts[i - 1]!)) {
              zc.addIssue({
                code: 'custom',
                message: 'Batas kelas harus angka naik yang dipisah "|", misalnya 25|50|75|95.',
              });
              return z.NEVER;
            }
            return parts;
          }),
      });
      if (!r) continue;
      if (seen.has(r.id)) {
        issues.push({
          file: ind.file,
          line: row.line,
          column: ind.table.columnIndex.id!,
          columnName: 'id',
          value: r.id,
          message: `Indikator ini sudah ada di baris ${seen.get(r.id)}.`,
          severity: 'error',
        });
        continue;
      }
      seen.set(r.id, row.line);
      indikator.push({ id: r.id, nama: r.nama, satuan: r.satuan, definisi: r.definisi, batasKelas: r.batas_kelas });
    }
  }
  const indicatorById = new Map(indikator.map((i) => [i.id, i]));

  // --- sumber.csv ----------------------------------------------------------------------
  const sumber: Sumber[] = [];
  const src = open('sumber');
  const sourceLines = new Map<string, number>();
  if (src) {
    for (const row of src.table.rows) {
      const r = parseRow(src, row, {
        id: sourceId,
        penerbit: requiredText('Penerbit'),
        judul: requiredText('Judul').refine(
          (s) => !/^\[.*\]$/.test(s),
          'Judul dalam kurung siku adalah judul sementara. Tulis judul asli bila sudah terlihat; bila belum, tulis uraian singkat tanpa kurung siku dan isi kolom terverifikasi dengan "tidak".',
        ),
        url: httpUrl,
        tanggal_terbit: isoDate('Tanggal terbit', today),
        tanggal_akses: z.union([z.literal('').transform(() => null), isoDate('Tanggal akses', today)]),
        terverifikasi: verifiedFlag,
        catatan: readerNote,
        catatan_internal: optionalText,
      });
      if (!r) {
        // Register the id anyway so rows citing it are not flagged a second time.
        const id = cell(src.table, row, 'id');
        if (sourceId.safeParse(id).success && !sourceLines.has(id)) sourceLines.set(id, row.line);
        continue;
      }
      if (sourceLines.has(r.id)) {
        issues.push({
          file: src.file,
          line: row.line,
          column: src.table.columnIndex.id!,
          columnName: 'id',
          value: r.id,
          message: `Kode sumber ini sudah dipakai di baris ${sourceLines.get(r.id)}. Beri kode lain.`,
          severity: 'error',
        });
        continue;
      }
      sourceLines.set(r.id, row.line);
      sumber.push({
        id: r.id,
        penerbit: r.penerbit,
        judul: r.judul,
        url: r.url,
        tanggalTerbit: r.tanggal_terbit,
        tanggalAkses: r.tanggal_akses,
        terverifikasi: r.terverifikasi,
        catatan: r.catatan,
      });
    }
  }
  const usedSources = new Set<string>();
  const sourceCell = () =>
    sourceId.transform((s, zc) => {
      if (src && !sourceLines.has(s)) {
        const known = [...sourceLines.keys()];
        const near = known.sort((a, b) => distance(s, a) - distance(s, b)).slice(0, 1);
        zc.addIssue({
          code: 'custom',
          message: `Kode sumber tidak ada di data/sumber.csv.${near.length ? ` Mungkin maksudnya "${near[0]}"?` : ''} Tambahkan sumbernya dulu di sumber.csv.`,
        });
        return z.NEVER;
      }
      usedSources.add(s);
      return s;
    });

  // --- kepesertaan.csv -----------------------------------------------------------------
  const observasi: Observasi[] = [];
  const kep = open('kepesertaan');
  if (kep) {
    const keys = new Map<string, number>();
    // Schemas are built once per variant, not per row: at national scale (300,000 rows)
    // constructing zod schemas inside the loop dominated the run time.
    const common = {
      wilayah: regionCell(),
      indikator: z
        .string()
        .trim()
        .refine((s) => !ind || indicatorById.has(s), {
          message: `Indikator tidak dikenal. Pilih salah satu dari data/indikator.csv: ${indikator.map((i) => i.id).join(', ')}.`,
        }),
      kualifikasi: qualifier,
      sumber: sourceCell(),
      ragu: doubtFlag,
      catatan: readerNote,
    };
    const shapes = new Map<string, Record<string, z.ZodType>>();
    const shapeFor = (unit: Satuan | undefined, target: boolean) => {
      const key = `${unit}|${target}`;
      let shape = shapes.get(key);
      if (!shape) {
        const nilai = unit === 'persen' ? fromParsed(parsePercent) : unit ? fromParsed(parseCount) : z.string();
        shape = { ...common, periode: periodSchema(target), nilai };
        shapes.set(key, shape);
      }
      return shape;
    };
    for (const row of kep.table.rows) {
      const indicatorId = cell(kep.table, row, 'indikator');
      const indicator = indicatorById.get(indicatorId);
      const r = parseRow(kep, row, shapeFor(indicator?.satuan, isTarget(indicatorId))) as {
        wilayah: string;
        periode: Periode;
        indikator: string;
        nilai: number | string;
        kualifikasi: Kualifikasi;
        sumber: string;
        ragu: boolean;
        catatan: string | null;
      } | null;
      if (!r || !indicator) continue;
      const key = [r.wilayah, r.periode.id, r.indikator, r.sumber].join('|');
      if (keys.has(key)) {
        issues.push({
          file: kep.file,
          line: row.line,
          column: 0,
          message: `Pengamatan ganda: wilayah, periode, indikator, dan sumber yang sama sudah ada di baris ${keys.get(key)}. Hapus salah satu, atau bila angkanya berbeda, periksa mana yang benar.`,
          severity: 'error',
        });
        continue;
      }
      keys.set(key, row.line);
      observasi.push({
        wilayah: r.wilayah,
        periode: r.periode,
        indikator: r.indikator,
        nilai: r.nilai as number,
        kualifikasi: r.kualifikasi,
        sumber: r.sumber,
        ragu: r.ragu,
        catatan: r.catatan,
        baris: row.line,
      });
    }
    checkConsistency(kep.file, kep.table, observasi, issues);
  }

  // --- klaim.csv -----------------------------------------------------------------------
  const klaim: Klaim[] = [];
  const kl = open('klaim');
  if (kl) {
    const keys = new Map<string, number>();
    const optionalNumber = (parse: (s: string) => Parsed<number>) =>
      z.string().transform((s, zc) => {
        if (s.trim() === '') return null;
        const p = parse(s);
        if (!p.ok) {
          zc.addIssue({ code: 'custom', message: p.message });
          return z.NEVER;
        }
        return p.value;
      });
    const claimShape = {
      wilayah: regionCell(),
      periode: periodSchema(false),
      program: z
        .string()
        .trim()
        .toUpperCase()
        .pipe(z.enum(PROGRAM, { error: `Program harus salah satu dari ${PROGRAM.join(', ')}.` })),
      kasus: optionalNumber(parseCount),
      nominal_rp: optionalNumber(parseRupiah),
      kualifikasi_kasus: qualifier,
      kualifikasi_nominal: qualifier,
      sumber: sourceCell(),
      ragu: doubtFlag,
      catatan: readerNote,
    };
    for (const row of kl.table.rows) {
      const r = parseRow(kl, row, claimShape);
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
  }

  // --- konteks-nasional.csv ------------------------------------------------------------
  const konteks: KonteksNasional[] = [];
  const kon = open('konteks');
  if (kon) {
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
      sumber: sourceCell(),
      ragu: doubtFlag,
      catatan: optionalText,
    };
    // Targets name future years; achievements may not.
    const shapes = {
      capaian: { ...base, periode: periodSchema(false) },
      target: { ...base, periode: periodSchema(true) },
    };
    for (const row of kon.table.rows) {
      const r = parseRow(
        kon,
        row,
        cell(kon.table, row, 'ukuran').trim().toLowerCase() === 'target' ? shapes.target : shapes.capaian,
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
  }

  if (src && kep && kl) {
    for (const s of sumber) {
      if (!usedSources.has(s.id)) {
        issues.push({
          file: src.file,
          line: sourceLines.get(s.id) ?? 0,
          column: src.table.columnIndex.id ?? 0,
          columnName: 'id',
          value: s.id,
          message: 'Sumber ini tidak dipakai oleh baris mana pun. Hapus atau pakai sumbernya.',
          severity: 'warning',
        });
      }
    }
  }

  const kept = reported.size === 0 ? issues : dedupe(issues, reported);
  kept.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { dataset: { wilayah, indikator, sumber, observasi, klaim, konteks }, issues: kept, rowCounts, raw };
}

/** Cross-row rules: participants cannot exceed workers, and a percentage must match its own counts. */
/** Keeps the first message about each cell the CSV reader flagged, drops the rest. */
function dedupe(issues: DataIssue[], reported: Set<string>): DataIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.file}:${i.line}:${i.column}`;
    if (!reported.has(key)) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function checkConsistency(file: string, table: CsvTable, obs: Observasi[], issues: DataIssue[]) {
  const group = new Map<string, Observasi[]>();
  for (const o of obs) {
    const key = `${o.wilayah}|${o.periode.id}`;
    const list = group.get(key);
    if (list) list.push(o);
    else group.set(key, [o]);
  }
  const nilaiCol = table.columnIndex.nilai ?? 0;
  for (const rows of group.values()) {
    const participants = rows.filter((o) => o.indikator === 'peserta_aktif');
    const workers = rows.filter((o) => o.indikator === 'pekerja_ucj');
    for (const p of participants) {
      for (const w of workers) {
        if (p.nilai > w.nilai) {
          issues.push({
            file,
            line: p.baris,
            column: nilaiCol,
            columnName: 'nilai',
            value: String(p.nilai),
            message: `Peserta aktif (${p.nilai}) melebihi jumlah pekerja penyebut UCJ (${w.nilai}) di baris ${w.baris} untuk wilayah dan periode yang sama. Periksa apakah angkanya tertukar.`,
            severity: 'error',
          });
        }
      }
      const pct = rows.filter((o) => o.indikator === INDIKATOR_UCJ && o.sumber === p.sumber);
      const w = workers.find((x) => x.sumber === p.sumber);
      if (!w || w.nilai === 0) continue;
      const computed = (100 * p.nilai) / w.nilai;
      for (const c of pct) {
        if (Math.abs(c.nilai - computed) > 0.1) {
          issues.push({
            file,
            line: c.baris,
            column: nilaiCol,
            columnName: 'nilai',
            value: String(c.nilai),
            message: `Persen UCJ ${c.nilai} tidak cocok dengan jumlahnya sendiri: ${p.nilai} peserta (baris ${p.baris}) dari ${w.nilai} pekerja (baris ${w.baris}) = ${computed.toFixed(2)} persen. Periksa salah satu dari ketiga angka.`,
            severity: 'error',
          });
        }
      }
    }
  }
}

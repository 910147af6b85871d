import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { cell, type CsvRow, type CsvRows } from './csv.ts';
import { spreadsheetDateHint } from './dates.ts';
import type { Issue } from './errors.ts';
import type { Parsed } from './numbers.ts';
import { parsePeriod } from './period.ts';
import type { RegionResolver } from './regions.ts';
import type { Periode } from '#model/schema.ts';

/** What a fast check returns for a cell it cannot decide: the zod schema then decides (and words the message). */
export const MISS: unique symbol = Symbol('MISS');
const FAST = new WeakMap<z.ZodType, (s: string) => unknown>();

/**
 * Gives a schema a check rowParser runs instead of zod: it must return exactly what the schema
 * returns for every cell it accepts, and MISS for any other cell (then zod runs as before).
 */
export function withFast<S extends z.ZodType>(schema: S, fast: (s: string) => z.output<S> | typeof MISS): S {
  FAST.set(schema, fast);
  return schema;
}

/** Turns one of our Parsed results into a zod refinement so every column speaks zod. */
export function fromParsed<T>(parse: (s: string) => Parsed<T>) {
  const schema = z.string().transform((s, ctx): T => {
    const r = parse(s);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.message });
      return z.NEVER;
    }
    return r.value;
  });
  // The schema is parse() and nothing else: a value parse() accepts needs no zod.
  return withFast(schema, (s) => {
    const r = parse(s);
    return r.ok ? (r.value as z.output<typeof schema>) : MISS;
  });
}

export const requiredText = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} wajib diisi.`)
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s), 'Teks memuat karakter kendali yang tidak sah.');
export const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? null : s));
export const isoDate = (what: string, today: Date) =>
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
export const qualifier = z
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
export const doubtFlag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['', 'ya', 'tidak'], { error: 'Kolom ragu diisi "ya", "tidak", atau dikosongkan.' }))
  .transform((s) => s === 'ya');
/** Whether a source's title and address were checked; empty means not yet (the safe default). */
export const verifiedFlag = z
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
export const INTERNAL_NOTE =
  /belum diperiksa ulang|catatan riset|indeks riset|salinan (benih|tersimpan)|seed \d|artikel benih/i;
/** The catatan columns are printed on the site: research-log wording is refused there. */
export const readerNote = optionalText.refine(
  (s) => s === null || !INTERNAL_NOTE.test(s),
  'Catatan ini tampil di situs, tetapi memuat catatan riset (misalnya "belum diperiksa ulang" atau "catatan riset"). Tulis keterangan untuk pembaca; catatan riset untuk sumber ditaruh di kolom catatan_internal data/sumber.csv.',
);
export const sourceId = z
  .string()
  .trim()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'Kode sumber hanya boleh huruf kecil, angka, dan tanda hubung (misalnya poskupang-2024-08-01).',
  );
export const httpUrl = z
  .string()
  .trim()
  .refine(
    (s) => s === '' || (/^https?:\/\//i.test(s) && URL.canParse(s)),
    'Alamat harus diawali http:// atau https:// dan berupa URL yang sah (alamat lain, misalnya javascript:, tidak diterima).',
  )
  .transform((s) => (s === '' ? null : s));

export interface RowContext {
  file: string;
  table: CsvRows;
  issues: Issue[];
}

/** Validates the cells of one row column by column, so each error names its own column. */
export function parseRow<S extends Record<string, z.ZodType>>(
  ctx: RowContext,
  row: CsvRow,
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

/** Distinct cells remembered per column; free text beyond this is simply checked each time. */
const MEMO_LIMIT = 4096;

/**
 * parseRow for a whole table: the shape is resolved to column positions once, and each column
 * either has a fast check (withFast) or remembers what its schema returned for each distinct
 * cell. A national file repeats the same few hundred codes, periods and flags 300,000 times;
 * running zod on each of them was most of the data step (npm run bench:data). A cell the
 * schema refuses is never remembered, so every refused cell still gets zod's own message.
 * Schemas used here must be pure (source cells only record the id, the same for the same text).
 */
export function rowParser<S extends Record<string, z.ZodType>>(
  ctx: RowContext,
  shape: S,
): (row: CsvRow) => { [K in keyof S]: z.output<S[K]> } | null {
  const cols = Object.entries(shape).map(([col, schema]) => ({
    col,
    schema,
    index: ctx.table.columnIndex[col],
    fast: FAST.get(schema),
    memo: new Map<string, unknown>(),
  }));
  return (row) => {
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const c of cols) {
      const value = c.index === undefined ? '' : (row.values[c.index - 1] ?? '');
      if (c.fast) {
        const v = c.fast(value);
        if (v !== MISS) {
          out[c.col] = v;
          continue;
        }
      } else {
        const v = c.memo.get(value);
        if (v !== undefined || c.memo.has(value)) {
          out[c.col] = v;
          continue;
        }
      }
      const r = c.schema.safeParse(value);
      if (r.success) {
        out[c.col] = r.data;
        if (!c.fast && c.memo.size < MEMO_LIMIT) c.memo.set(value, r.data);
      } else {
        ok = false;
        ctx.issues.push({
          file: ctx.file,
          line: row.line,
          column: ctx.table.columnIndex[c.col] ?? 0,
          columnName: c.col,
          value,
          message: r.error.issues.map((i) => i.message).join(' '),
          severity: 'error',
        });
      }
    }
    return ok ? (out as { [K in keyof S]: z.output<S[K]> }) : null;
  };
}

/** The cells whose check depends on other files: periods on the run's date, regions and sources on their lists. */
export interface RowCells {
  period: (allowFuture: boolean) => z.ZodType<Periode, string>;
  region: () => z.ZodType<string, string>;
  source: () => z.ZodType<string, string>;
}

export function periodCell(today: Date, allowFuture: boolean) {
  return z.string().transform((s, zc) => {
    const p = parsePeriod(s, today, allowFuture);
    if (!p.ok) {
      zc.addIssue({ code: 'custom', message: p.message });
      return z.NEVER;
    }
    return p.value;
  });
}

/** Without a readable wilayah.csv there is nothing to resolve against: the text is kept as written. */
export function regionCell(resolver: RegionResolver | null) {
  return z
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
}

/**
 * A source code cell: checked against sumber.csv when that file was read (sourceLines not null),
 * and recorded in usedSources so sources no row cites can be reported.
 */
export function sourceCell(sourceLines: Map<string, number> | null, usedSources: Set<string>) {
  return sourceId.transform((s, zc) => {
    if (sourceLines && !sourceLines.has(s)) {
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
}

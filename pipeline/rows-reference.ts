import { z } from 'zod';
import { cell } from './csv.ts';
import type { Indikator, Sumber, Wilayah } from '#model/schema.ts';
import {
  httpUrl,
  isoDate,
  optionalText,
  parseRow,
  readerNote,
  requiredText,
  sourceId,
  verifiedFlag,
  type RowContext,
} from './cells.ts';
import { slugify } from './regions.ts';

/** The regions the data must describe: the province and its kabupaten/kota. */
export interface Geography {
  provinceCode: string;
  regionCodes: readonly string[];
  validCodes: Set<string>;
}

/** wilayah.csv: one row per BPS code, every expected code present, every alias naming one region. */
export function loadWilayah(wil: RowContext, { provinceCode, regionCodes, validCodes }: Geography): Wilayah[] {
  const { issues } = wil;
  const wilayah: Wilayah[] = [];
  const seen = new Map<string, number>();
  // The schemas once per file, not once per row (514 rows in the national benchmark).
  const shape = {
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
  };
  for (const row of wil.table.rows) {
    const r = parseRow(wil, row, shape);
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
  return wilayah;
}

/** indikator.csv: one row per indicator id. */
export function loadIndikator(ind: RowContext): Indikator[] {
  const { issues } = ind;
  const indikator: Indikator[] = [];
  const seen = new Map<string, number>();
  const shape = {
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
  };
  for (const row of ind.table.rows) {
    const r = parseRow(ind, row, shape);
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
  return indikator;
}

/** sumber.csv: the sources, and the line of each id (also of rows refused, so citing rows are not flagged twice). */
export function loadSumber(src: RowContext, today: Date): { sumber: Sumber[]; sourceLines: Map<string, number> } {
  const { issues } = src;
  const sumber: Sumber[] = [];
  const sourceLines = new Map<string, number>();
  const shape = {
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
  };
  for (const row of src.table.rows) {
    const r = parseRow(src, row, shape);
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
  return { sumber, sourceLines };
}

import { hariIniWita } from '#model/waktu.ts';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { openCsv } from './csv.ts';
import type { Issue } from './errors.ts';
import { KODE_BPS } from '#model/constants.ts';
import type { Indikator, Klaim, KonteksNasional, Observasi, Sumber, Wilayah } from '#model/schema.ts';
export type { KonteksNasional } from '#model/schema.ts';
import { periodCell, regionCell, sourceCell, type RowCells } from './cells.ts';
import { checkUnusedSources } from './consistency.ts';
import { RegionResolver } from './regions.ts';
import { loadIndikator, loadSumber, loadWilayah } from './rows-reference.ts';
import { loadKepesertaan, loadKlaim, loadKonteks } from './rows-observations.ts';

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
  issues: Issue[];
  rowCounts: Record<string, number>;
}

export function loadDataset(dir: string, options: LoadOptions = {}): LoadResult {
  const today = options.today ?? hariIniWita();
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
  const issues: Issue[] = [];
  const rowCounts: Record<string, number> = {};
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
    // Rows are read as the loader iterates them (openCsv), never all held at once; neither is
    // each file's text once its rows are read (it cost 15 MB at national scale).
    const opened = openCsv(label(name), text, COLUMNS[key]);
    issues.push(...opened.issues);
    // The key now, so the counts keep the order the files are read in; the number once read.
    rowCounts[name] = 0;
    if (!opened.table) return null;
    const at = issues.length;
    /** After the loader: the rows' own problems go where readCsv put them, before the loader's. */
    const done = () => {
      opened.drain();
      const loaderIssues = issues.splice(at);
      for (const i of opened.rowIssues) issues.push(i);
      for (const i of loaderIssues) issues.push(i);
      for (const cellKey of opened.flagged) reported.add(`${label(name)}:${cellKey}`);
      rowCounts[name] = opened.count();
    };
    return { file: label(name), table: opened.table, issues, done };
  };

  const wil = open('wilayah');
  const wilayah = wil ? loadWilayah(wil, { provinceCode, regionCodes, validCodes }) : [];
  wil?.done();
  const resolver = wil ? new RegionResolver(wilayah) : null;

  const ind = open('indikator');
  const indikator = ind ? loadIndikator(ind) : [];
  ind?.done();
  const indicatorById = new Map(indikator.map((i) => [i.id, i]));

  const src = open('sumber');
  const { sumber, sourceLines } = src ? loadSumber(src, today) : { sumber: [], sourceLines: new Map<string, number>() };
  src?.done();
  const usedSources = new Set<string>();
  const cells: RowCells = {
    period: (allowFuture) => periodCell(today, allowFuture),
    region: () => regionCell(resolver),
    source: () => sourceCell(src ? sourceLines : null, usedSources),
  };

  const kep = open('kepesertaan');
  const observasi = kep ? loadKepesertaan(kep, cells, { read: !!ind, list: indikator, byId: indicatorById }) : [];
  kep?.done();
  const kl = open('klaim');
  const klaim = kl ? loadKlaim(kl, cells) : [];
  kl?.done();
  const kon = open('konteks');
  const konteks = kon ? loadKonteks(kon, cells, resolver) : [];
  kon?.done();

  if (src && kep && kl) checkUnusedSources(src.file, src.table, sumber, sourceLines, usedSources, issues);

  const kept = reported.size === 0 ? issues : dedupe(issues, reported);
  kept.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { dataset: { wilayah, indikator, sumber, observasi, klaim, konteks }, issues: kept, rowCounts };
}

/** Keeps the first message about each cell the CSV reader flagged, drops the rest. */
function dedupe(issues: Issue[], reported: Set<string>): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.file}:${i.line}:${i.column}`;
    if (!reported.has(key)) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

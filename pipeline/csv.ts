import Papa from 'papaparse';
import type { DataIssue } from './errors.ts';

export interface CsvRow {
  /** 1-based line where the row starts in the file. */
  line: number;
  /** Trimmed cells in file order; look them up by name with cell(). */
  values: string[];
}

export interface CsvTable {
  file: string;
  delimiter: ',' | ';';
  headers: string[];
  /** 1-based column index of each header as it appears in the file. */
  columnIndex: Record<string, number>;
  rows: CsvRow[];
}

/** Picks the delimiter from the header line, where neither comma nor semicolon is legitimate text. */
function detectDelimiter(headerLine: string): ',' | ';' {
  const commas = (headerLine.match(/,/g) ?? []).length;
  const semis = (headerLine.match(/;/g) ?? []).length;
  return semis > commas ? ';' : ',';
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Parses CSV text as spreadsheets export it (BOM, CRLF, comma or semicolon, quoted fields,
 * trailing blank rows) and checks the header against the expected columns. Problems are
 * returned, never thrown, so one run can list every error of every file.
 */
export function readCsv(
  file: string,
  rawText: string,
  expected: { required: string[]; optional?: string[] },
): { table: CsvTable | null; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const err = (line: number, column: number, message: string, extra: Partial<DataIssue> = {}) =>
    issues.push({ file, line, column, message, severity: 'error', ...extra });

  const text = rawText.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    err(0, 0, 'Berkas kosong. Simpan ulang dari lembar kerja dengan baris judul dan datanya.');
    return { table: null, issues };
  }
  if (text.includes('\uFFFD') || /\u0000/.test(text)) {
    err(0, 0, 'Berkas bukan teks UTF-8 yang sah. Simpan ulang sebagai "CSV UTF-8".');
    return { table: null, issues };
  }

  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = detectDelimiter(firstLine);
  const starts = lineStarts(text);

  const rows: { line: number; data: string[] }[] = [];
  const parseErrors: { line: number; message: string }[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: 'greedy',
    step: (result) => {
      // meta.cursor points just past the row; the next row starts there.
      const line = lineOf(starts, skipBlank(text, rowStart));
      for (const e of result.errors) parseErrors.push({ line, message: e.code });
      rows.push({ line, data: result.data });
      rowStart = result.meta.cursor;
    },
  });

  for (const e of parseErrors) {
    if (e.message === 'MissingQuotes' || e.message === 'InvalidQuotes') {
      err(e.line, 0, 'Tanda kutip tidak ditutup: berkas terpotong atau ada " yang tidak berpasangan. Periksa baris ini di lembar kerja lalu simpan ulang.');
    }
  }

  const beforeHeader = issues.length;
  const header = rows.shift();
  if (!header) {
    err(0, 0, 'Berkas tidak memiliki baris judul.');
    return { table: null, issues };
  }
  const headers = header.data.map((h) => h.trim());
  const columnIndex: Record<string, number> = {};
  headers.forEach((h, i) => {
    if (h === '') return;
    if (columnIndex[h] !== undefined) err(header.line, i + 1, `Judul kolom "${h}" muncul dua kali. Hapus salah satunya.`, { columnName: h });
    else columnIndex[h] = i + 1;
  });
  const known = new Set([...expected.required, ...(expected.optional ?? [])]);
  const unknown = headers.filter((h) => h !== '' && !known.has(h));
  for (const name of expected.required) {
    if (columnIndex[name] === undefined) {
      const hint = unknown.length ? ` Kolom yang tidak dikenal: ${unknown.map((u) => `"${u}"`).join(', ')}; mungkin salah satunya berganti nama?` : '';
      err(header.line, 0, `Kolom wajib "${name}" tidak ada.${hint} Judul kolom yang diharapkan: ${expected.required.join(', ')}.`, { columnName: name });
    }
  }
  for (const name of unknown) {
    err(header.line, columnIndex[name]!, `Kolom "${name}" tidak dikenal. Gunakan judul kolom sesuai data/README.md: ${[...known].join(', ')}.`, { columnName: name });
  }
  if (issues.length > beforeHeader) return { table: null, issues };

  if (rows.length === 0) {
    err(0, 0, 'Berkas hanya berisi baris judul, tanpa data. Berkas mungkin terpotong saat disimpan.');
  }

  const table: CsvTable = { file, delimiter, headers, columnIndex, rows: [] };
  for (const row of rows) {
    if (row.data.length < headers.length) {
      err(row.line, row.data.length + 1, `Baris ini hanya punya ${row.data.length} kolom, seharusnya ${headers.length}. Baris terpotong atau pemisah kolom hilang.`);
      continue;
    }
    const extra = row.data.slice(headers.length).filter((c) => c.trim() !== '');
    if (extra.length > 0) {
      err(row.line, headers.length + 1, `Baris ini punya ${row.data.length} kolom, lebih banyak dari judulnya (${headers.length}). Isian yang memuat "${delimiter}" harus diapit tanda kutip.`);
      continue;
    }
    // Arrays, not per-row objects: at 300,000 rows the objects were a large share of GC time.
    const values = row.data;
    for (let i = 0; i < values.length; i++) values[i] = values[i]!.trim();
    table.rows.push({ line: row.line, values });
  }
  return { table, issues };
}

/**
 * Rows the parser skips (blank, or only delimiters as spreadsheets export empty rows) would
 * otherwise shift the reported line numbers.
 */
function skipBlank(text: string, from: number): number {
  let i = from;
  for (;;) {
    const nl = text.indexOf('\n', i);
    const end = nl === -1 ? text.length : nl;
    if (!/^[\s,;"]*$/.test(text.slice(i, end)) || nl === -1) return i;
    i = nl + 1;
  }
}

/** The cell under a header, or "" when the column is absent. */
export function cell(table: CsvTable, row: CsvRow, name: string): string {
  const index = table.columnIndex[name];
  return index === undefined ? '' : (row.values[index - 1] ?? '');
}

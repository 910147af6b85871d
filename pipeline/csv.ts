import Papa from 'papaparse';
import type { Issue } from './errors.ts';
import {
  binaryKind,
  binaryMessage,
  checkCellText,
  columnKind,
  decodeUtf8,
  LENGTH_LIMITS,
  lengthMessage,
  SUSPECT,
} from './text-checks.ts';

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
  input: string | Uint8Array,
  expected: { required: string[]; optional?: string[] },
): { table: CsvTable | null; issues: Issue[]; text: string | null; flagged?: Set<string> } {
  const issues: Issue[] = [];
  const err = (line: number, column: number, message: string, extra: Partial<Issue> = {}) =>
    issues.push({ file, line, column, message, severity: 'error', ...extra });

  let rawText: string;
  if (typeof input === 'string') {
    const kind = binaryKind(input);
    if (kind) {
      err(0, 0, binaryMessage(kind));
      return { table: null, issues, text: null };
    }
    rawText = input;
  } else {
    const decoded = decodeUtf8(file, input);
    if (decoded.text === null) return { table: null, issues: decoded.issues, text: null };
    rawText = decoded.text;
  }
  // Line numbers as editors count them: CRLF, LF and a lone CR (classic Mac) each end a line.
  // Normalising first also lets files that mix CRLF and LF parse as one. A file without quotes
  // and without a lone CR is split in place instead: copying 15 MB to drop each CR was a
  // measurable share of the data step (npm run bench:data), and its lines are the same.
  let text = rawText.replace(/^\uFEFF/, '');
  const quoted = text.includes('"');
  if (text.includes('\r') && (quoted || hasLoneCr(text))) text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    err(0, 0, 'Berkas kosong. Simpan ulang dari lembar kerja dengan baris judul dan datanya.');
    return { table: null, issues, text: rawText };
  }
  if (text.includes('\u0000')) {
    const at = text.indexOf('\u0000');
    err(
      lineOf(lineStarts(text), at),
      0,
      'Berkas memuat byte NUL: ini bukan teks CSV (mungkin berkas biner atau UTF-16). Simpan ulang sebagai "CSV UTF-8".',
    );
    return { table: null, issues, text: rawText };
  }

  const firstLine = text.slice(0, text.search(/\n|$/));
  const delimiter = detectDelimiter(firstLine);

  const parseErrors: { line: number; message: string }[] = [];
  // papaparse drops one more leading BOM of its own; the plain split does the same.
  const rows = quoted
    ? parseQuoted(text, delimiter, parseErrors)
    : splitPlain(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, delimiter);

  for (const e of parseErrors) {
    if (e.message === 'MissingQuotes' || e.message === 'InvalidQuotes') {
      err(
        e.line,
        0,
        'Tanda kutip tidak ditutup: berkas terpotong atau ada " yang tidak berpasangan. Periksa baris ini di lembar kerja lalu simpan ulang.',
      );
    }
  }

  const beforeHeader = issues.length;
  const header = rows[0];
  if (!header) {
    err(0, 0, 'Berkas tidak memiliki baris judul.');
    return { table: null, issues, text: rawText };
  }
  const headers = header.values.map((h) => h.trim());
  headers.forEach((h, i) => {
    const f = SUSPECT.test(h) ? checkCellText(h, true) : null;
    if (f) err(header.line, i + 1, `Judul kolom: ${f.message}`);
  });
  const columnIndex: Record<string, number> = {};
  headers.forEach((h, i) => {
    if (h === '') return;
    if (columnIndex[h] !== undefined)
      err(header.line, i + 1, `Judul kolom "${h}" muncul dua kali. Hapus salah satunya.`, { columnName: h });
    else columnIndex[h] = i + 1;
  });
  const known = new Set([...expected.required, ...(expected.optional ?? [])]);
  const unknown = headers.filter((h) => h !== '' && !known.has(h));
  for (const name of expected.required) {
    if (columnIndex[name] === undefined) {
      const hint = unknown.length
        ? ` Kolom yang tidak dikenal: ${unknown.map((u) => `"${u}"`).join(', ')}; mungkin salah satunya berganti nama?`
        : '';
      err(
        header.line,
        0,
        `Kolom wajib "${name}" tidak ada.${hint} Judul kolom yang diharapkan: ${expected.required.join(', ')}.`,
        { columnName: name },
      );
    }
  }
  for (const name of unknown) {
    err(
      header.line,
      columnIndex[name]!,
      `Kolom "${name}" tidak dikenal. Gunakan judul kolom sesuai data/README.md: ${[...known].join(', ')}.`,
      { columnName: name },
    );
  }
  if (issues.length > beforeHeader) return { table: null, issues, text: rawText };

  if (rows.length === 1) {
    err(0, 0, 'Berkas hanya berisi baris judul, tanpa data. Berkas mungkin terpotong saat disimpan.');
  }

  const table: CsvTable = { file, delimiter, headers, columnIndex, rows: [] };
  const kinds = headers.map((h) => columnKind(h));
  const limits = kinds.map((k) => LENGTH_LIMITS[k]);
  // One pass over the whole text decides whether any cell needs the per-character checks; text
  // of printable ASCII and line breaks only (most files) cannot match, and is cheaper to test.
  const suspect = NOT_PLAIN.test(text) && SUSPECT.test(text);
  /** "line:column" of cells already reported here (characters, length). */
  const flagged = new Set<string>();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.values.length < headers.length) {
      err(
        row.line,
        row.values.length + 1,
        `Baris ini hanya punya ${row.values.length} kolom, seharusnya ${headers.length}. Baris terpotong atau pemisah kolom hilang.`,
      );
      continue;
    }
    if (row.values.length > headers.length && hasExtraCells(row.values, headers.length)) {
      err(
        row.line,
        headers.length + 1,
        `Baris ini punya ${row.values.length} kolom, lebih banyak dari judulnya (${headers.length}). Isian yang memuat "${delimiter}" harus diapit tanda kutip.`,
      );
      continue;
    }
    // Arrays, not per-row objects: at 300,000 rows the objects were a large share of GC time.
    const values = row.values;
    // Characters first, on the raw cells: trim() would silently drop a BOM, NBSP or U+2028 at
    // the edges, and the offsets must match what the editor sees.
    if (suspect) checkCharacters(row.line, values);
    for (let i = 0; i < values.length; i++) {
      const v = (values[i] = values[i]!.trim());
      const limit = limits[i];
      if (limit !== undefined && v.length > limit) {
        err(row.line, i + 1, lengthMessage(v.length, kinds[i]!), { columnName: headers[i] });
        flagged.add(`${row.line}:${i + 1}`);
      }
    }
    // A flagged row stays in the table, so rows elsewhere that refer to it do not fail too;
    // loadDataset drops further messages about the same cell.
    table.rows.push(row);
  }
  return { table, issues, text: rawText, flagged };

  /** Each cell's characters; line numbers advance through line breaks inside quoted cells. */
  function checkCharacters(line: number, values: string[]): void {
    let at = line;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v !== '' && SUSPECT.test(v)) {
        const f = checkCellText(v, kinds[i] === 'kode');
        if (f) {
          const breaks = v.slice(0, f.offset).split('\n').length - 1;
          err(at + breaks, i + 1, f.message, { columnName: headers[i] });
          flagged.add(`${line}:${i + 1}`);
        }
      }
      for (let k = v.indexOf('\n'); k !== -1; k = v.indexOf('\n', k + 1)) at++;
    }
  }
}

/** Any character besides printable ASCII and line breaks: only then can SUSPECT match. */
const NOT_PLAIN = /[^\n\r\x20-\x7E]/;

/** A CR not followed by LF: a classic-Mac line break, which only the normalised text counts right. */
function hasLoneCr(text: string): boolean {
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1))
    if (text.charCodeAt(i + 1) !== 10) return true;
  return false;
}

/** Whether the cells past the header's width hold anything but spaces. */
function hasExtraCells(values: string[], width: number): boolean {
  for (let i = width; i < values.length; i++) if (values[i]!.trim() !== '') return true;
  return false;
}

/** Quoted fields can span lines: papaparse reads them, and its cursor gives each row's first line. */
function parseQuoted(text: string, delimiter: string, parseErrors: { line: number; message: string }[]): CsvRow[] {
  const starts = lineStarts(text);
  const rows: CsvRow[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    skipEmptyLines: 'greedy',
    step: (result) => {
      // meta.cursor points just past the row; the next row starts there.
      const line = lineOf(starts, skipBlank(text, rowStart));
      for (const e of result.errors) parseErrors.push({ line, message: e.code });
      rows.push({ line, values: result.data });
      rowStart = result.meta.cursor;
    },
  });
  return rows;
}

/**
 * Without a quote in the file every line is one row, and papaparse would only split each line
 * at the delimiter (its "fast mode"); doing that here, line by line, gives the same rows and
 * line numbers without a callback and result objects per row, and without a copy of the text
 * per CRLF: a CR before LF (the only kind of CR left here) is dropped from its line.
 */
function splitPlain(text: string, delimiter: string): CsvRow[] {
  const rows: CsvRow[] = [];
  const delimCode = delimiter.charCodeAt(0);
  let starts: number[] | null = null;
  let lineNo = 0;
  for (let start = 0; ;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lineNo++;
    const line = text.slice(start, stop);
    const c = line.charCodeAt(0);
    // A line starting with a printable character other than the delimiter is a row; any
    // other line is judged as papaparse's skipEmptyLines: 'greedy' does.
    const plain = c > 0x20 && c < 0x7f && c !== delimCode;
    const values = line.split(delimiter);
    if (plain || values.join('').trim() !== '') {
      // As in parseQuoted: a row that only looks blank (other delimiter, spaces) is numbered
      // like skipBlank numbers it there.
      const line1 =
        (plain && c !== 0x2c && c !== 0x3b) || !BLANKISH.test(line)
          ? lineNo
          : lineOf((starts ??= lineStarts(text)), skipBlank(text, start));
      rows.push({ line: line1, values });
    }
    if (nl === -1) break;
    start = nl + 1;
  }
  return rows;
}

/** A line skipBlank passes over. */
const BLANKISH = /^[\s,;"]*$/;

/**
 * Rows the parser skips (blank, or only delimiters as spreadsheets export empty rows) would
 * otherwise shift the reported line numbers.
 */
function skipBlank(text: string, from: number): number {
  let i = from;
  for (;;) {
    const nl = text.indexOf('\n', i);
    const end = nl === -1 ? text.length : nl;
    if (!BLANKISH.test(text.slice(i, end)) || nl === -1) return i;
    i = nl + 1;
  }
}

/** The cell under a header, or "" when the column is absent. */
export function cell(table: CsvTable, row: CsvRow, name: string): string {
  const index = table.columnIndex[name];
  return index === undefined ? '' : (row.values[index - 1] ?? '');
}

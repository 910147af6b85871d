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

/** What a table is besides its rows. */
export interface CsvHeader {
  file: string;
  delimiter: ',' | ';';
  headers: string[];
  /** 1-based column index of each header as it appears in the file. */
  columnIndex: Record<string, number>;
}

export interface CsvTable extends CsvHeader {
  rows: CsvRow[];
}

/** A table whose rows are split and checked as they are read (see openCsv). */
export interface CsvRows extends CsvHeader {
  rows: Iterable<CsvRow>;
}

/** The data rows of a file before they are checked: the header is row 0. */
interface RowSource {
  count: number;
  line(i: number): number;
  values(i: number): string[];
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
  const opened = openCsv(file, input, expected);
  if (!opened.table) return { table: null, issues: opened.issues, text: opened.text };
  const rows = [...opened.table.rows];
  return {
    table: { ...opened.table, rows },
    issues: [...opened.issues, ...opened.rowIssues],
    text: opened.text,
    flagged: opened.flagged,
  };
}

export interface OpenedCsv {
  /** Null when the file or its header cannot be read; `issues` says why. */
  table: CsvRows | null;
  /** Problems of the file and its header. */
  issues: Issue[];
  /** Problems of the rows, added as the rows are read (drain() reads the rest). */
  rowIssues: Issue[];
  /** "line:column" of cells already reported in rowIssues (characters, length). */
  flagged: Set<string>;
  /** Rows read so far that passed the checks (every row, after drain()). */
  count: () => number;
  /** Reads the rows nobody has read yet, so rowIssues and count() are complete. */
  drain: () => void;
  text: string | null;
}

/**
 * readCsv without holding the rows: the table's rows are split and checked one by one while
 * they are iterated (once; a loop that stops early is continued by the next loop or drain()).
 * At national scale (300,000 rows) a table of every row's cells was the largest thing in
 * memory while observations were built from it, and most of the garbage collector's work.
 */
export function openCsv(
  file: string,
  input: string | Uint8Array,
  expected: { required: string[]; optional?: string[] },
): OpenedCsv {
  const issues: Issue[] = [];
  const rowIssues: Issue[] = [];
  const flagged = new Set<string>();
  const failed = (text: string | null): OpenedCsv => ({
    table: null,
    issues,
    rowIssues,
    flagged,
    count: () => 0,
    drain: () => {},
    text,
  });
  const err = (line: number, column: number, message: string, extra: Partial<Issue> = {}) =>
    issues.push({ file, line, column, message, severity: 'error', ...extra });
  const rowErr = (line: number, column: number, message: string, extra: Partial<Issue> = {}) =>
    rowIssues.push({ file, line, column, message, severity: 'error', ...extra });

  let rawText: string;
  if (typeof input === 'string') {
    const kind = binaryKind(input);
    if (kind) {
      err(0, 0, binaryMessage(kind));
      return failed(null);
    }
    rawText = input;
  } else {
    const decoded = decodeUtf8(file, input);
    if (decoded.text === null) {
      issues.push(...decoded.issues);
      return failed(null);
    }
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
    return failed(rawText);
  }
  if (text.includes('\u0000')) {
    const at = text.indexOf('\u0000');
    err(
      lineOf(lineStarts(text), at),
      0,
      'Berkas memuat byte NUL: ini bukan teks CSV (mungkin berkas biner atau UTF-16). Simpan ulang sebagai "CSV UTF-8".',
    );
    return failed(rawText);
  }

  const firstLine = text.slice(0, text.search(/\n|$/));
  const delimiter = detectDelimiter(firstLine);

  const parseErrors: { line: number; message: string }[] = [];
  // papaparse drops one more leading BOM of its own; the plain split does the same.
  const rows: RowSource = quoted
    ? quotedSource(parseQuoted(text, delimiter, parseErrors))
    : scanPlain(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, delimiter);

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
  if (rows.count === 0) {
    err(0, 0, 'Berkas tidak memiliki baris judul.');
    return failed(rawText);
  }
  const header = { line: rows.line(0), values: rows.values(0) };
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
  if (issues.length > beforeHeader) return failed(rawText);

  if (rows.count === 1) {
    err(0, 0, 'Berkas hanya berisi baris judul, tanpa data. Berkas mungkin terpotong saat disimpan.');
  }

  const kinds = headers.map((h) => columnKind(h));
  const limits = kinds.map((k) => LENGTH_LIMITS[k]);
  // One pass over the whole text decides whether any cell needs the per-character checks; text
  // of printable ASCII and line breaks only (most files) cannot match, and is cheaper to test.
  const suspect = NOT_PLAIN.test(text) && SUSPECT.test(text);
  let next = 1;
  let passed = 0;
  /** The next row that passes the checks; rows that fail are reported and skipped. */
  const nextRow = (): CsvRow | undefined => {
    while (next < rows.count) {
      const r = next++;
      const line = rows.line(r);
      // Arrays, not per-row objects: at 300,000 rows the objects were a large share of GC time.
      const values = rows.values(r);
      if (values.length < headers.length) {
        rowErr(
          line,
          values.length + 1,
          `Baris ini hanya punya ${values.length} kolom, seharusnya ${headers.length}. Baris terpotong atau pemisah kolom hilang.`,
        );
        continue;
      }
      if (values.length > headers.length && hasExtraCells(values, headers.length)) {
        rowErr(
          line,
          headers.length + 1,
          `Baris ini punya ${values.length} kolom, lebih banyak dari judulnya (${headers.length}). Isian yang memuat "${delimiter}" harus diapit tanda kutip.`,
        );
        continue;
      }
      // Characters first, on the raw cells: trim() would silently drop a BOM, NBSP or U+2028 at
      // the edges, and the offsets must match what the editor sees.
      if (suspect) checkCharacters(line, values);
      for (let i = 0; i < values.length; i++) {
        const v = (values[i] = values[i]!.trim());
        const limit = limits[i];
        if (limit !== undefined && v.length > limit) {
          rowErr(line, i + 1, lengthMessage(v.length, kinds[i]!), { columnName: headers[i] });
          flagged.add(`${line}:${i + 1}`);
        }
      }
      // A flagged row stays in the table, so rows elsewhere that refer to it do not fail too;
      // loadDataset drops further messages about the same cell.
      passed++;
      return { line, values };
    }
    return undefined;
  };
  const iterator: Iterator<CsvRow> = {
    next: () => {
      const row = nextRow();
      return row ? { value: row, done: false } : { value: undefined, done: true };
    },
  };
  return {
    table: { file, delimiter, headers, columnIndex, rows: { [Symbol.iterator]: () => iterator } },
    issues,
    rowIssues,
    flagged,
    count: () => passed,
    drain: () => {
      while (nextRow());
    },
    text: rawText,
  };

  /** Each cell's characters; line numbers advance through line breaks inside quoted cells. */
  function checkCharacters(line: number, values: string[]): void {
    let at = line;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v !== '' && SUSPECT.test(v)) {
        const f = checkCellText(v, kinds[i] === 'kode');
        if (f) {
          const breaks = v.slice(0, f.offset).split('\n').length - 1;
          rowErr(at + breaks, i + 1, f.message, { columnName: headers[i] });
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

function quotedSource(rows: CsvRow[]): RowSource {
  return { count: rows.length, line: (i) => rows[i]!.line, values: (i) => rows[i]!.values };
}

/**
 * Without a quote in the file every line is one row, and papaparse would only split each line
 * at the delimiter (its "fast mode"), skipping rows as skipEmptyLines: 'greedy' does. This
 * finds the same rows and line numbers with one scan that keeps only where each row is; a
 * row's cells are split when it is read. A CR before LF (the only kind of CR left here, see
 * openCsv) is not part of the line.
 */
function scanPlain(text: string, delimiter: string): RowSource {
  let starts = new Int32Array(1024);
  let stops = new Int32Array(1024);
  let lines = new Int32Array(1024);
  let count = 0;
  const delimCode = delimiter.charCodeAt(0);
  let offsets: number[] | null = null;
  let lineNo = 0;
  for (let start = 0; ;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lineNo++;
    const c = text.charCodeAt(start);
    // A line starting with a printable character other than the delimiter is a row; any
    // other line is judged as papaparse judges it.
    const plain = stop > start && c > 0x20 && c < 0x7f && c !== delimCode;
    let line = 0;
    if (plain && c !== 0x2c && c !== 0x3b) line = lineNo;
    else {
      const text1 = text.slice(start, stop);
      if (plain || text1.split(delimiter).join('').trim() !== '') {
        // As in parseQuoted: a row that only looks blank (the other delimiter, spaces) is
        // numbered like skipBlank numbers it there.
        line = !BLANKISH.test(text1) ? lineNo : lineOf((offsets ??= lineStarts(text)), skipBlank(text, start));
      }
    }
    if (line > 0) {
      if (count === starts.length) {
        starts = grow(starts);
        stops = grow(stops);
        lines = grow(lines);
      }
      starts[count] = start;
      stops[count] = stop;
      lines[count] = line;
      count++;
    }
    if (nl === -1) break;
    start = nl + 1;
  }
  return {
    count,
    line: (i) => lines[i]!,
    values: (i) => text.slice(starts[i]!, stops[i]!).split(delimiter),
  };
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
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
export function cell(table: CsvHeader, row: CsvRow, name: string): string {
  const index = table.columnIndex[name];
  return index === undefined ? '' : (row.values[index - 1] ?? '');
}

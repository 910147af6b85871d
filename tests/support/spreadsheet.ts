// Spreadsheets in tests: CSV re-saved the way an Indonesian-locale spreadsheet exports it
// (simulated, and a real LibreOffice round trip), and CSV opened in a real LibreOffice Calc the
// way a reader's would (`,` or `;` separator, formulas evaluated), every cell read back with
// its type, its text, and whether Calc took it for a formula.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { scratchDir } from './build.ts';

export interface ExcelOptions {
  /** Counts and rupiah with "." thousands grouping (558.115), as a "Number" cell format shows them. */
  grouped?: boolean;
  /** Rows in reverse order, as after sorting a sheet. */
  reverse?: boolean;
}

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Number cells in Indonesian form: decimal comma; optionally grouped integers. */
function localiseNumber(cell: string, grouped: boolean): string {
  if (/^\d+\.\d+$/.test(cell) && !/^\d{1,3}(\.\d{3})+$/.test(cell)) return cell.replace('.', ',');
  const plain = cell.replace(/\./g, '');
  if (/^\d{1,3}(\.\d{3})+$/.test(cell) || /^\d+$/.test(cell)) return grouped && plain.length > 3 ? group(plain) : plain;
  return cell;
}

/** Columns whose cells are numbers a spreadsheet would reformat. */
const NUMERIC = new Set(['nilai', 'kasus', 'nominal_rp']);

/** One CSV as `;`-separated, every field quoted, decimal comma, BOM and CRLF. */
export function toExcelId(text: string, options: ExcelOptions = {}): string {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  const numeric = header!.map((h) => NUMERIC.has(h.trim()));
  const body = rows.map((r) => r.map((c, i) => (numeric[i] ? localiseNumber(c.trim(), options.grouped ?? false) : c)));
  if (options.reverse) body.reverse();
  return '\uFEFF' + Papa.unparse([header!, ...body], { delimiter: ';', quotes: true, newline: '\r\n' }) + '\r\n';
}

export function excelIdFiles(files: Record<string, string>, options: ExcelOptions = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [name, toExcelId(text, options)]));
}

/**
 * One headless LibreOffice run over every file: each is imported with `infilter` and
 * converted with `convertTo` (whose output has the extension `ext`); returns the converted
 * texts by the original names. Throws when LibreOffice is not installed.
 */
function convertInCalc(
  files: Record<string, string>,
  infilter: string,
  convertTo: string,
  ext: string,
): Record<string, string> {
  const dir = scratchDir('calc');
  try {
    const input = join(dir, 'in');
    const output = join(dir, 'out');
    mkdirSync(input);
    const paths = Object.entries(files).map(([name, text], i) => {
      const path = join(input, `${i}-${basename(name)}`);
      writeFileSync(path, text);
      return [name, path] as const;
    });
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        `--infilter=${infilter}`,
        '--convert-to',
        convertTo,
        '--outdir',
        output,
        ...paths.map(([, p]) => p),
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
    return Object.fromEntries(
      paths.map(([name, p]) => [name, readFileSync(join(output, basename(p).replace(/\.[^.]*$/, `.${ext}`)), 'utf8')]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A real LibreOffice round trip: opens each CSV as a spreadsheet (Indonesian locale) and saves
 * it as `;`-separated UTF-8 CSV.
 */
export function libreOfficeRoundTrip(files: Record<string, string>): Record<string, string> {
  // Import: comma, double quote, UTF-8 (76), from line 1, Indonesian locale (1057); export with `;` (59).
  return convertInCalc(files, 'CSV:44,34,76,1,,1057', 'csv:Text - txt - csv (StarCalc):59,34,76,1,,1057', 'csv');
}

export interface SheetCell {
  /** office:value-type: "string", "float", "percentage", "date", … ("" for an empty cell). */
  type: string;
  text: string;
  /** The formula Calc stored for this cell, when it read the cell as one. */
  formula?: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(Number(e[1] === 'x' || e[1] === 'X' ? `0${e.slice(1)}` : e.slice(1)))
      : (ENTITIES[e] ?? m),
  );

function cellText(xml: string): string {
  const paragraphs = [...xml.matchAll(/<text:p[^>]*?(?:\/>|>([\s\S]*?)<\/text:p>)/g)].map((m) =>
    decode(
      (m[1] ?? '')
        .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n: string | undefined) => ' '.repeat(Number(n ?? 1)))
        .replace(/<text:tab\/>/g, '\t')
        .replace(/<text:line-break\/>/g, '\n')
        .replace(/<[^>]+>/g, ''),
    ),
  );
  return paragraphs.join('\n');
}

/** Rows of cells from a flat ODS document, trailing empty cells dropped. */
export function readFods(xml: string): SheetCell[][] {
  const rows: SheetCell[][] = [];
  for (const row of xml.matchAll(/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
    const cells: SheetCell[] = [];
    for (const c of row[1]!.matchAll(
      /<table:(?:covered-)?table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g,
    )) {
      const attrs = c[1]!;
      const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1);
      const formula = /table:formula="([^"]*)"/.exec(attrs)?.[1];
      const cell: SheetCell = {
        type: /office:value-type="([^"]*)"/.exec(attrs)?.[1] ?? '',
        text: cellText(c[2] ?? ''),
      };
      if (formula !== undefined) cell.formula = decode(formula);
      for (let i = 0; i < Math.min(repeat, 1024); i++) cells.push(cell);
    }
    while (cells.length && cells[cells.length - 1]!.type === '' && cells[cells.length - 1]!.text === '') cells.pop();
    rows.push(cells);
  }
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

/**
 * Opens every file as a reader's Calc would. Import options: the separator, `"` as text
 * delimiter, UTF-8, from line 1, the locale that goes with the separator (`,` in English
 * locales, whose decimal is a dot; `;` in the Indonesian one), quoted fields not forced to text and
 * special numbers detected (the dialog's defaults), so formulas are evaluated.
 */
export function openInSpreadsheet(files: Record<string, string>, separator: ',' | ';'): Record<string, SheetCell[][]> {
  const infilter = `CSV:${separator.charCodeAt(0)},34,76,1,,${separator === ',' ? 1033 : 1057},false,true,false,false,false,-1,true`;
  const converted = convertInCalc(files, infilter, 'fods', 'fods');
  return Object.fromEntries(Object.entries(converted).map(([name, xml]) => [name, readFods(xml)]));
}

/** Every cell Calc read as a formula, located as "file R{row}C{col}: formula". */
export function formulaCells(sheets: Record<string, SheetCell[][]>): string[] {
  const found: string[] = [];
  for (const [name, rows] of Object.entries(sheets)) {
    rows.forEach((row, r) =>
      row.forEach((cell, c) => cell.formula !== undefined && found.push(`${name} R${r + 1}C${c + 1}: ${cell.formula}`)),
    );
  }
  return found;
}

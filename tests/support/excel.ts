// Re-saves data CSVs the way an Indonesian-locale spreadsheet exports them, so tests can check
// that the data version and releases follow the data, not the bytes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
 * A real LibreOffice round trip: opens each CSV as a spreadsheet (Indonesian locale) and saves
 * it as `;`-separated UTF-8 CSV. Throws when LibreOffice is not installed.
 */
export function libreOfficeRoundTrip(files: Record<string, string>): Record<string, string> {
  const dir = scratchDir('libreoffice');
  try {
    return roundTrip(dir, files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function roundTrip(dir: string, files: Record<string, string>): Record<string, string> {
  const input = join(dir, 'in');
  const output = join(dir, 'out');
  mkdirSync(input);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(input, name), text);
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      // Import: comma, double quote, UTF-8 (76), from line 1, Indonesian locale (1057).
      '--infilter=CSV:44,34,76,1,,1057',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):59,34,76,1,,1057',
      '--outdir',
      output,
      ...Object.keys(files).map((n) => join(input, n)),
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return Object.fromEntries(Object.keys(files).map((n) => [n, readFileSync(join(output, n), 'utf8')]));
}

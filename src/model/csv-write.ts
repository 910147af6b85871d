// The one CSV writer for everything the site publishes (/unduh/, the per-map CSVs). Downloads
// are opened in spreadsheets, often in the Indonesian locale where `;` separates cells, so a
// cell is safe only if it is inert under both separators:
// - quoted when it holds `,`, `;`, a quote, a tab, a line break or edge spaces, so neither
//   reading splits it;
// - a text cell whose content could start a formula is neutralised with a leading `'` (the
//   convention spreadsheets themselves use for "this is text"): at the start of the cell, at
//   the start of every line inside it, and after every `;` (where a `;` reader starts a new
//   cell even inside our quotes). papaparse's escapeFormulae checks only the first line.
// Numbers are written as numbers: a negative value is data, not a formula.

export type CsvCell = string | number | boolean | null | undefined;

/** Characters that start a formula in Excel, LibreOffice or Google Sheets, incl. full-width forms. */
const FORMULA_START = '=+-@\uFF1D\uFF0B\uFF0D\uFF20';
// A segment start (cell start, after a line break or `;`) followed by optional spaces and a
// formula character, or directly by a tab or CR (which some spreadsheets strip before parsing).
const TRIGGER = new RegExp(
  `(?<=^|[\\r\\n;])(?=[ \\u00A0\\u3000]*[${FORMULA_START.replace('-', '\\-')}]|[\\t\\r])`,
  'g',
);
/** Fast pre-check: only cells with one of these can need any treatment. */
const MAYBE = new RegExp(`[\\r\\n\\t;,"${FORMULA_START.replace('-', '\\-')}]|^\\s|\\s$`);
const NEEDS_QUOTES = /[\r\n\t;,"]|^\s|\s$/;
/** Text that is a plain number (e.g. "-5", "+1.5e3") reads as a number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** One text cell made inert and quoted as needed. */
export function csvText(value: string): string {
  if (!MAYBE.test(value)) return value;
  const text = PLAIN_NUMBER.test(value) ? value : value.replace(TRIGGER, "'");
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Angka tidak terhingga (${value}) tidak bisa ditulis ke CSV.`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return csvText(value);
}

/** A whole CSV: header line, one line per row, `\n` line ends and a final newline. */
export function writeCsv(fields: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = new Array<string>(rows.length + 1);
  lines[0] = fields.map(csvText).join(',');
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length !== fields.length)
      throw new Error(`Baris CSV ${r + 1} punya ${row.length} sel, judulnya ${fields.length}.`);
    let line = csvCell(row[0]);
    for (let c = 1; c < row.length; c++) line += ',' + csvCell(row[c]);
    lines[r + 1] = line;
  }
  return lines.join('\n') + '\n';
}

/** Rows as objects with the same keys, in the key order of the first row. */
export function writeCsvObjects(rows: readonly Record<string, CsvCell>[]): string {
  if (rows.length === 0) return '';
  const fields = Object.keys(rows[0]!);
  return writeCsv(
    fields,
    rows.map((r) => fields.map((f) => r[f])),
  );
}

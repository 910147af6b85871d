// Opens CSV files in a real spreadsheet (LibreOffice Calc, headless) the way a reader's would,
// with `,` or with `;` as the separator (the Indonesian locale's default), formulas evaluated,
// and reads back every cell: its type, its text, and whether Calc took it for a formula.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { scratchDir } from './build.ts';

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
 * Opens every file in one LibreOffice run. Import options: the separator, `"` as text
 * delimiter, UTF-8, from line 1, the locale that goes with the separator (`,` in English
 * locales, whose decimal is a dot; `;` in the Indonesian one), quoted fields not forced to text and
 * special numbers detected (the dialog's defaults), so formulas are evaluated as a reader's
 * Calc would. Throws when LibreOffice is not installed.
 */
export function openInSpreadsheet(files: Record<string, string>, separator: ',' | ';'): Record<string, SheetCell[][]> {
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
        `--infilter=CSV:${separator.charCodeAt(0)},34,76,1,,${separator === ',' ? 1033 : 1057},false,true,false,false,false,-1,true`,
        '--convert-to',
        'fods',
        '--outdir',
        output,
        ...paths.map(([, p]) => p),
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
    return Object.fromEntries(
      paths.map(([name, p]) => [
        name,
        readFods(readFileSync(join(output, basename(p).replace(/\.[^.]*$/, '.fods')), 'utf8')),
      ]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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

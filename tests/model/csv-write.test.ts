// The one CSV writer, checked the way readers use downloads: opened in a real spreadsheet with
// `,` and with `;` as separator. No cell may become a formula, text must read back as written
// (plus the visible `'` marker where it was neutralised), and numbers must stay numbers.
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { csvText, writeCsv, type CsvCell } from '#model/csv-write.ts';
import { formulaCells, openInSpreadsheet, type SheetCell } from '#support/spreadsheet.ts';

const STARTS = ['=', '+', '-', '@', '\t', '\r', ' =', '\u00A0=', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];
const BODIES = ['1+1', 'SUM(1;2)', 'HYPERLINK("https://evil.example";"klik")', "cmd|' /C calc'!A0", 'A1*2'];
/** Every way a formula can hide in a text cell: at its start, on any line, after a `;`. */
const PAYLOADS: string[] = [
  ...STARTS.flatMap((s) => BODIES.map((b) => `${s}${b}`)),
  ...STARTS.flatMap((s) => [
    `Lihat;${s}1+1`,
    `Lihat; ${s}1+1`,
    `baris satu\n${s}1+1`,
    `baris satu\r\n${s}1+1`,
    `baris satu\r${s}1+1`,
    `${s}1+1\nbaris dua`,
    `a\n\n;${s}1+1`,
  ]),
  'a";=1+1;"b',
  '";=1+1',
  '"=1+1"',
  "'=1+1",
  '=',
  '==1',
  ';;=1',
  '-',
  '- 5 orang',
  'Rp -5',
  'x,=1+1',
  'x, =1+1',
  '\t',
  '\r',
  ';',
  '"',
  '""',
  ',',
  ' teks ',
  'teks\t',
  'naik 5%; turun 2%',
];
const PLAIN_NUMBERS = ['-5', '+5', '-0.5', '12.75', '1e3', '-1.5E-3'];

describe('csvText', () => {
  test('teks biasa ditulis apa adanya', () => {
    for (const t of [
      'Kota Kupang',
      'ucj_persen',
      '2025-05',
      'https://example.org/a?b=1&c=2',
      "Pos Kupang's",
      'a-b',
      'x=1',
      'email@contoh.id',
    ])
      expect(csvText(t)).toBe(t);
  });
  test('angka dalam sel teks tetap angka', () => {
    for (const n of PLAIN_NUMBERS) expect(csvText(n)).toBe(n);
  });
  test('awal sel, awal setiap baris, dan setelah ; dinetralkan; sel dikutip bila perlu', () => {
    expect(csvText('=1+1')).toBe("'=1+1");
    expect(csvText('Lihat;=1+1')).toBe(`"Lihat;'=1+1"`);
    expect(csvText('baris\n=1+1')).toBe(`"baris\n'=1+1"`);
    expect(csvText('=1\n+2\r\n-3\r@4')).toBe(`"'=1\n'+2\r\n'-3\r'@4"`);
    expect(csvText('a"b')).toBe('"a""b"');
    expect(csvText('\t=1')).toBe(`"'\t=1"`);
  });
});

describe('writeCsv', () => {
  test("papaparse membaca kembali setiap sel persis (selain tanda ')", () => {
    const text = writeCsv(
      ['teks', 'angka'],
      PAYLOADS.map((p, i) => [p, -i]),
    );
    const back = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(back[0]).toEqual(['teks', 'angka']);
    PAYLOADS.forEach((p, i) =>
      expect(back[i + 1], JSON.stringify(p)).toEqual([
        csvText(p).replace(/^"|"$/g, '').replace(/""/g, '"'),
        String(-i),
      ]),
    );
  });
  test('jumlah sel per baris harus sama dengan judul', () => {
    expect(() => writeCsv(['a', 'b'], [['x']])).toThrow(/Baris CSV 1 punya 1 sel, judulnya 2/);
  });
  test('angka tak terhingga ditolak, bukan ditulis "Infinity"', () => {
    expect(() => writeCsv(['a'], [[Infinity]])).toThrow(/tidak terhingga/);
  });
});

describe('unduhan dibuka di LibreOffice Calc', () => {
  // Each payload in the first, a middle and the last column, next to real numbers.
  const rows: CsvCell[][] = PAYLOADS.map((p, i) => [p, -i - 0.5, `catatan ${p}`, p]);
  rows.push(...PLAIN_NUMBERS.map((n, i): CsvCell[] => [n, i, n, -i]));
  const files = { 'muatan.csv': writeCsv(['teks', 'nilai', 'catatan', 'akhir'], rows) };
  let comma: Record<string, SheetCell[][]>;
  let semicolon: Record<string, SheetCell[][]>;
  beforeAll(() => {
    comma = openInSpreadsheet(files, ',');
    semicolon = openInSpreadsheet(files, ';');
  }, 240_000);

  test('pemisah koma: tidak ada sel yang menjadi rumus', () => {
    expect(formulaCells(comma)).toEqual([]);
  });

  test('pemisah titik koma (lokal Indonesia): tidak ada sel yang menjadi rumus', () => {
    expect(formulaCells(semicolon)).toEqual([]);
  });

  test('pemisah koma: teks terbaca utuh, angka tetap angka', () => {
    const sheet = comma['muatan.csv']!;
    expect(sheet.length).toBe(rows.length + 1);
    PAYLOADS.forEach((p, i) => {
      const row = sheet[i + 1]!;
      const shown = (s: string) => Papa.parse<string[]>(csvText(s), { delimiter: ',' }).data[0]![0]!;
      // Calc turns CR/CRLF inside a cell into LF and drops tabs on import; the rest must be intact.
      const norm = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\t/g, '');
      expect([p, row[0]?.type, norm(row[0]?.text ?? '')]).toEqual([p, 'string', norm(shown(p))]);
      expect([p, row[1]?.type, row[1]?.text]).toEqual([p, 'float', String(-i - 0.5)]);
    });
    PLAIN_NUMBERS.forEach((_, i) => expect(sheet[PAYLOADS.length + 1 + i]![3]!.type).toBe('float'));
  });

  test('tanpa penulis ini, Calc memang mengeksekusi muatan yang sama (uji ini bisa gagal)', () => {
    const naive = PAYLOADS.map((p) => `${p.replace(/[\r\n]/g, ' ')},1`).join('\n');
    const sheets = openInSpreadsheet({ 'naif.csv': `teks,n\n${naive}\n` }, ';');
    expect(formulaCells(sheets).length).toBeGreaterThan(10);
  }, 120_000);
});

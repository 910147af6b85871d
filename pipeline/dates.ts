// Dates as spreadsheets write them. A cell formatted as a date is exported in the sheet's
// locale (16/05/2025, 5/16/2025, 16-05-25) or, when its format is lost, as the day number
// Excel counts from 1899-12-30 (45793). Both are explained as what they are, with the
// YYYY-MM-DD (or YYYY-MM for periods) the editor should write instead.
import { BULAN } from '#model/format.ts';

const pad = (n: number) => String(n).padStart(2, '0');

interface Ymd {
  y: number;
  m: number;
  d: number;
}
const valid = ({ y, m, d }: Ymd) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = ({ y, m, d }: Ymd, month: boolean) => (month ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`);
const words = ({ y, m, d }: Ymd) => `${d} ${BULAN[m - 1]} ${y}`;

/** Excel's serial day number for dates between 1990 and 2100 (32874-73415). */
function fromSerial(text: string): Ymd | null {
  const m = /^(\d{5})(?:[.,]\d+)?$/.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  if (n < 32874 || n > 73415) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + n * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/**
 * Explains a value that looks like a spreadsheet date, or returns null. `month` asks for the
 * YYYY-MM form (periods).
 */
export function spreadsheetDateHint(raw: string, month = false): string | null {
  const text = raw.trim();
  const want = month ? 'YYYY-MM' : 'YYYY-MM-DD';
  const serial = fromSerial(text);
  if (serial) {
    return `"${text}" tampaknya tanggal format Excel (nomor seri hari untuk ${words(serial)}); tulis ${want}, misalnya ${iso(serial, month)}. Ubah format sel menjadi Teks sebelum mengetik.`;
  }
  // d/m/y or m/d/y, with /, - or . and a 2- or 4-digit year.
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (dmy) {
    const a = Number(dmy[1]);
    const b = Number(dmy[2]);
    const y = dmy[3]!.length === 2 ? 2000 + Number(dmy[3]) : Number(dmy[3]);
    const dayFirst: Ymd = { y, m: b, d: a };
    const monthFirst: Ymd = { y, m: a, d: b };
    const readings = [valid(dayFirst) ? dayFirst : null, valid(monthFirst) && a !== b ? monthFirst : null].filter(
      (r): r is Ymd => r !== null,
    );
    if (readings.length === 1) {
      const r = readings[0]!;
      const order = r === dayFirst ? 'hari/bulan/tahun' : 'bulan/hari/tahun';
      return `"${text}" tampaknya tanggal format Excel (${order}: ${words(r)}); tulis ${want}, misalnya ${iso(r, month)}.`;
    }
    if (readings.length === 2) {
      return `"${text}" tampaknya tanggal format Excel, tetapi bisa dibaca ${words(dayFirst)} (hari/bulan) atau ${words(monthFirst)} (bulan/hari); tulis ${want} (${iso(dayFirst, month)} atau ${iso(monthFirst, month)}) sesuai sumbernya.`;
    }
  }
  // y/m/d with slashes or dots, as some locales write it.
  const ymd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (ymd) {
    const r: Ymd = { y: Number(ymd[1]), m: Number(ymd[2]), d: Number(ymd[3]) };
    if (valid(r))
      return `"${text}" tampaknya tanggal format Excel; tulis ${want} dengan tanda hubung, misalnya ${iso(r, month)}.`;
  }
  // m/y or m-y (a month cell): 5/2025, 05-2025.
  const my = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (my && Number(my[1]) >= 1 && Number(my[1]) <= 12) {
    const r: Ymd = { y: Number(my[2]), m: Number(my[1]), d: 1 };
    return `"${text}" tampaknya bulan format Excel (${BULAN[r.m - 1]} ${r.y}); tulis ${month ? 'YYYY-MM' : 'YYYY-MM-DD'}, misalnya ${iso(r, month)}.`;
  }
  return null;
}

import { spreadsheetDateHint } from './dates.ts';
import type { Periode } from '#model/schema.ts';
import type { Parsed } from './numbers.ts';

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{1,2})$/;
const MONTH_RANGE = /^(\d{4})-(\d{1,2})\s*\/\s*(\d{4})-(\d{1,2})$/;
const YEAR_RANGE = /^(\d{4})\s*\/\s*(\d{4})$/;

const pad = (m: number) => String(m).padStart(2, '0');
const HOW =
  'Tulis periode sebagai YYYY (2024), YYYY-MM (2024-06), YYYY-MM/YYYY-MM (2025-01/2025-04) atau YYYY/YYYY (2023/2024).';

function month(y: string, m: string): string | null {
  const n = Number(m);
  const year = Number(y);
  if (n < 1 || n > 12 || year < 1990 || year > 2100) return null;
  return `${y}-${pad(n)}`;
}

/**
 * Reads a period and, unless future periods are allowed (targets), rejects those that
 * start after `today`: a figure cannot have been published for a month that has not begun.
 */
export function parsePeriod(raw: string, today: Date, allowFuture = false): Parsed<Periode> {
  const text = raw.trim();
  let p: Periode | null = null;
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(text))) {
    const s = month(m[1]!, '1');
    if (s) p = { id: m[1]!, jenis: 'tahun', mulai: s, akhir: `${m[1]}-12` };
  } else if ((m = MONTH.exec(text))) {
    const s = month(m[1]!, m[2]!);
    if (s) p = { id: s, jenis: 'bulan', mulai: s, akhir: s };
  } else if ((m = MONTH_RANGE.exec(text))) {
    const s = month(m[1]!, m[2]!);
    const e = month(m[3]!, m[4]!);
    if (s && e) {
      if (s >= e) return { ok: false, message: 'Awal rentang harus sebelum akhirnya. ' + HOW };
      p = { id: `${s}/${e}`, jenis: 'rentang-bulan', mulai: s, akhir: e };
    }
  } else if ((m = YEAR_RANGE.exec(text))) {
    if (month(m[1]!, '1') && month(m[2]!, '1')) {
      if (m[1]! >= m[2]!) return { ok: false, message: 'Awal rentang harus sebelum akhirnya. ' + HOW };
      p = { id: `${m[1]}/${m[2]}`, jenis: 'rentang-tahun', mulai: `${m[1]}-01`, akhir: `${m[2]}-12` };
    }
  }
  if (!p) {
    const hint = text === '' ? null : spreadsheetDateHint(text, true);
    if (hint) return { ok: false, message: `Periode ${hint}` };
    return { ok: false, message: (text === '' ? 'Periode kosong. ' : 'Periode tidak dikenali. ') + HOW };
  }
  const current = `${today.getUTCFullYear()}-${pad(today.getUTCMonth() + 1)}`;
  if (!allowFuture && p.mulai > current) {
    return {
      ok: false,
      message: `Periode ini belum terjadi (hari ini ${current}). Periksa tahunnya; hanya indikator target yang boleh berperiode masa depan.`,
    };
  }
  return { ok: true, value: p };
}

/**
 * Number parsing for what Indonesian spreadsheets export. Each parser either returns a
 * value or says, in Bahasa Indonesia, what is wrong and how to write it: a value that
 * cannot be read is never turned into 0 or null.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const GROUPED_DOT = /^\d{1,3}(\.\d{3})+$/;
const GROUPED_SPACE = /^\d{1,3}([ \u00a0\u202f]\d{3})+$/;
const PLAIN_INT = /^\d+$/;

function integerFrom(text: string): number | null {
  if (PLAIN_INT.test(text)) return Number(text);
  if (GROUPED_DOT.test(text)) return Number(text.replace(/\./g, ''));
  if (GROUPED_SPACE.test(text)) return Number(text.replace(/[ \u00a0\u202f]/g, ''));
  return null;
}

/** Counts of people or cases: whole, non-negative, dots only as thousands separators. */
export function parseCount(raw: string): Parsed<number> {
  const text = raw.trim();
  if (text === '')
    return {
      ok: false,
      message: 'Sel kosong. Isi dengan angka, atau hapus barisnya bila angkanya tidak dipublikasikan.',
    };
  if (/^[-−]/.test(text)) {
    return { ok: false, message: 'Jumlah tidak boleh negatif. Periksa kembali angka di sumber.' };
  }
  const value = integerFrom(text);
  if (value === null) {
    if (/^\d+,\d+$/.test(text) || /^\d{1,3}(,\d{3})+$/.test(text)) {
      return {
        ok: false,
        message:
          'Jumlah harus bilangan bulat. Koma tidak dipakai pada kolom jumlah: tulis 558115 atau 558.115 (titik sebagai pemisah ribuan).',
      };
    }
    return { ok: false, message: 'Bukan angka jumlah yang sah. Tulis bilangan bulat, misalnya 558115 atau 558.115.' };
  }
  if (!Number.isSafeInteger(value)) return { ok: false, message: 'Angka terlalu besar untuk dibaca dengan tepat.' };
  return { ok: true, value };
}

/** Percentages 0-100: comma or dot as the decimal mark, optional trailing %. */
export function parsePercent(raw: string): Parsed<number> {
  const text = raw.trim().replace(/\s*%$/, '');
  if (text === '')
    return {
      ok: false,
      message: 'Sel kosong. Isi dengan persen, atau hapus barisnya bila angkanya tidak dipublikasikan.',
    };
  if (/^\d{1,3}\.\d{3}$/.test(text)) {
    return {
      ok: false,
      message:
        'Ambigu: dalam penulisan Indonesia titik adalah pemisah ribuan. Tulis persen dengan koma desimal, misalnya 33,73.',
    };
  }
  const m = /^([-−]?)(\d+)(?:[.,](\d+))?$/.exec(text);
  if (!m) {
    return {
      ok: false,
      message: 'Bukan angka persen yang sah. Tulis misalnya 33,73 atau 33.73 (tanpa pemisah ribuan).',
    };
  }
  const value = Number(`${m[1] ? '-' : ''}${m[2]}${m[3] ? `.${m[3]}` : ''}`);
  if (value < 0 || value > 100) {
    return {
      ok: false,
      message: 'Persen harus di antara 0 dan 100. Periksa apakah angkanya tertukar dengan jumlah orang.',
    };
  }
  return { ok: true, value };
}

/** Rupiah in full: optional "Rp", dots only as thousands separators, no decimals. */
export function parseRupiah(raw: string): Parsed<number> {
  const text = raw.trim().replace(/^rp\.?\s*/i, '');
  if (text === '') return { ok: false, message: 'Sel kosong. Isi dengan nominal rupiah penuh.' };
  if (/^[-−]/.test(text)) return { ok: false, message: 'Nominal rupiah tidak boleh negatif.' };
  if (/(ribu|juta|miliar|milyar|triliun|\bm\b|\bt\b)/i.test(text)) {
    return {
      ok: false,
      message: 'Tulis rupiah penuh tanpa singkatan: Rp4,4 miliar ditulis 4400000000 dengan kualifikasi "sekitar".',
    };
  }
  const value = integerFrom(text);
  if (value === null) {
    return {
      ok: false,
      message: 'Bukan nominal rupiah yang sah. Tulis rupiah penuh, misalnya 381080853812 atau 381.080.853.812.',
    };
  }
  if (!Number.isSafeInteger(value)) return { ok: false, message: 'Angka terlalu besar untuk dibaca dengan tepat.' };
  return { ok: true, value };
}

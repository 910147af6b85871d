// What a spreadsheet or a text editor can put into a "CSV" that is not the text it shows:
// workbooks renamed to .csv, other encodings, bytes that are not UTF-8, mojibake from an
// ANSI round trip, invisible and control characters, and cells far longer than any real value.
// Every finding is located by line and column and shows the character as U+XXXX.
import type { Issue } from './errors.ts';

const SAVE_AS =
  'Buka berkas di Excel lalu pilih File > Simpan Sebagai > "CSV UTF-8 (Comma delimited) (*.csv)"; di LibreOffice: Simpan Sebagai > "Text CSV (.csv)" dengan set karakter "Unicode (UTF-8)".';

/** Recognises binary formats by their first bytes (or those bytes as a UTF-8 reader mangled them). */
export function binaryKind(head: Uint8Array | string): 'xlsx' | 'ods' | 'xls' | 'utf16' | 'pdf' | null {
  const b =
    typeof head === 'string'
      ? Buffer.from(head.slice(0, 200), 'latin1')
      : Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 200));
  const text = typeof head === 'string' ? head.slice(0, 200) : b.toString('latin1');
  if (text.startsWith('PK\u0003\u0004')) return text.includes('opendocument.spreadsheet') ? 'ods' : 'xlsx';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'xls';
  if (typeof head === 'string' && head.startsWith('\uFFFD\uFFFD\u0011')) return 'xls';
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return 'utf16';
  if (typeof head === 'string' && /^\uFEFF?[^\0]\0[^\0]\0/.test(head)) return 'utf16';
  if (text.startsWith('%PDF-')) return 'pdf';
  return null;
}

export function binaryMessage(kind: NonNullable<ReturnType<typeof binaryKind>>): string {
  switch (kind) {
    case 'xlsx':
      return `Berkas ini buku kerja Excel (.xlsx) yang dinamai .csv, bukan teks CSV. ${SAVE_AS}`;
    case 'ods':
      return `Berkas ini buku kerja OpenDocument/LibreOffice (.ods) yang dinamai .csv, bukan teks CSV. ${SAVE_AS}`;
    case 'xls':
      return `Berkas ini buku kerja Excel lama (.xls) yang dinamai .csv, bukan teks CSV. ${SAVE_AS}`;
    case 'utf16':
      return `Berkas disimpan sebagai "Teks Unicode" (UTF-16), bukan UTF-8. ${SAVE_AS}`;
    case 'pdf':
      return 'Berkas ini PDF yang dinamai .csv. Salin tabelnya ke lembar kerja lalu simpan sebagai "CSV UTF-8".';
  }
}

/** 1-based line and column (in characters) of an offset, counting CRLF, CR and LF as one break. */
export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/**
 * Decodes a file's bytes as UTF-8, or explains why it cannot: a workbook, UTF-16, or bytes that
 * are not UTF-8 (an ANSI/Windows-1252 save), each invalid line named.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): { text: string | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const err = (line: number, column: number, message: string) =>
    issues.push({ file, line, column, message, severity: 'error' });
  const kind = binaryKind(bytes);
  if (kind) {
    err(0, 0, binaryMessage(kind));
    return { text: null, issues };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), issues };
  } catch {
    // Locate the bad bytes: decode leniently and find each U+FFFD that was not in the file.
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lines: { line: number; column: number; byte: number; guess: string }[] = [];
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < buf.length && lines.length < 5;) {
    const b = buf[i]!;
    if (b === 10 || (b === 13 && buf[i + 1] !== 10)) {
      line++;
      lineStart = i + 1;
      i++;
      continue;
    }
    const need =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = need > 0 && i + need <= buf.length;
    for (let k = 1; ok && k < need; k++) ok = (buf[i + k]! & 0xc0) === 0x80;
    if (ok && need > 1) ok = new TextDecoder('utf-8', { fatal: false }).decode(buf.subarray(i, i + need)) !== '\uFFFD';
    if (ok) {
      i += need;
      continue;
    }
    const column = buf.subarray(lineStart, i).toString('utf8').length + 1;
    if (!lines.some((l) => l.line === line))
      lines.push({ line, column, byte: b, guess: new TextDecoder('windows-1252').decode(buf.subarray(i, i + 1)) });
    i++;
  }
  for (const l of lines) {
    err(
      l.line,
      0,
      `Berkas bukan teks UTF-8 yang sah: byte 0x${l.byte.toString(16).toUpperCase().padStart(2, '0')} pada karakter ke-${l.column} baris ini bukan UTF-8 ` +
        `(dalam ANSI/Windows-1252 itu "${l.guess}"). Berkas tampaknya disimpan sebagai "CSV (Comma delimited)" atau ANSI. ${SAVE_AS}`,
    );
  }
  if (lines.length === 0) err(0, 0, `Berkas bukan teks UTF-8 yang sah. ${SAVE_AS}`);
  return { text: null, issues };
}

// --- characters inside cells -------------------------------------------------------------

const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x09: 'tab',
  0x0b: 'tab vertikal',
  0x0c: 'form feed',
  0x1b: 'escape',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0xa0: 'spasi tak terputus (NBSP)',
  0xad: 'tanda hubung lunak',
  0x034f: 'penggabung grafem',
  0x061c: 'penanda huruf Arab',
  0x115f: 'pengisi Hangul',
  0x1160: 'pengisi Hangul',
  0x180e: 'pemisah vokal Mongol',
  0x200b: 'spasi lebar nol',
  0x200c: 'pemisah lebar nol',
  0x200d: 'penyambung lebar nol',
  0x200e: 'penanda kiri-ke-kanan',
  0x200f: 'penanda kanan-ke-kiri',
  0x2028: 'pemisah baris',
  0x2029: 'pemisah paragraf',
  0x202a: 'arah teks (bidi)',
  0x202b: 'arah teks (bidi)',
  0x202c: 'arah teks (bidi)',
  0x202d: 'arah teks (bidi)',
  0x202e: 'pembalik arah teks (bidi)',
  0x202f: 'spasi sempit tak terputus',
  0x2060: 'penyambung kata',
  0x2061: 'operator tak terlihat',
  0x2062: 'operator tak terlihat',
  0x2063: 'operator tak terlihat',
  0x2064: 'operator tak terlihat',
  0x2066: 'isolasi arah teks (bidi)',
  0x2067: 'isolasi arah teks (bidi)',
  0x2068: 'isolasi arah teks (bidi)',
  0x2069: 'isolasi arah teks (bidi)',
  0x3164: 'pengisi Hangul',
  0xfeff: 'BOM / spasi lebar nol tak terputus',
  0xfffc: 'objek pengganti',
  0xfffd: 'karakter pengganti (teks rusak)',
  0xffa0: 'pengisi Hangul',
};

/** "U+200B (spasi lebar nol)": how a character nobody can see is shown in a message. */
export function visible(cp: number): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    NAMES[cp] ??
    (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)
      ? 'karakter kendali'
      : cp >= 0xd800 && cp <= 0xdfff
        ? 'surrogate tunggal'
        : isNonCharacter(cp)
          ? 'bukan karakter'
          : cp >= 0xe000 && cp <= 0xf8ff
            ? 'area pribadi'
            : cp >= 0xe0000
              ? 'tag tak terlihat'
              : '');
  return name ? `${hex} (${name})` : hex;
}

function isNonCharacter(cp: number): boolean {
  return (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;
}

/** Characters never legitimate in any cell (tab and line breaks are, inside quoted text cells). */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFD\uFDD0-\uFDEF\uFFFE\uFFFF\uE000-\uF8FF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uDB40][\uDC00-\uDC7F]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;
/** Spaces that look like a space but are not one: refused in codes and references. */
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/;
// A UTF-8 sequence read as Windows-1252: a lead byte (Â-ô) followed by the characters the
// continuation bytes 0x80-0xBF become in Windows-1252.
const CONT =
  '\u0080-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178';
const MOJIBAKE = new RegExp(`[\\u00C2-\\u00DF][${CONT}]|[\\u00E0-\\u00EF][${CONT}]{2}|[\\u00F0-\\u00F4][${CONT}]{3}`);
/** Quick whole-file test: only a file that matches needs the per-cell scan. */
export const SUSPECT = new RegExp(`${FORBIDDEN.source}|${ODD_SPACE.source}|${MOJIBAKE.source}`);

const CP1252_BACK = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) {
  const ch = new TextDecoder('windows-1252').decode(Uint8Array.of(b));
  CP1252_BACK.set(ch, b);
}

/** The text a mojibake sequence was meant to be, when it really is one. */
function unmojibake(seq: string): string | null {
  const bytes: number[] = [];
  for (const ch of seq) {
    const b = ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : CP1252_BACK.get(ch);
    if (b === undefined) return null;
    bytes.push(b);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

export interface CellFinding {
  /** 0-based offset of the character inside the cell. */
  offset: number;
  message: string;
}

/** Problems of one cell's characters; `code` cells (codes, references) also refuse odd spaces. */
export function checkCellText(value: string, code: boolean): CellFinding | null {
  const bad = FORBIDDEN.exec(value);
  const odd = code ? ODD_SPACE.exec(value) : null;
  const first = bad && odd ? (bad.index <= odd.index ? bad : odd) : (bad ?? odd);
  if (first) {
    const cp = value.codePointAt(first.index)!;
    const where = `karakter ke-${[...value.slice(0, first.index)].length + 1} dalam sel`;
    if (first === odd) {
      return {
        offset: first.index,
        message: `Ada ${visible(cp)} di ${where}, bukan spasi biasa; kode dan rujukan tidak boleh memuatnya. Hapus lalu ketik ulang spasinya (atau hapus bila tidak perlu).`,
      };
    }
    if (cp === 0xfffd) {
      return {
        offset: first.index,
        message: `Ada ${visible(cp)} "\uFFFD" di ${where}: huruf aslinya sudah hilang saat berkas pernah disimpan dengan pengodean lain. Ketik ulang huruf yang benar dari sumbernya.`,
      };
    }
    if (cp === 0xfeff) {
      return {
        offset: first.index,
        message: `Ada ${visible(cp)} di ${where}, biasanya dari menempelkan isi berkas lain. Hapus karakter tak terlihat itu (ketik ulang selnya).`,
      };
    }
    return {
      offset: first.index,
      message: `Ada karakter tak terlihat atau tidak sah ${visible(cp)} di ${where}. Hapus karakter itu (ketik ulang selnya); teks yang disalin dari web, PDF, atau aplikasi pesan sering membawanya.`,
    };
  }
  const m = MOJIBAKE.exec(value);
  if (m) {
    const meant = unmojibake(m[0]);
    if (meant !== null) {
      return {
        offset: m.index,
        message:
          `Teks rusak karena pengodean: "${m[0]}" di karakter ke-${[...value.slice(0, m.index)].length + 1} dalam sel seharusnya "${meant}". ` +
          'Berkas pernah dibuka atau disimpan sebagai ANSI/Windows-1252. Perbaiki teksnya, atau ambil lagi dari berkas asli dan simpan sebagai "CSV UTF-8".',
      };
    }
  }
  return null;
}

// --- lengths -----------------------------------------------------------------------------

/** Longest value accepted per kind of column: far above any real value, far below harm. */
export const LENGTH_LIMITS = {
  kode: 64,
  angka: 40,
  tanggal: 40,
  nama: 200,
  judul: 500,
  url: 2000,
  teks: 2000,
} as const;
export type ColumnKind = keyof typeof LENGTH_LIMITS;

const KINDS: Record<string, ColumnKind> = {
  kode: 'kode',
  id: 'kode',
  wilayah: 'kode',
  periode: 'kode',
  indikator: 'kode',
  sumber: 'kode',
  satuan: 'kode',
  program: 'kode',
  jenis: 'kode',
  ragu: 'kode',
  kualifikasi: 'kode',
  kualifikasi_kasus: 'kode',
  kualifikasi_nominal: 'kode',
  batas_kelas: 'nama',
  nilai: 'angka',
  kasus: 'angka',
  nominal_rp: 'angka',
  tanggal_terbit: 'tanggal',
  tanggal_akses: 'tanggal',
  nama: 'nama',
  penerbit: 'nama',
  ibu_kota: 'nama',
  kantor_cabang: 'nama',
  alias: 'judul',
  judul: 'judul',
  url: 'url',
  catatan: 'teks',
  definisi: 'teks',
  keterangan_kantor: 'teks',
};
export const columnKind = (name: string): ColumnKind => KINDS[name] ?? 'teks';
const KIND_LABEL: Record<ColumnKind, string> = {
  kode: 'kode',
  angka: 'angka',
  tanggal: 'tanggal',
  nama: 'nama',
  judul: 'judul',
  url: 'alamat (URL)',
  teks: 'teks bebas',
};

export function lengthMessage(length: number, kind: ColumnKind): string {
  const n = (x: number) => x.toLocaleString('id-ID');
  return `Isian terlalu panjang: ${n(length)} karakter, padahal batas untuk kolom ${KIND_LABEL[kind]} ${n(LENGTH_LIMITS[kind])} karakter. Periksa apakah isi beberapa sel tertempel ke sel ini; persingkat, atau pindahkan keterangan panjang ke catatan.`;
}

// What spreadsheets and editors really save: classic-Mac and mixed line endings, ANSI and
// UTF-16 files, workbooks renamed to .csv, mojibake from an ANSI round trip, invisible and
// control characters, and cells far too long. Each case asserts file, line, column and the
// Indonesian message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '#pipeline/dataset.ts';
import { formatIssue } from '#pipeline/errors.ts';
import { LENGTH_LIMITS } from '#pipeline/text-checks.ts';
import { FIXTURE_DATA, KEP_HEADER, readDataDir, TODAY } from '#support/dataset.ts';

const fixtureFiles = () => readDataDir(FIXTURE_DATA);

const ENCODING = join(import.meta.dirname, '..', 'fixtures', 'encoding');
const ROW = (wilayah: string, catatan = '') => `${wilayah},2025-05,ucj_persen,3,,penamalaka-2025-05-16,,${catatan}`;

function load(overrides: Record<string, string | Uint8Array>) {
  const files: Record<string, string | Uint8Array> = { ...fixtureFiles(), ...overrides };
  const result = loadDataset('', { today: TODAY, read: (name) => files[name] ?? null });
  const errors = result.issues.filter((i) => i.severity === 'error');
  return { ...result, errors, messages: errors.map(formatIssue) };
}
const kepFile = (lines: string[], eol = '\n') => [KEP_HEADER, ...lines].join(eol) + eol;

describe('akhir baris', () => {
  test('CR saja (Mac klasik): nomor baris tetap benar', () => {
    const r = load({ 'kepesertaan.csv': kepFile([ROW('Malaka'), ROW('Belu'), ROW('Malak')], '\r') });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({
      file: 'data/kepesertaan.csv',
      line: 4,
      column: 1,
      columnName: 'wilayah',
      value: 'Malak',
    });
    expect(r.messages[0]).toMatch(
      /^GALAT data\/kepesertaan\.csv, baris 4, kolom A \(wilayah\): Nilai: "Malak"\. Wilayah tidak dikenal/,
    );
  });

  test('CRLF bercampur LF terbaca sebagai satu berkas, nomor baris benar', () => {
    const text = `${KEP_HEADER}\r\n${ROW('Malaka')}\n${ROW('Belu')}\r\n${ROW('TTS')}\n${ROW('Malak')}\r\n`;
    const r = load({ 'kepesertaan.csv': text });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 5, column: 1, value: 'Malak' });
    const ok = load({ 'kepesertaan.csv': `${KEP_HEADER}\r\n${ROW('Malaka')}\n${ROW('Belu')}\r\n` });
    expect(ok.messages).toEqual([]);
    expect(ok.dataset.observasi.map((o) => o.baris)).toEqual([2, 3]);
  });

  test('CR di dalam sel bertanda kutip menghitung baris', () => {
    const r = load({
      'kepesertaan.csv': `${KEP_HEADER}\r${ROW('Malaka', '"baris satu\rbaris dua"')}\r${ROW('Malak')}\r`,
    });
    expect(r.errors[0]).toMatchObject({ line: 4, column: 1, value: 'Malak' });
  });
});

describe('pengodean', () => {
  test('UTF-8 sah yang memuat U+FFFD: baris dan kolomnya disebut', () => {
    const r = load({
      'kepesertaan.csv': Buffer.from(kepFile([ROW('Malaka'), ROW('Belu', 'Kupang \uFFFD Timur')]), 'utf8'),
    });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: 'data/kepesertaan.csv', line: 3, column: 8, columnName: 'catatan' });
    expect(r.messages[0]).toContain('baris 3, kolom H (catatan): Ada U+FFFD (karakter pengganti (teks rusak))');
    expect(r.messages[0]).toContain('karakter ke-8 dalam sel');
  });

  test('berkas ANSI/Windows-1252 (é sebagai byte 0xE9): setiap baris rusak disebut', () => {
    const text = kepFile([ROW('Malaka'), ROW('Belu', 'Catatan caf\u00e9'), ROW('Belu', 'Jos\u00e9')]);
    const r = load({ 'kepesertaan.csv': Buffer.from(text, 'latin1') });
    expect(r.errors.map((e) => [e.file, e.line, e.column])).toEqual([
      ['data/kepesertaan.csv', 3, 0],
      ['data/kepesertaan.csv', 4, 0],
    ]);
    expect(r.messages[0]).toMatch(
      /baris 3: Berkas bukan teks UTF-8 yang sah: byte 0xE9 pada karakter ke-\d+ baris ini bukan UTF-8 \(dalam ANSI\/Windows-1252 itu "é"\)/,
    );
    expect(r.messages[0]).toContain('"CSV UTF-8 (Comma delimited) (*.csv)"');
  });

  test('UTF-16 (Excel "Teks Unicode") dikenali', () => {
    const bom = Buffer.from([0xff, 0xfe]);
    const r = load({ 'kepesertaan.csv': Buffer.concat([bom, Buffer.from(kepFile([ROW('Malaka')]), 'utf16le')]) });
    expect(r.errors).toHaveLength(1);
    expect(r.messages[0]).toMatch(
      /^GALAT data\/kepesertaan\.csv: Berkas disimpan sebagai "Teks Unicode" \(UTF-16\), bukan UTF-8\./,
    );
  });

  test.each([
    ['xlsx', 'buku kerja Excel (.xlsx)'],
    ['ods', 'buku kerja OpenDocument/LibreOffice (.ods)'],
    ['xls', 'buku kerja Excel lama (.xls)'],
  ])('buku kerja %s yang dinamai .csv: dikenali, dengan cara menyimpan sebagai CSV UTF-8', (kind, words) => {
    const bytes = readFileSync(join(ENCODING, `kepesertaan-${kind}.csv`));
    for (const content of [bytes, bytes.toString('utf8')]) {
      const r = load({ 'kepesertaan.csv': content });
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({ file: 'data/kepesertaan.csv', line: 0, column: 0 });
      expect(r.messages[0]).toContain(`Berkas ini ${words} yang dinamai .csv, bukan teks CSV.`);
      expect(r.messages[0]).toContain('Simpan Sebagai > "CSV UTF-8 (Comma delimited) (*.csv)"');
    }
  });

  test.each([
    ['â€™', '’'],
    ['Ã©', 'é'],
    ['Ã¢', 'â'],
    ['â€œ', '“'],
    ['â€“', '–'],
    ['Ã¼', 'ü'],
    ['Â°', '°'],
    ['â€¦', '…'],
  ])('mojibake %s dari ANSI dilaporkan dengan baris, kolom, dan huruf yang dimaksud', (garbled, meant) => {
    const r = load({ 'kepesertaan.csv': kepFile([ROW('Malaka'), ROW('Belu', `Kata${garbled}nya`)]) });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 3, column: 8, columnName: 'catatan' });
    expect(r.messages[0]).toContain(
      `Teks rusak karena pengodean: "${garbled}" di karakter ke-5 dalam sel seharusnya "${meant}".`,
    );
  });

  test('teks asli dengan huruf beraksen dan tanda kutip tipografis tetap diterima', () => {
    const r = load({
      'kepesertaan.csv': kepFile([ROW('Malaka', '"“Café” – naïve ’s, 30°, Rp1.000, Jalan Soekarno–Hatta"')]),
    });
    expect(r.messages).toEqual([]);
  });
});

describe('karakter tak terlihat dan tidak sah', () => {
  const CASES: [string, string, string][] = [
    ['spasi lebar nol dalam kode', '53\u200B21', 'U+200B (spasi lebar nol)'],
    ['NBSP dalam kode', 'Kab.\u00A0Kupang', 'U+00A0 (spasi tak terputus (NBSP))'],
    ['penyambung lebar nol', 'Mal\u200Daka', 'U+200D (penyambung lebar nol)'],
    ['BOM di tengah berkas', '\uFEFFMalaka', 'U+FEFF (BOM / spasi lebar nol tak terputus)'],
    ['pembalik arah teks', 'Mal\u202Eaka', 'U+202E (pembalik arah teks (bidi))'],
    ['isolasi bidi', 'Mal\u2066aka', 'U+2066 (isolasi arah teks (bidi))'],
    ['karakter kendali BEL', 'Mal\u0007aka', 'U+0007 (karakter kendali)'],
    ['karakter kendali C1', 'Mal\u0085aka', 'U+0085 (NEXT LINE)'],
    ['ESC', 'Mal\u001Baka', 'U+001B (escape)'],
    ['bukan karakter U+FFFF', 'Mal\uFFFFaka', 'U+FFFF (bukan karakter)'],
    ['bukan karakter U+FFFE', 'Mal\uFFFEaka', 'U+FFFE (bukan karakter)'],
    ['bukan karakter U+FDD0', 'Mal\uFDD0aka', 'U+FDD0 (bukan karakter)'],
    ['bukan karakter U+1FFFF', 'Mal\u{1FFFF}aka', 'U+D83F'],
    ['surrogate tunggal', 'Mal\uD800aka', 'U+D800 (surrogate tunggal)'],
    ['surrogate rendah tunggal', 'Mal\uDC00aka', 'U+DC00 (surrogate tunggal)'],
    ['tanda hubung lunak', 'Mal\u00ADaka', 'U+00AD (tanda hubung lunak)'],
    ['penyambung kata', 'Mal\u2060aka', 'U+2060 (penyambung kata)'],
    ['area pribadi', 'Mal\uE000aka', 'U+E000 (area pribadi)'],
    ['pemisah baris Unicode', 'Mal\u2028aka', 'U+2028 (pemisah baris)'],
  ];
  test.each(CASES)('%s: ditolak dengan baris, kolom, dan kodenya', (_name, value, shown) => {
    const r = load({ 'kepesertaan.csv': kepFile([ROW('Belu'), ROW(value)]) });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: 'data/kepesertaan.csv', line: 3, column: 1, columnName: 'wilayah' });
    expect(r.messages[0]).toContain(`baris 3, kolom A (wilayah):`);
    expect(r.messages[0]).toContain(shown.startsWith('U+D83F') ? 'U+1FFFF (bukan karakter)' : shown);
  });

  test('U+FFFF dalam nama indikator ditolak saat validasi (dulu lolos lalu menjatuhkan Astro)', () => {
    const ind = fixtureFiles()['indikator.csv']!.replace(
      'Cakupan Universal Coverage Jamsostek (UCJ)',
      'Cakupan UCJ\uFFFF',
    );
    const r = load({ 'indikator.csv': ind });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: 'data/indikator.csv', line: 2, column: 2, columnName: 'nama' });
    expect(r.messages[0]).toContain(
      'Ada karakter tak terlihat atau tidak sah U+FFFF (bukan karakter) di karakter ke-12 dalam sel.',
    );
  });

  test('NBSP dan tab dalam teks bebas diterima, dalam kode tidak', () => {
    expect(load({ 'kepesertaan.csv': kepFile([ROW('Malaka', '"Rp\u00A01.000\tper bulan"')]) }).messages).toEqual([]);
  });

  test('judul kolom dengan spasi lebar nol: ditunjukkan', () => {
    const r = load({ 'kepesertaan.csv': `${KEP_HEADER.replace('nilai', 'nilai\u200B')}\n${ROW('Malaka')}\n` });
    const i = r.messages.findIndex((m) => m.includes('Judul kolom:'));
    expect(r.errors[i]).toMatchObject({ file: 'data/kepesertaan.csv', line: 1, column: 4 });
    expect(r.messages[i]).toContain(
      'baris 1, kolom D: Judul kolom: Ada karakter tak terlihat atau tidak sah U+200B (spasi lebar nol) di karakter ke-6 dalam sel.',
    );
  });

  test('baris dalam sel bertingkat: baris kejadian yang disebut', () => {
    const r = load({ 'kepesertaan.csv': kepFile([ROW('Malaka', '"satu\ndua\ntiga \u200B"'), ROW('Belu')]) });
    expect(r.errors[0]).toMatchObject({ line: 4, column: 8 });
  });
});

describe('batas panjang per jenis kolom', () => {
  test('URL 1 MB ditolak dengan batasnya (dulu membengkakkan beranda jadi 3,1 MB)', () => {
    const sumber = fixtureFiles()['sumber.csv']!.replace(
      'https://penamalaka.com/',
      `https://penamalaka.com/${'a'.repeat(1024 * 1024)}`,
    );
    const r = load({ 'sumber.csv': sumber });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: 'data/sumber.csv', line: 3, column: 4, columnName: 'url' });
    expect(r.messages[0]).toContain(
      `Isian terlalu panjang: 1.048.599 karakter, padahal batas untuk kolom alamat (URL) ${LENGTH_LIMITS.url.toLocaleString('id-ID')} karakter.`,
    );
  });

  test.each([
    ['catatan', 8, 'teks bebas', LENGTH_LIMITS.teks],
    ['wilayah', 1, 'kode', LENGTH_LIMITS.kode],
    ['nilai', 4, 'angka', LENGTH_LIMITS.angka],
  ])('kolom %s: batas dinyatakan', (col, index, label, limit) => {
    const cells = ['Malaka', '2025-05', 'ucj_persen', '3', '', 'penamalaka-2025-05-16', '', ''];
    cells[index - 1] = 'x'.repeat(limit + 1);
    const r = load({ 'kepesertaan.csv': kepFile([cells.join(',')]) });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 2, column: index, columnName: col });
    expect(r.messages[0]).toContain(
      `Isian terlalu panjang: ${(limit + 1).toLocaleString('id-ID')} karakter, padahal batas untuk kolom ${label} ${limit.toLocaleString('id-ID')} karakter.`,
    );
  });

  test('tepat di batas diterima', () => {
    const r = load({ 'kepesertaan.csv': kepFile([ROW('Malaka', 'x'.repeat(LENGTH_LIMITS.teks))]) });
    expect(r.messages).toEqual([]);
  });
});

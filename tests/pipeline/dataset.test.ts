import { describe, expect, it } from 'vitest';
import { formatIssues } from '#pipeline/errors.ts';
import { FIXTURE_DATA, kep, readDataDir, KEP_BASE, KEP_HEADER, loadWith } from '#support/dataset.ts';

describe('spreadsheet exports are accepted', () => {
  const plain = loadWith();

  it('the valid fixture has no errors', () => {
    expect(plain.messages).toEqual([]);
    expect(plain.dataset.wilayah).toHaveLength(23);
    expect(plain.dataset.observasi.length).toBeGreaterThan(0);
  });

  it('BOM, CRLF, semicolons, Indonesian numbers, quoted fields and trailing blank rows read the same as plain CSV', () => {
    const semicolon = [
      'wilayah;periode;indikator;nilai;kualifikasi;sumber;ragu;catatan',
      '53;2024-06;ucj_persen;33,73;;poskupang-2024-08-01;;',
      '53;2024-06;peserta_aktif;558.115;;poskupang-2024-08-01;;',
      '"53";"2024-06";"pekerja_ucj";"1.654.526";"";"poskupang-2024-08-01";"";""',
      '53;2024;ucj_persen;"42,47";;timex-2024-05-28;ya;"Rekap; perencanaan"',
      'Malaka;2025-05;ucj_persen;3;;penamalaka-2025-05-16;;',
      'Belu;2025-05;ucj_persen;90;;penamalaka-2025-05-16;;',
    ].join('\r\n');
    const variant = loadWith({ 'kepesertaan.csv': `\uFEFF${semicolon}\r\n\r\n;;;;;;;\r\n\r\n` });
    expect(variant.messages).toEqual([]);
    const strip = (o: (typeof plain.dataset.observasi)[number]) => ({ ...o, baris: 0, catatan: null });
    expect(variant.dataset.observasi.map(strip)).toEqual(plain.dataset.observasi.map(strip));
    expect(variant.dataset.observasi.find((o) => o.ragu)?.catatan).toBe('Rekap; perencanaan');
  });

  it('plain numbers and Indonesian-formatted numbers give the same values', () => {
    const a = loadWith({
      'kepesertaan.csv': kep(
        '53,2024-06,peserta_aktif,558115,,poskupang-2024-08-01,,',
        '53,2024-06,ucj_persen,33.73,,poskupang-2024-08-01,,',
      ),
    });
    const b = loadWith({
      'kepesertaan.csv': kep(
        '53,2024-06,peserta_aktif,558.115,,poskupang-2024-08-01,,',
        '53,2024-06,ucj_persen,"33,73",,poskupang-2024-08-01,,',
      ),
    });
    expect(a.messages).toEqual([]);
    expect(a.dataset.observasi.map((o) => o.nilai)).toEqual(b.dataset.observasi.map((o) => o.nilai));
    expect(a.dataset.observasi.map((o) => o.nilai)).toEqual([558115, 33.73]);
  });

  it('regions may be written as code, name or alias, in any case', () => {
    const r = loadWith({
      'kepesertaan.csv': kep(
        'tts,2025-05,ucj_persen,10,,penamalaka-2025-05-16,,',
        'Kab. Kupang,2025-05,ucj_persen,11,,penamalaka-2025-05-16,,',
        'Kabupaten Malaka,2025-05,ucj_persen,3,,penamalaka-2025-05-16,,',
      ),
    });
    expect(r.messages).toEqual([]);
    expect(r.dataset.observasi.map((o) => o.wilayah)).toEqual(['5304', '5303', '5321']);
  });

  it('line numbers count the skipped blank rows', () => {
    const r = loadWith({
      'kepesertaan.csv': `${KEP_HEADER}\n\n,,,,,,,\n53,2024-06,ucj_persen,abc,,poskupang-2024-08-01,,\n`,
    });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 4, column: 4, columnName: 'nilai', value: 'abc' });
  });
});

describe('bad input is rejected with file, line, column, value and a fix', () => {
  const single = (rows: string[]) => loadWith({ 'kepesertaan.csv': kep(...rows) });

  it('unknown region code, with the closest code suggested', () => {
    const r = single(['5399,2025-05,ucj_persen,3,,penamalaka-2025-05-16,,']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({
      file: 'data/kepesertaan.csv',
      line: 2,
      column: 1,
      columnName: 'wilayah',
      value: '5399',
    });
    expect(r.messages[0]).toMatch(/Wilayah tidak dikenal/);
    expect(r.messages[0]).toMatch(/539\d|5309/);
  });

  it('unknown region name, with the closest name suggested', () => {
    const r = single([
      'Malak,2025-05,ucj_persen,3,,penamalaka-2025-05-16,,',
      'Sumba Barta,2025-05,ucj_persen,4,,penamalaka-2025-05-16,,',
    ]);
    expect(r.errors).toHaveLength(2);
    expect(r.messages[0]).toContain('"Malaka"');
    expect(r.messages[1]).toContain('"Sumba Barat"');
  });

  it('duplicate observations', () => {
    const r = single([
      'Malaka,2025-05,ucj_persen,3,,penamalaka-2025-05-16,,',
      '5321,2025-05,ucj_persen,3,,penamalaka-2025-05-16,,',
    ]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.line).toBe(3);
    expect(r.messages[0]).toMatch(/ganda.*baris 2/);
  });

  it('the same figure from two sources is not a duplicate', () => {
    const r = single([
      'Malaka,2025-05,ucj_persen,3,,penamalaka-2025-05-16,,',
      'Malaka,2025-05,ucj_persen,3,,timex-2024-05-28,,',
    ]);
    expect(r.messages).toEqual([]);
  });

  it('missing column', () => {
    const r = loadWith({ 'kepesertaan.csv': 'wilayah,periode,indikator,nilai\nMalaka,2025-05,ucj_persen,3\n' });
    expect(r.messages.join('\n')).toMatch(/Kolom wajib "sumber" tidak ada/);
  });

  it('renamed column names both the missing and the unknown header', () => {
    const r = loadWith({
      'kepesertaan.csv': kep().replace('nilai', 'angka') + 'Malaka,2025-05,ucj_persen,3,,penamalaka-2025-05-16,,\n',
    });
    const text = r.messages.join('\n');
    expect(text).toMatch(/Kolom wajib "nilai" tidak ada.*"angka"/);
    expect(text).toMatch(/Kolom "angka" tidak dikenal/);
  });

  it('non-numbers are errors, never 0 or empty', () => {
    const r = single([
      'Malaka,2025-05,ucj_persen,tiga,,penamalaka-2025-05-16,,',
      'Belu,2025-05,ucj_persen,,,penamalaka-2025-05-16,,',
    ]);
    expect(r.errors.map((e) => e.columnName)).toEqual(['nilai', 'nilai']);
    expect(r.dataset.observasi).toHaveLength(0);
  });

  it('negative counts', () => {
    const r = single(['Malaka,2025-05,peserta_aktif,-20,,penamalaka-2025-05-16,,']);
    expect(r.messages[0]).toMatch(/negatif/);
  });

  it('percentages outside 0-100', () => {
    const r = single(['Malaka,2025-05,ucj_persen,"103,5",,penamalaka-2025-05-16,,']);
    expect(r.errors[0]).toMatchObject({ value: '103,5', columnName: 'nilai' });
    expect(r.messages[0]).toMatch(/0 dan 100/);
  });

  it('participants above workers', () => {
    const r = single([
      '53,2024-06,peserta_aktif,1.700.000,,poskupang-2024-08-01,,',
      '53,2024-06,pekerja_ucj,1.654.526,,poskupang-2024-08-01,,',
    ]);
    expect(r.messages.some((m) => /melebihi jumlah pekerja/.test(m))).toBe(true);
    expect(r.errors.find((e) => /melebihi/.test(e.message))!.line).toBe(2);
  });

  it('a percentage that contradicts its own counts', () => {
    const r = single([KEP_BASE[0]!.replace('33,73', '43,73'), KEP_BASE[1]!, KEP_BASE[2]!]);
    expect(r.errors).toHaveLength(1);
    expect(r.messages[0]).toMatch(/tidak cocok dengan jumlahnya sendiri.*33,7|33\.73/);
  });

  it('a percentage rounded by the source still matches its counts', () => {
    const r = single([KEP_BASE[0]!.replace('33,73', '33,7'), KEP_BASE[1]!, KEP_BASE[2]!]);
    expect(r.messages).toEqual([]);
  });

  it('unknown source ids, with a suggestion', () => {
    const r = single(['Malaka,2025-05,ucj_persen,3,,penamalaka-2025-05-61,,']);
    expect(r.errors[0]).toMatchObject({ columnName: 'sumber', value: 'penamalaka-2025-05-61' });
    expect(r.messages[0]).toContain('"penamalaka-2025-05-16"');
  });

  it('malformed periods', () => {
    const r = single(['Malaka,Mei 2025,ucj_persen,3,,penamalaka-2025-05-16,,']);
    expect(r.errors[0]).toMatchObject({ columnName: 'periode', value: 'Mei 2025' });
    expect(r.messages[0]).toMatch(/YYYY-MM/);
  });

  it('future periods, except for targets', () => {
    const r = single([
      'Malaka,2027-01,ucj_persen,3,,penamalaka-2025-05-16,,',
      '53,2027,target_ucj_persen,95,,penamalaka-2025-05-16,,',
    ]);
    expect(r.errors).toHaveLength(1);
    expect(r.messages[0]).toMatch(/belum terjadi/);
  });

  it('empty files', () => {
    const r = loadWith({ 'kepesertaan.csv': '' });
    expect(r.messages).toEqual([expect.stringMatching(/kepesertaan\.csv.*Berkas kosong/)]);
  });

  it('a file with only a header (truncated)', () => {
    const r = loadWith({
      'klaim.csv':
        'wilayah,periode,program,kasus,nominal_rp,kualifikasi_kasus,kualifikasi_nominal,sumber,ragu,catatan\n',
    });
    expect(r.messages.join('\n')).toMatch(/klaim\.csv.*hanya berisi baris judul/);
  });

  it('a row cut short and an unclosed quote (truncated file)', () => {
    const r = loadWith({
      'kepesertaan.csv': `${KEP_HEADER}\nMalaka,2025-05,ucj_persen\nBelu,2025-05,ucj_persen,"90,,penamalaka-2025-05-16,,\n`,
    });
    const text = r.messages.join('\n');
    expect(text).toMatch(/baris 2.*hanya punya 3 kolom/);
    expect(text).toMatch(/baris 3.*Tanda kutip tidak ditutup/);
  });

  it('a missing file', () => {
    const r = loadWith({ 'klaim.csv': null });
    expect(r.messages.join('\n')).toMatch(/klaim\.csv.*tidak ditemukan/);
  });

  it('source URLs other than http(s), such as javascript:, are rejected', () => {
    const files = readDataDir(FIXTURE_DATA);
    const r = loadWith({
      'sumber.csv': files['sumber.csv']!.replace('https://penamalaka.com/', 'javascript:alert(1)'),
    });
    expect(r.errors[0]).toMatchObject({ file: 'data/sumber.csv', columnName: 'url', value: 'javascript:alert(1)' });
  });

  it('a region list missing a kabupaten', () => {
    const files = readDataDir(FIXTURE_DATA);
    const r = loadWith({ 'wilayah.csv': files['wilayah.csv']!.replace(/^5321,.*\n/m, '') });
    expect(r.messages.join('\n')).toMatch(/kode 5321 tidak ada/);
  });

  it('claims need at least one of cases and amount, and amounts in full rupiah', () => {
    const header = 'wilayah,periode,program,kasus,nominal_rp,kualifikasi_kasus,kualifikasi_nominal,sumber,ragu,catatan';
    const r = loadWith({
      'klaim.csv': `${header}\n53,2022,TOTAL,,,,,timex-2024-05-28,,\n53,2023,TOTAL,1,381 miliar,,,timex-2024-05-28,,\n53,2023,XYZ,1,1,,,timex-2024-05-28,,\n`,
    });
    const text = r.messages.join('\n');
    expect(text).toMatch(/baris 2.*sama-sama kosong/);
    expect(text).toMatch(/baris 3.*nominal_rp.*rupiah penuh/);
    expect(text).toMatch(/baris 4.*program.*JKK/);
  });

  it('every error of a run is reported together, across files', () => {
    const files = readDataDir(FIXTURE_DATA);
    const r = loadWith({
      'kepesertaan.csv': kep(
        'Malak,2025-05,ucj_persen,3,,penamalaka-2025-05-16,,',
        'Belu,2025-13,ucj_persen,90,,penamalaka-2025-05-16,,',
        'Belu,2025-05,ucj_persen,190,,nope,,',
      ),
      'sumber.csv': files['sumber.csv']!.replace('2024-08-01,,Tanggal acara', '2024-08-32,,Tanggal acara'),
      'klaim.csv': '',
    });
    expect(r.errors.length).toBe(6);
    const report = formatIssues(r.issues);
    expect(report).toMatch(/6 galat/);
    expect(report).toMatch(/keluaran sebelumnya tidak diubah/);
    for (const f of ['kepesertaan.csv', 'sumber.csv', 'klaim.csv']) expect(report).toContain(f);
  });
});

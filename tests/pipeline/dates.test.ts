// Dates as spreadsheets export them are explained as such, with the form to write instead,
// never read as another (future) date.
import { describe, expect, test } from 'vitest';
import { loadDataset } from '#pipeline/dataset.ts';
import { formatIssue } from '#pipeline/errors.ts';
import { spreadsheetDateHint } from '#pipeline/dates.ts';
import { FIXTURE_DATA, KEP_HEADER, readDataDir, TODAY } from '#support/dataset.ts';

const fixtureFiles = () => readDataDir(FIXTURE_DATA);

function load(overrides: Record<string, string>) {
  const files = { ...fixtureFiles(), ...overrides };
  const result = loadDataset('', { today: TODAY, read: (name) => files[name] ?? null });
  const errors = result.issues.filter((i) => i.severity === 'error');
  return { errors, messages: errors.map(formatIssue) };
}

describe('tanggal_terbit seperti ditulis spreadsheet', () => {
  test.each([
    ['45793', 'nomor seri hari untuk 16 Mei 2025', '2025-05-16'],
    ['45793,0', 'nomor seri hari untuk 16 Mei 2025', '2025-05-16'],
    ['5/16/2025', 'bulan/hari/tahun: 16 Mei 2025', '2025-05-16'],
    ['16/05/2025', 'hari/bulan/tahun: 16 Mei 2025', '2025-05-16'],
    ['16-05-2025', 'hari/bulan/tahun: 16 Mei 2025', '2025-05-16'],
    ['16.05.25', 'hari/bulan/tahun: 16 Mei 2025', '2025-05-16'],
    ['2025/05/16', 'tulis YYYY-MM-DD dengan tanda hubung', '2025-05-16'],
  ])('%s', (value, explained, iso) => {
    const sumber = fixtureFiles()['sumber.csv']!.replace(
      '2025-05-16,,',
      `${value.includes(',') ? `"${value}"` : value},,`,
    );
    const r = load({ 'sumber.csv': sumber });
    const i = r.errors.findIndex((e) => e.file === 'data/sumber.csv');
    expect(r.errors[i]).toMatchObject({ file: 'data/sumber.csv', line: 3, column: 5, columnName: 'tanggal_terbit' });
    expect(r.messages[i]).toContain(`Tanggal terbit: "${value}" tampaknya tanggal format Excel`);
    expect(r.messages[i]).toContain(explained);
    expect(r.messages[i]).toContain(iso);
    expect(r.messages.join('\n')).not.toMatch(/masa depan/);
  });

  test('hari dan bulan yang bisa tertukar: kedua bacaan disebut', () => {
    expect(spreadsheetDateHint('05/06/2025')).toBe(
      '"05/06/2025" tampaknya tanggal format Excel, tetapi bisa dibaca 5 Juni 2025 (hari/bulan) atau 6 Mei 2025 (bulan/hari); tulis YYYY-MM-DD (2025-06-05 atau 2025-05-06) sesuai sumbernya.',
    );
  });

  test('bukan tanggal: tidak ada tebakan', () => {
    for (const v of ['12345', '99999', '2025-05', 'kemarin', '32/13/2025', '1.000'])
      expect(spreadsheetDateHint(v)).toBeNull();
  });
});

describe('periode seperti ditulis spreadsheet', () => {
  test.each([
    ['45793', 'nomor seri hari untuk 16 Mei 2025', '2025-05'],
    ['5/16/2025', 'bulan/hari/tahun: 16 Mei 2025', '2025-05'],
    ['16/05/2025', 'hari/bulan/tahun: 16 Mei 2025', '2025-05'],
    ['5/2025', 'bulan format Excel (Mei 2025)', '2025-05'],
  ])('%s', (value, explained, iso) => {
    const r = load({ 'kepesertaan.csv': `${KEP_HEADER}\nMalaka,${value},ucj_persen,3,,penamalaka-2025-05-16,,\n` });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: 'data/kepesertaan.csv', line: 2, column: 2, columnName: 'periode' });
    expect(r.messages[0]).toContain(`Periode "${value}" tampaknya`);
    expect(r.messages[0]).toContain(explained);
    expect(r.messages[0]).toContain(`tulis YYYY-MM, misalnya ${iso}`);
    expect(r.messages[0]).not.toMatch(/belum terjadi|masa depan/);
  });
});

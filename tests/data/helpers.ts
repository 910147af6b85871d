import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILES, loadDataset } from '#pipeline/dataset.ts';
import { formatIssue } from '#pipeline/errors.ts';

export const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'data', 'valid');
export const TODAY = new Date('2026-11-21T00:00:00Z');

export function fixtureFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.values(FILES)) out[name] = readFileSync(join(FIXTURE, name), 'utf8');
  return out;
}

/** Loads the valid fixture with some files replaced, entirely in memory. */
export function loadWith(overrides: Record<string, string | null> = {}) {
  const files: Record<string, string | null> = { ...fixtureFiles(), ...overrides };
  const result = loadDataset('', { today: TODAY, read: (name) => files[name] ?? null });
  const errors = result.issues.filter((i) => i.severity === 'error');
  return { ...result, errors, messages: errors.map(formatIssue) };
}

export const KEP_HEADER = 'wilayah,periode,indikator,nilai,kualifikasi,sumber,ragu,catatan';
export const KEP_BASE = [
  '53,2024-06,ucj_persen,"33,73",,poskupang-2024-08-01,,',
  '53,2024-06,peserta_aktif,558.115,,poskupang-2024-08-01,,',
  '53,2024-06,pekerja_ucj,1.654.526,,poskupang-2024-08-01,,',
];
export const kep = (...rows: string[]) => [KEP_HEADER, ...rows].join('\n') + '\n';

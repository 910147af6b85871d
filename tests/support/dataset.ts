// Datasets for unit tests, loaded in memory the way the build loads data/: the small valid
// fixture, the frozen snapshot of data/ (for exact figures), or the real data/ (invariants
// only), each optionally with files replaced or edited. One loader and one TODAY for every test.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILES, OPTIONAL_FILES, loadDataset } from '#pipeline/dataset.ts';
import { formatIssue, formatIssues } from '#pipeline/errors.ts';
import { buildSiteData } from '#pipeline/outputs.ts';
import type { Konteks } from '#lib/artikel/resolve.ts';
import type { SiteData } from '#model/schema.ts';
import { ROOT } from './site.ts';

export { ROOT };
export const DATA = join(ROOT, 'data');
/** A frozen copy of data/ for unit tests that assert exact figures: a data refresh must not break them. */
export const SNAPSHOT = join(ROOT, 'tests', 'fixtures', 'data', 'snapshot');
export const FIXTURE_DATA = join(ROOT, 'tests', 'fixtures', 'data', 'valid');
export const FIXTURE_ARTIKEL = join(ROOT, 'tests', 'fixtures', 'articles', 'valid');
export const ARTIKEL = join(ROOT, 'src', 'content', 'artikel');
/** The date every test (and every scratch build, as UCJ_TODAY) treats as today. */
export const TODAY = new Date('2026-12-01T00:00:00Z');

/** The data files of a folder, by file name. */
export function readDataDir(dir: string): Record<string, string> {
  const files = Object.fromEntries(Object.values(FILES).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
  // Optional files (national context) only when the folder has them.
  for (const name of Object.values(OPTIONAL_FILES))
    if (existsSync(join(dir, name))) files[name] = readFileSync(join(dir, name), 'utf8');
  return files;
}

/** Loads in-memory data files (null or absent: the file is missing); errors are returned, with their messages. */
export function loadFiles(files: Record<string, string | null>) {
  const result = loadDataset('', { today: TODAY, read: (name) => files[name] ?? null });
  const errors = result.issues.filter((i) => i.severity === 'error');
  return { ...result, errors, messages: errors.map(formatIssue) };
}

/** Loads a data folder (the valid fixture unless named) with some files replaced. */
export const loadWith = (overrides: Record<string, string | null> = {}, dir = FIXTURE_DATA) =>
  loadFiles({ ...readDataDir(dir), ...overrides });

/** The dataset of in-memory data files; invalid data throws with every message. */
export function datasetOf(files: Record<string, string | null>) {
  const { dataset, errors } = loadFiles(files);
  if (errors.length) throw new Error(formatIssues(errors));
  return dataset;
}

/** Loads a data folder, transforming some of its files, into SiteData; invalid data throws. */
export function siteFrom(dir: string, edit: Partial<Record<string, (text: string) => string>> = {}): SiteData {
  const files = readDataDir(dir);
  for (const [name, change] of Object.entries(edit)) if (change && name in files) files[name] = change(files[name]!);
  const { dataset, errors, rowCounts } = loadFiles(files);
  if (errors.length) throw new Error(formatIssues(errors));
  return buildSiteData(dataset, 'uji', rowCounts);
}

export const konteks = (site: SiteData): Konteks => ({ site, href: (p) => `/basis${p}` });

export const KEP_HEADER = 'wilayah,periode,indikator,nilai,kualifikasi,sumber,ragu,catatan';
export const KEP_BASE = [
  '53,2024-06,ucj_persen,"33,73",,poskupang-2024-08-01,,',
  '53,2024-06,peserta_aktif,558.115,,poskupang-2024-08-01,,',
  '53,2024-06,pekerja_ucj,1.654.526,,poskupang-2024-08-01,,',
];
export const kep = (...rows: string[]) => [KEP_HEADER, ...rows].join('\n') + '\n';

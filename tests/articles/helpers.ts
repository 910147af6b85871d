// Datasets for the article tests: the real data/ (what the articles are written against) and
// the small fixture, each optionally with files replaced in memory, turned into SiteData.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILES, OPTIONAL_FILES, loadDataset } from '#pipeline/dataset.ts';
import { formatIssues } from '#pipeline/errors.ts';
import { buildSiteData } from '#pipeline/outputs.ts';
import type { Konteks } from '#lib/claims.ts';
import type { SiteData } from '#lib/types.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DATA = join(ROOT, 'data');
/** A frozen copy of data/ for unit tests that assert exact figures: a data refresh must not break them. */
export const SNAPSHOT = join(ROOT, 'tests', 'fixtures', 'data', 'snapshot');
export const FIXTURE_DATA = join(ROOT, 'tests', 'fixtures', 'data', 'valid');
export const FIXTURE_ARTIKEL = join(ROOT, 'tests', 'fixtures', 'articles', 'valid');
export const ARTIKEL = join(ROOT, 'src', 'content', 'artikel');
export const TODAY = new Date('2026-11-21T00:00:00Z');

const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

/** Loads a data folder, replacing some files (or transforming them), into SiteData. */
export function siteFrom(dir: string, edit: Partial<Record<string, (text: string) => string>> = {}): SiteData {
  const files: Record<string, string> = {};
  for (const name of Object.values(FILES)) files[name] = (edit[name] ?? ((t: string) => t))(read(dir, name));
  for (const name of Object.values(OPTIONAL_FILES)) if (existsSync(join(dir, name))) files[name] = (edit[name] ?? ((t: string) => t))(read(dir, name));
  const { dataset, issues, rowCounts } = loadDataset(dir, { today: TODAY, read: (name) => files[name] ?? null });
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length) throw new Error(formatIssues(errors));
  return buildSiteData(dataset, 'uji', rowCounts);
}

export const konteks = (site: SiteData): Konteks => ({ site, href: (p) => `/basis${p}` });

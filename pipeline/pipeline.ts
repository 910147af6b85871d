import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset, type LoadOptions } from './dataset.ts';
import { DataValidationError, formatIssues } from './errors.ts';
import type { SiteData } from '#model/schema.ts';
import { buildSiteData, downloads } from './outputs.ts';
import { contentVersion } from './version.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_DIR = process.env.UCJ_DATA_DIR ? resolve(process.env.UCJ_DATA_DIR) : join(ROOT, 'data');
// Overridable so tests can build hostile or broken datasets without touching the real output.
export const GENERATED_DIR = process.env.UCJ_GENERATED_DIR ? resolve(process.env.UCJ_GENERATED_DIR) : join(ROOT, 'src', 'generated');

/** "Today" can be pinned (UCJ_TODAY=2026-01-31) so checks of future periods are reproducible. */
export function today(): Date {
  const pinned = process.env.UCJ_TODAY;
  return pinned ? new Date(`${pinned}T00:00:00Z`) : new Date();
}

export interface Compiled {
  site: SiteData;
  files: Record<string, string>;
  warnings: string;
}

/** Validates and transforms everything in memory; throws DataValidationError listing every error. */
export function compile(dir = DATA_DIR, options: LoadOptions = {}): Compiled {
  const { dataset, issues, rowCounts } = loadDataset(dir, { today: today(), ...options });
  if (issues.some((i) => i.severity === 'error')) throw new DataValidationError(issues);
  const site = buildSiteData(dataset, contentVersion(dataset), rowCounts);
  const files: Record<string, string> = { 'site-data.json': JSON.stringify(site) + '\n' };
  for (const [name, content] of Object.entries(downloads(site))) files[`unduh/${name}`] = content;
  return { site, files, warnings: issues.length ? formatIssues(issues) : '' };
}

/**
 * Replaces a directory's contents in one step: the new tree is written beside it and swapped
 * in by rename, so a reader (or a crashed run) never sees half of the old and half of the new.
 * Returns a function that undoes the swap, for when a later build step fails.
 */
export function swapInDirectory(target: string, files: Record<string, string>): { commit: () => void; rollback: () => void } {
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = `${target}.next-${stamp}`;
  const backup = `${target}.prev-${stamp}`;
  for (const [name, content] of Object.entries(files)) {
    const path = join(staging, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  const hadOld = existsSync(target);
  if (hadOld) renameSync(target, backup);
  renameSync(staging, target);
  return {
    commit: () => rmSync(backup, { recursive: true, force: true }),
    rollback: () => {
      rmSync(target, { recursive: true, force: true });
      if (hadOld) renameSync(backup, target);
    },
  };
}

export function reportAndExit(err: unknown): never {
  if (err instanceof DataValidationError) {
    console.error(err.message);
  } else if (err instanceof Error) {
    // The message names the file, line and claim; the stack only helps developers.
    console.error(process.env.DEBUG ? (err.stack ?? err.message) : err.message);
  } else {
    console.error(String(err));
  }
  process.exit(1);
}

// Data fixtures as in-memory files, loaded the way the build loads data/.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILES, loadDataset } from '#pipeline/dataset.ts';

export const FIXTURES = resolve(fileURLToPath(new URL('../fixtures', import.meta.url)));
/** Frozen copy of data/ (see its README): realistic data that editors' refreshes do not move. */
export const SNAPSHOT_DIR = join(FIXTURES, 'data', 'snapshot');
export const TEST_TODAY = new Date('2026-12-01T00:00:00Z');

export function readDataDir(dir = SNAPSHOT_DIR): Record<string, string> {
  return Object.fromEntries(Object.values(FILES).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

/** Loads in-memory CSV files; throws with every message when the data has errors. */
export function loadFiles(files: Record<string, string>) {
  const result = loadDataset('', { today: TEST_TODAY, read: (name) => files[name] ?? null });
  const errors = result.issues.filter((i) => i.severity === 'error');
  if (errors.length) throw new Error(errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`).join('\n'));
  return result.dataset;
}

// The one way tests build the site (scripts/build.ts) or write scratch files: inside the
// project, under .cache/test-builds/ (git-ignored). Astro writes prerender chunks next to its
// output and imports them from there, so a build outside the project cannot resolve
// node_modules; building here works whatever TMPDIR is, and leaves nothing in /tmp.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { TODAY } from './dataset.ts';
import { ROOT } from './site.ts';

export const SCRATCH_ROOT = join(ROOT, '.cache', 'test-builds');

/**
 * The Node that runs child builds and scripts: the project's pinned Node (the `node`
 * devDependency, what `npm run` uses), whatever Node started Vitest.
 */
export const NODE = existsSync(join(ROOT, 'node_modules', '.bin', 'node'))
  ? join(ROOT, 'node_modules', '.bin', 'node')
  : process.execPath;

// Vitest puts Vite's variables into process.env (BASE_URL="/" would silently undo BASE_PATH inside
// Astro's build, NODE_ENV=test its mode); the project's own settings (UCJ_*, BASE_PATH, SITE_URL)
// are dropped too, so a child build gets exactly what its test asks for.
const DROPPED = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*|UCJ_.*|BASE_PATH|SITE_URL)$/;

/** The environment for a child process: this one without Vitest's and the project's variables, plus `env`. */
export function childEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !DROPPED.test(k))), ...env };
}

/** A new empty folder under .cache/test-builds/; the caller removes it. */
export function scratchDir(prefix: string): string {
  mkdirSync(SCRATCH_ROOT, { recursive: true });
  return mkdtempSync(join(SCRATCH_ROOT, `${prefix}-`));
}

/** A new empty folder under .cache/test-builds/, removed after the calling test file. */
export function useScratchDir(prefix: string): string {
  const dir = scratchDir(prefix);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A data folder `name` in `scratch` made of the CSV files of `fixture` (each of `replace`, file
 * name → path, instead of the fixture's), plus everything else the pipeline reads from data/
 * (the boundaries in geo/), linked from the real data/ (not its releases).
 */
export function scratchData(
  scratch: string,
  name: string,
  fixture: string,
  replace: Record<string, string> = {},
): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(fixture))
    if (file.endsWith('.csv')) copyFileSync(replace[file] ?? join(fixture, file), join(dir, file));
  for (const [file, from] of Object.entries(replace))
    if (!existsSync(join(dir, file))) copyFileSync(from, join(dir, file));
  const data = join(ROOT, 'data');
  // Not data/rilis/: releases are snapshots of the real data, not of the fixture; a test that
  // records releases gets its own folder (and `npm run rilis` must never write into data/).
  for (const entry of readdirSync(data)) {
    if (!entry.endsWith('.csv') && !entry.endsWith('.md') && entry !== 'rilis' && !existsSync(join(dir, entry)))
      symlinkSync(join(data, entry), join(dir, entry));
  }
  return dir;
}

export interface BuildResult {
  ok: boolean;
  /** Exit code; null when killed (timeout). */
  code: number | null;
  /** The build's dist/ and src/generated/ (UCJ_OUT_DIR, UCJ_GENERATED_DIR). */
  out: string;
  generated: string;
  stdout: string;
  stderr: string;
}

/** Where build `name` in `scratch` writes: the same paths every time, so a rebuild replaces the previous one. */
export const buildPaths = (scratch: string, name: string) => ({
  out: join(scratch, `${name}-dist`),
  generated: join(scratch, `${name}-gen`),
});

/**
 * Runs the whole build as `npm run build` does, into `scratch` under `name`. `env` sets the
 * data (UCJ_DATA_DIR), articles (UCJ_ARTIKEL_DIR), BASE_PATH, SITE_URL…; today is TODAY.
 * `args` go to scripts/build.ts (e.g. --terbit).
 */
export function buildSite(
  scratch: string,
  name: string,
  env: Record<string, string> = {},
  { timeout = 240_000, args = [] }: { timeout?: number; args?: string[] } = {},
): Promise<BuildResult> {
  const { out, generated } = buildPaths(scratch, name);
  const full = childEnv({
    UCJ_GENERATED_DIR: generated,
    UCJ_OUT_DIR: out,
    UCJ_TODAY: TODAY.toISOString().slice(0, 10),
    CI: '1',
    ...env,
  });
  return new Promise((resolve) => {
    execFile(
      NODE,
      [join(ROOT, 'scripts', 'build.ts'), ...args],
      { cwd: ROOT, env: full, timeout, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
        resolve({ ok: !err, code, out, generated, stdout, stderr });
      },
    );
  });
}

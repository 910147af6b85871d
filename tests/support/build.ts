// The one way tests build the site (scripts/build.ts) or write scratch files: inside the
// project, under .cache/test-builds/ (git-ignored). Astro writes prerender chunks next to its
// output and imports them from there, so a build outside the project cannot resolve
// node_modules; building here works whatever TMPDIR is, and leaves nothing in /tmp.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { TODAY } from './dataset.ts';
import { ROOT } from './site.ts';

export const SCRATCH_ROOT = join(ROOT, '.cache', 'test-builds');

/**
 * The Node that runs child builds and scripts: the project's pinned Node (the `node`
 * devDependency, what `npm run` uses), whatever Node started Vitest.
 */
export const NODE = existsSync(join(ROOT, 'node_modules', '.bin', 'node')) ? join(ROOT, 'node_modules', '.bin', 'node') : process.execPath;

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
export const buildPaths = (scratch: string, name: string) => ({ out: join(scratch, `${name}-dist`), generated: join(scratch, `${name}-gen`) });

/**
 * Runs the whole build as `npm run build` does, into `scratch` under `name`. `env` sets the
 * data (UCJ_DATA_DIR), articles (UCJ_ARTIKEL_DIR), BASE_PATH, SITE_URL…; today is TODAY.
 */
export function buildSite(scratch: string, name: string, env: Record<string, string> = {}, timeout = 240_000): Promise<BuildResult> {
  const { out, generated } = buildPaths(scratch, name);
  const full = childEnv({ UCJ_GENERATED_DIR: generated, UCJ_OUT_DIR: out, UCJ_TODAY: TODAY.toISOString().slice(0, 10), CI: '1', ...env });
  return new Promise((resolve) => {
    execFile(NODE, [join(ROOT, 'scripts', 'build.ts')], { cwd: ROOT, env: full, timeout, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
      resolve({ ok: !err, code, out, generated, stdout, stderr });
    });
  });
}

// Publishing a build so that, at every moment and after any kill or failing file operation,
// what is published is exactly one complete build: pages, downloads and generated JSON of one
// data version, never a mix, never nothing.
//
// Every build is made in a folder of its own, `.cache/builds/<out>/<stamp>/` (generated/ is the
// build's input, site/ Astro's output). `current` in that folder is a symlink to the published
// build; `dist` and `src/generated` are fixed symlinks through it. Publishing is one rename(2)
// of a new `current` link over the old one, which POSIX makes atomic: a reader, a host copying
// dist/, or a killed build sees the old build or the new one. Before the switch nothing
// published is touched; after it, only unpublished folders are removed.
//
// A lock file (PID) keeps two builds out of the same folder; a lock whose process is gone
// (killed build) is taken over. Leftovers of interrupted builds are removed at the next start.
//
// Fault injection for the tests: UCJ_FAULT=<point>:<fail|kill|int>[,…] makes the build fail
// (throw EIO), SIGKILL or SIGINT itself at that point. Points: lock, clean, generated, astro,
// site, link, switch, published, prune. Ignored unless set; never set it outside tests.
import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

export interface Layout {
  /** Published site: a symlink to current/site. */
  dist: string;
  /** The generated JSON the published site was built from: a symlink to current/generated. */
  generated: string;
  /** Where builds live: one folder per build, `current`, `lock`. */
  builds: string;
}

export function layoutFor(dist: string, generated: string): Layout {
  const d = resolve(dist);
  return { dist: d, generated: resolve(generated), builds: join(dirname(d), '.cache', 'builds', basename(d)) };
}

export class PublishError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PublishError';
  }
}

export const FAULT_POINTS = [
  'lock',
  'clean',
  'generated',
  'astro',
  'site',
  'link',
  'switch',
  'published',
  'prune',
] as const;
export type FaultPoint = (typeof FAULT_POINTS)[number];

/** Test hook: fails, kills or interrupts the build at a named point (see the header). */
export function fault(point: FaultPoint): void {
  const spec = process.env.UCJ_FAULT;
  if (!spec) return;
  const hit = spec
    .split(',')
    .map((s) => s.split(':'))
    .find(([where]) => where === point);
  if (!hit) return;
  const how = hit[1] ?? 'fail';
  if (how === 'kill') process.kill(process.pid, 'SIGKILL');
  if (how === 'int') process.kill(process.pid, 'SIGINT');
  if (how === 'fail') {
    const err = new Error(`EIO: i/o error (uji kegagalan di titik "${point}")`) as NodeJS.ErrnoException;
    err.code = 'EIO';
    throw err;
  }
}

// --- lock --------------------------------------------------------------------------------

interface LockInfo {
  pid: number;
  started: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A PID reused by an unrelated process is not a build.
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return /node|build/.test(cmd);
  } catch {
    return true;
  }
}

function readLock(path: string): LockInfo | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

/**
 * Takes the build lock of this output folder or throws a PublishError naming the build that
 * holds it. Returns the function that releases it.
 */
export function acquireLock(layout: Layout): () => void {
  mkdirSync(layout.builds, { recursive: true });
  const path = join(layout.builds, 'lock');
  const mine: LockInfo = { pid: process.pid, started: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeFileSync(fd, JSON.stringify(mine));
      closeSync(fd);
      return () => {
        if (readLock(path)?.pid === process.pid) rmSync(path, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const held = readLock(path);
    if (held && alive(held.pid)) {
      const since = held.started ? ` sejak ${held.started.replace('T', ' ').slice(0, 19)} UTC` : '';
      throw new PublishError(
        `Build lain sedang berjalan untuk ${layout.dist} (proses ${held.pid}${since}). Tunggu sampai selesai lalu jalankan lagi. ` +
          `Bila proses itu sudah tidak ada, hapus ${path}.`,
      );
    }
    // Stale (the build was killed) or half-written: move it aside, so that of two builds
    // taking over at once only one removes it; then try again.
    const aside = `${path}.basi-${process.pid}`;
    try {
      renameSync(path, aside);
      const moved = readLock(aside);
      if (moved && held && moved.pid !== held.pid) {
        // Another build took the lock meanwhile: put it back and let the next attempt refuse.
        renameSync(aside, path);
      } else {
        rmSync(aside, { force: true });
        console.warn(`Kunci build lama dari proses ${held?.pid ?? '?'} yang sudah berhenti dilepas.`);
      }
    } catch {
      // Someone else moved it first; the next attempt sees their lock.
    }
  }
  throw new PublishError(
    `Kunci build ${path} tidak bisa diambil. Pastikan tidak ada build lain yang berjalan, hapus berkas itu, lalu jalankan lagi.`,
  );
}

// --- state -------------------------------------------------------------------------------

/** The build folder `current` points to, or null when nothing is published this way. */
export function currentBuild(layout: Layout): string | null {
  try {
    return basename(readlinkSync(join(layout.builds, 'current')));
  } catch {
    return null;
  }
}

/** The data version recorded in a build folder. */
export function buildVersion(layout: Layout, name: string | null): string | null {
  if (!name) return null;
  try {
    return (JSON.parse(readFileSync(join(layout.builds, name, 'BUILD.json'), 'utf8')) as { versi: string }).versi;
  } catch {
    return null;
  }
}

const isLink = (path: string) => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};

/**
 * Removes what interrupted builds left: unpublished build folders, half-made links, and the
 * `.next-*`/`.prev-*` folders of the older build script. Never touches the published build.
 * Returns what it removed.
 */
export function cleanLeftovers(layout: Layout): string[] {
  const removed: string[] = [];
  const keep = new Set(['current', 'lock', currentBuild(layout)]);
  const remove = (path: string) => {
    fault('clean');
    rmSync(path, { recursive: true, force: true });
    removed.push(path);
  };
  if (existsSync(layout.builds)) {
    for (const name of readdirSync(layout.builds)) if (!keep.has(name)) remove(join(layout.builds, name));
  }
  for (const target of [layout.dist, layout.generated]) {
    const dir = dirname(target);
    if (!existsSync(dir)) continue;
    const prefix = `${basename(target)}.`;
    for (const name of readdirSync(dir)) {
      if (name.startsWith(prefix) && /^\.(next|prev|baru|lama)-/.test(name.slice(prefix.length - 1)))
        remove(join(dir, name));
    }
  }
  return removed;
}

// --- staging and publishing --------------------------------------------------------------

export interface Stage {
  name: string;
  dir: string;
  generated: string;
  site: string;
}

export function createStage(layout: Layout, versi: string): Stage {
  const name = `${versi}-${new Date().toISOString().replace(/[-:.]/g, '').slice(0, 15)}-${process.pid}`;
  const dir = join(layout.builds, name);
  mkdirSync(dir, { recursive: true });
  return { name, dir, generated: join(dir, 'generated'), site: join(dir, 'site') };
}

/** Writes the generated JSON and downloads into the stage: the build's input, not yet published. */
export function writeGenerated(stage: Stage, files: Record<string, string>): void {
  let i = 0;
  const half = Math.floor(Object.keys(files).length / 2);
  for (const [name, content] of Object.entries(files)) {
    if (i++ === half) fault('generated');
    const path = join(stage.generated, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

/** Points `link` at `target` by one rename, replacing a link already there. */
function switchLink(link: string, target: string, point: FaultPoint): void {
  const tmp = `${link}.baru-${process.pid}`;
  rmSync(tmp, { force: true });
  symlinkSync(relative(dirname(link), target), tmp);
  fault(point);
  renameSync(tmp, link);
}

/**
 * Makes `path` the fixed link through `current`, for a first build or a folder left by the
 * older build script. Only then can a plain folder be replaced, and that takes two renames:
 * the old folder is moved into .cache first, so it is never deleted before the link exists.
 */
function ensureFixedLink(layout: Layout, path: string, inside: 'site' | 'generated'): void {
  const target = join(layout.builds, 'current', inside);
  const wanted = relative(dirname(path), target);
  if (isLink(path) && readlinkSync(path) === wanted) return;
  mkdirSync(dirname(path), { recursive: true });
  const aside = join(layout.builds, `lama-${basename(path)}-${process.pid}`);
  const moved = existsSync(path) && !isLink(path);
  if (moved) renameSync(path, aside);
  try {
    switchLink(path, target, 'link');
  } catch (err) {
    // Never leave no dist/: the old folder goes back where it was.
    if (moved && !existsSync(path)) renameSync(aside, path);
    throw err;
  }
}

/**
 * Puts back the fixed links when a build was killed between publishing and linking (only
 * possible the first time, when dist/ was still a plain folder): the published build is
 * complete, only the link to it was missing.
 */
export function repair(layout: Layout): void {
  if (!currentBuild(layout) || !existsSync(join(layout.builds, 'current', 'site', 'index.html'))) return;
  ensureFixedLink(layout, layout.dist, 'site');
  ensureFixedLink(layout, layout.generated, 'generated');
}

/** Publishes a complete stage: one atomic rename of `current`, then the fixed links. */
export function publish(layout: Layout, stage: Stage, versi: string): void {
  writeFileSync(join(stage.dir, 'BUILD.json'), JSON.stringify({ versi, selesai: new Date().toISOString() }) + '\n');
  fault('site');
  switchLink(join(layout.builds, 'current'), stage.dir, 'switch');
  fault('published');
  ensureFixedLink(layout, layout.dist, 'site');
  ensureFixedLink(layout, layout.generated, 'generated');
}

/** After publishing: removes every build folder except the published one. Throws on failure. */
export function pruneOld(layout: Layout): void {
  const keep = new Set(['current', 'lock', currentBuild(layout)]);
  for (const name of readdirSync(layout.builds)) {
    if (keep.has(name)) continue;
    fault('prune');
    rmSync(join(layout.builds, name), { recursive: true, force: true });
  }
}

/** Removes an unpublished stage after a failure; never the published build. */
export function discardStage(layout: Layout, stage: Stage | null): void {
  if (!stage || currentBuild(layout) === stage.name) return;
  try {
    rmSync(stage.dir, { recursive: true, force: true });
  } catch {
    // Cleaned at the next start.
  }
}

/** For messages: what is published right now, described truthfully. */
export function describePublished(layout: Layout): string {
  const name = currentBuild(layout);
  const versi = buildVersion(layout, name);
  if (name && versi && distIsCurrent(layout)) return `build data versi ${versi}`;
  if (existsSync(join(layout.dist, 'index.html'))) return `folder ${basename(layout.dist)}/ dari build sebelumnya`;
  return 'belum ada build yang terbit';
}

/** True when dist/ really shows the build `current` points to. */
export function distIsCurrent(layout: Layout): boolean {
  try {
    return realpathSync(layout.dist) === realpathSync(join(layout.builds, 'current', 'site'));
  } catch {
    return false;
  }
}

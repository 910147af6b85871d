// Fault injection for scripts/build.ts: the build is failed, SIGKILLed or interrupted at every
// stage (UCJ_FAULT, see pipeline/publish.ts, plus real signals sent from outside during the
// Astro step), and after each the published tree (dist/ and src/generated/) must be
// byte-identical to the old clean build or to the new clean build: never missing, never mixed.
// The next build must clean what the interrupted one left, and a second build in the same
// folder is refused while one runs. About 20 full builds, run five at a time: this file takes
// minutes (4 on an idle 2-core machine, 10+ under load); the generous timeouts are for that.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { childEnv, NODE, useScratchDir } from '#support/build.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'data', 'valid');
// Inside the project (.cache/test-builds/, as every scratch build), so Astro keeps its prerender
// chunks in each build's own folder instead of the shared .astro/.
const scratch = useScratchDir('faults');

/** Content hash of a tree as a reader (or a host copying it) sees it: symlinks followed. */
function treeHash(dir: string): string {
  if (!existsSync(dir)) return 'TIDAK ADA';
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(relative(dir, p)).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  walk(dir);
  return h.digest('hex');
}

interface Folder {
  root: string;
  dist: string;
  gen: string;
  builds: string;
}
const folder = (name: string): Folder => {
  const root = join(scratch, name);
  return { root, dist: join(root, 'dist'), gen: join(root, 'gen'), builds: join(root, '.cache', 'builds', 'dist') };
};
const published = (f: Folder) => ({ dist: treeHash(f.dist), gen: treeHash(f.gen) });

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}
function build(
  f: Folder,
  data: string,
  extra: Record<string, string> = {},
  during?: (child: ReturnType<typeof spawn>) => void,
): Promise<Run> {
  return new Promise((ok) => {
    const child = spawn(NODE, [join(ROOT, 'scripts', 'build.ts')], {
      cwd: ROOT,
      env: childEnv({
        CI: '1',
        UCJ_DATA_DIR: data,
        UCJ_OUT_DIR: f.dist,
        UCJ_GENERATED_DIR: f.gen,
        UCJ_TODAY: '2026-11-21',
        ...extra,
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    during?.(child);
    // 'close', not 'exit': only then has all output been read.
    child.on('close', (code, signal) => ok({ code, signal, output }));
  });
}
const waitFor = async (cond: () => boolean, ms = 240_000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('waktu habis menunggu build');
    await new Promise((r) => setTimeout(r, 50));
  }
};
/** A new stage (not the published build) whose Astro output has started: the moment to interrupt. */
const astroRunning = (f: Folder) => () => {
  if (!existsSync(f.builds)) return false;
  const current = existsSync(join(f.builds, 'current')) ? readlinkSync(join(f.builds, 'current')) : null;
  return readdirSync(f.builds).some(
    (n) => n !== current && /^\w+-\d{8}T\d{6}-\d+$/.test(n) && existsSync(join(f.builds, n, 'site')),
  );
};
/** What interrupted builds left: anything in .cache/builds/ but the published build, and old-style folders. */
const leftovers = (f: Folder) => {
  const current = existsSync(join(f.builds, 'current')) ? readlinkSync(join(f.builds, 'current')) : null;
  const inBuilds = existsSync(f.builds) ? readdirSync(f.builds).filter((n) => n !== 'current' && n !== current) : [];
  return [...inBuilds, ...readdirSync(f.root).filter((n) => /\.(next|prev|baru|lama)-/.test(n))];
};

const V2 = join(scratch, 'data-v2');
const INVALID = join(scratch, 'data-invalid');
const base = folder('dasar');
const fresh = folder('baru');
let OLD = { dist: '', gen: '' };
let NEW = { dist: '', gen: '' };
let second: Run | null = null;
let duringSecond = { dist: '', gen: '' };

beforeAll(async () => {
  cpSync(FIXTURE, V2, { recursive: true });
  const kep = readFileSync(join(V2, 'kepesertaan.csv'), 'utf8');
  writeFileSync(
    join(V2, 'kepesertaan.csv'),
    kep.replace('poskupang-2024-08-01,,\n', 'poskupang-2024-08-01,,Catatan versi baru\n'),
  );
  cpSync(FIXTURE, INVALID, { recursive: true });
  writeFileSync(join(INVALID, 'kepesertaan.csv'), kep.replace('Malaka,2025-05', 'Malak,2025-05'));
  // The old clean build once; every scenario starts from a copy of it.
  const a = await build(base, FIXTURE);
  expect(a.code, a.output).toBe(0);
  OLD = published(base);
  // The new clean build, made while a second build tries the same folder (refused).
  cpSync(base.root, fresh.root, { recursive: true, verbatimSymlinks: true });
  const b = await build(
    fresh,
    V2,
    {},
    (child) =>
      void waitFor(astroRunning(fresh)).then(async () => {
        second = await build(fresh, FIXTURE);
        duringSecond = published(fresh);
        void child;
      }),
  );
  expect(b.code, b.output).toBe(0);
  NEW = published(fresh);
}, 900_000);

const scenario = (name: string) => {
  const f = folder(name);
  cpSync(base.root, f.root, { recursive: true, verbatimSymlinks: true });
  expect(published(f)).toEqual(OLD);
  return f;
};

describe('build tidak pernah menerbitkan setengah jadi', () => {
  test('dua build bersih berbeda versi datanya, dan dist/ tersalin sebagai folder biasa', () => {
    expect(OLD.dist).not.toBe(NEW.dist);
    expect(OLD.gen).not.toBe(NEW.gen);
    expect(lstatSync(base.dist).isSymbolicLink()).toBe(true);
    // A deploy copying dist/ (trailing slash: what the link points to) gets plain files.
    const copy = join(scratch, 'salinan');
    cpSync(`${base.dist}/`, copy, { recursive: true, dereference: true });
    expect(readdirSync(copy, { recursive: true, withFileTypes: true }).filter((e) => e.isSymbolicLink())).toEqual([]);
    expect(treeHash(copy)).toBe(OLD.dist);
  });

  // Failing file operations and SIGKILL/SIGINT at every named point. Before the switch the old
  // build must stay; from the switch on the new one is published.
  const POINTS: [string, 'lama' | 'baru'][] = [
    ['lock:fail', 'lama'],
    ['lock:kill', 'lama'],
    ['generated:fail', 'lama'],
    ['generated:kill', 'lama'],
    ['generated:int', 'lama'],
    ['astro:fail', 'lama'],
    ['astro:kill', 'lama'],
    ['astro:int', 'lama'],
    ['switch:fail', 'lama'],
    ['switch:kill', 'lama'],
    ['published:kill', 'baru'],
    ['published:fail', 'baru'],
    ['clean:fail,prune:fail', 'baru'],
  ];
  test.concurrent.each(POINTS)(
    'UCJ_FAULT=%s: yang terbit tetap build %s, utuh; build berikutnya membersihkan sisanya',
    async (fault, expected) => {
      const f = scenario(`f-${fault.replace(/[:,]/g, '-')}`);
      if (fault.startsWith('clean'))
        cpSync(join(base.builds, readlinkSync(join(base.builds, 'current'))), join(f.builds, 'sisa-1-2'), {
          recursive: true,
        });
      const r = await build(f, V2, { UCJ_FAULT: fault, UCJ_FAULT_DELAY: '1500' });
      const how = fault.split(':')[1]!.split(',')[0];
      if (how === 'kill') expect(r.signal, r.output).toBe('SIGKILL');
      else if (how === 'int') expect(r.code, r.output).toBe(130);
      else if (expected === 'lama') expect(r.code, r.output).toBe(1);
      expect(published(f), r.output).toEqual(expected === 'lama' ? OLD : NEW);
      // Messages tell the truth about what is live.
      if (expected === 'lama' && how !== 'kill') expect(r.output).toMatch(/tidak diubah: build data versi \w+\./);
      if (fault === 'published:fail')
        expect(r.output).toMatch(/Build baru sudah terbit \(build data versi \w+\), tetapi langkah sesudahnya gagal/);
      if (fault.startsWith('clean')) {
        expect(r.code, r.output).toBe(0);
        expect(r.output).toMatch(/PERINGATAN: sisa build lama tidak bisa dihapus/);
        expect(r.output).toMatch(/PERINGATAN: build lama tidak bisa dihapus/);
      }
      // The next build (here with invalid data, so it stops right after cleaning) removes the
      // leftovers and the stale lock, and still leaves the published build alone.
      const next = await build(f, INVALID);
      expect(next.code, next.output).toBe(1);
      expect(next.output).toMatch(/kepesertaan\.csv, baris 6, kolom A \(wilayah\)/);
      expect(next.output).not.toMatch(/Build lain sedang berjalan/);
      expect(published(f)).toEqual(expected === 'lama' ? OLD : NEW);
      expect(leftovers(f)).toEqual([]);
      expect(existsSync(join(f.builds, 'lock'))).toBe(false);
    },
    900_000,
  );

  test('SIGKILL dan SIGINT dari luar di tengah langkah Astro: build lama tetap terbit', async () => {
    for (const signal of ['SIGKILL', 'SIGINT'] as const) {
      const f = scenario(`sinyal-${signal}`);
      const r = await build(f, V2, {}, (child) => void waitFor(astroRunning(f)).then(() => child.kill(signal)));
      if (signal === 'SIGKILL') expect(r.signal).toBe('SIGKILL');
      else {
        expect(r.code, r.output).toBe(130);
        expect(r.output).toMatch(/Build dihentikan \(Ctrl\+C\)\. Yang terbit tidak diubah: build data versi \w+\./);
      }
      expect(published(f), signal).toEqual(OLD);
    }
  }, 900_000);

  test('build kedua di folder yang sama ditolak dengan pesan yang jelas; yang pertama tetap terbit utuh', () => {
    expect(second).not.toBeNull();
    expect(second!.code).toBe(1);
    expect(second!.output).toMatch(
      /Build lain sedang berjalan untuk .*dist \(proses \d+ sejak .* UTC\)\. Tunggu sampai selesai lalu jalankan lagi\./,
    );
    expect(second!.output).toContain('Build tidak dijalankan.');
    expect(duringSecond).toEqual(OLD);
    expect(leftovers(fresh)).toEqual([]);
    expect(existsSync(join(fresh.builds, 'lock'))).toBe(false);
  });

  test('dist/ berupa folder biasa dari skrip build lama: diganti sekali jalan, sisa .next-/.prev- dibersihkan', async () => {
    const f = folder('peralihan');
    mkdirSync(f.root, { recursive: true });
    cpSync(`${base.dist}/`, f.dist, { recursive: true, dereference: true });
    cpSync(`${base.gen}/`, f.gen, { recursive: true, dereference: true });
    cpSync(`${base.dist}/`, join(f.root, 'dist.next-123'), { recursive: true, dereference: true });
    cpSync(`${base.gen}/`, join(f.root, 'gen.prev-123-456'), { recursive: true, dereference: true });
    expect(published(f)).toEqual(OLD);
    const failed = await build(f, V2, { UCJ_FAULT: 'link:fail' });
    expect(failed.code).toBe(1);
    // The plain folder was put back: something complete is always there.
    expect(treeHash(f.dist)).toBe(OLD.dist);
    const r = await build(f, INVALID);
    expect(r.code).toBe(1);
    expect(published(f)).toEqual(NEW);
    expect(leftovers(f)).toEqual([]);
    expect(readdirSync(f.root).sort()).toEqual(['.cache', 'dist', 'gen']);
  }, 900_000);
});

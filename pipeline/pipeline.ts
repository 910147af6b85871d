import { hariIniWita, tanggalWita, waktuWita } from '#model/waktu.ts';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset, type LoadOptions } from './dataset.ts';
import { DataValidationError, formatIssues } from './errors.ts';
import type { SiteData } from '#model/schema.ts';
import { buildSiteData, downloads } from './outputs.ts';
import { contentVersion, datasetFromSnapshot } from './version.ts';
import { loadReleases, type Rilis } from './rilis.ts';
import type { Dataset } from './dataset.ts';
import { readPetak } from './petak.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_DIR = process.env.UCJ_DATA_DIR ? resolve(process.env.UCJ_DATA_DIR) : join(ROOT, 'data');
// Overridable so tests can build hostile or broken datasets without touching the real output.
export const GENERATED_DIR = process.env.UCJ_GENERATED_DIR
  ? resolve(process.env.UCJ_GENERATED_DIR)
  : join(ROOT, 'src', 'generated');
// Boundaries and the tile layout: geometry shared by every dataset (tests may swap it).
export const GEO_DIR = process.env.UCJ_GEO_DIR ? resolve(process.env.UCJ_GEO_DIR) : join(ROOT, 'data', 'geo');
/** The JSON `npm run data` writes for `npm run dev`; the published src/generated/ is the build's. */
export const DEV_GENERATED_DIR = process.env.UCJ_GENERATED_DIR
  ? resolve(process.env.UCJ_GENERATED_DIR)
  : join(ROOT, '.cache', 'dev', 'generated');

/**
 * The clock: now, unless pinned for reproducible runs by UCJ_NOW (an instant,
 * UCJ_NOW=2026-12-01T23:30:00Z) or UCJ_TODAY (a day in NTT, UCJ_TODAY=2026-01-31).
 */
function sekarang(): Date | null {
  const pinned = process.env.UCJ_NOW;
  if (!pinned) return null;
  const d = new Date(pinned);
  if (Number.isNaN(d.getTime()))
    throw new Error(`UCJ_NOW bukan waktu yang sah: "${pinned}". Contoh: UCJ_NOW=2026-12-01T23:30:00Z.`);
  return d;
}

/** Today in NTT (WITA), for checks of future periods and dates. */
export function today(): Date {
  const pinned = process.env.UCJ_TODAY;
  if (pinned && !process.env.UCJ_NOW) return new Date(`${pinned}T00:00:00Z`);
  return hariIniWita(sekarang() ?? new Date());
}

/**
 * When a release is recorded: its day and time in NTT. With only a day pinned (UCJ_TODAY) the
 * record carries that day and no time, rather than a time nobody observed.
 */
export function saatRilis(): { tanggal: string; waktu?: string } {
  const pinned = process.env.UCJ_TODAY;
  if (pinned && !process.env.UCJ_NOW) return { tanggal: pinned };
  const d = sekarang() ?? new Date();
  return { tanggal: tanggalWita(d), waktu: waktuWita(d) };
}

/** A release as the pages read it: its record and the site data built from its snapshot. */
export interface RilisSitus extends Omit<Rilis, 'data'> {
  site: SiteData;
}

export interface Compiled {
  site: SiteData;
  dataset: Dataset;
  releases: Rilis[];
  files: Record<string, string>;
  /** Data warnings plus, when the data differs from the last release, a reminder to record one. */
  warnings: string;
  /** Data warnings only. */
  dataWarnings: string;
}

/** Validates and transforms everything in memory; throws DataValidationError listing every error. */
export function compile(dir = DATA_DIR, options: LoadOptions = {}): Compiled {
  const { dataset, issues, rowCounts } = loadDataset(dir, { today: today(), ...options });
  let releases: Rilis[] = [];
  try {
    releases = loadReleases(dir);
  } catch (err) {
    if (!(err instanceof DataValidationError)) throw err;
    issues.push(...err.issues);
  }
  const petak = readPetak(
    GEO_DIR,
    dataset.wilayah.filter((w) => w.jenis !== 'Provinsi'),
  );
  // With errors in wilayah.csv every missing row would also read as a missing tile: noise.
  if (!issues.some((i) => i.severity === 'error' && i.file.endsWith('wilayah.csv'))) issues.push(...petak.issues);
  if (issues.some((i) => i.severity === 'error')) throw new DataValidationError(issues);
  const site = buildSiteData(dataset, contentVersion(dataset), rowCounts);
  const files: Record<string, string> = {
    'site-data.json': JSON.stringify(site) + '\n',
    'riwayat.json': JSON.stringify(releaseSites(releases)) + '\n',
    'petak.json': JSON.stringify(petak.petak) + '\n',
  };
  for (const [name, content] of Object.entries(downloads(site))) files[`unduh/${name}`] = content;
  const last = releases.at(-1);
  const unreleased =
    last && last.versi !== site.meta.versi
      ? `PERINGATAN: data versi ${site.meta.versi} belum dirilis (rilis terakhir: ${last.nomor}, versi ${last.versi}). Jalankan npm run rilis -- "catatan" sebelum menerbitkan, supaya perubahannya tercatat di /riwayat/.`
      : '';
  const notes = [issues.length ? formatIssues(issues) : '', unreleased].filter(Boolean).join('\n');
  return { site, dataset, releases, files, warnings: notes, dataWarnings: issues.length ? formatIssues(issues) : '' };
}

/** Every release with the site data of its snapshot, oldest first, for /riwayat/ and pinned embeds. */
export function releaseSites(releases: Rilis[]): RilisSitus[] {
  return releases.map(({ data, ...record }) => {
    const ds = datasetFromSnapshot(data);
    const counts = {
      'kepesertaan.csv': ds.observasi.length,
      'klaim.csv': ds.klaim.length,
      'sumber.csv': ds.sumber.length,
      'wilayah.csv': ds.wilayah.length,
      'indikator.csv': ds.indikator.length,
    };
    return { ...record, site: buildSiteData(ds, record.versi, counts) };
  });
}

/**
 * Replaces a directory's contents in one step: the new tree is written beside it and swapped
 * in by rename, so a reader (or a crashed run) never sees half of the old and half of the new.
 * Returns a function that undoes the swap, for when a later build step fails.
 */
export function swapInDirectory(
  target: string,
  files: Record<string, string>,
): { commit: () => void; rollback: () => void } {
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

/**
 * For a failure after validation (Astro, a page, an image): the data rows the error text
 * points to. Quoted strings and page paths in the message (a region's slug, a name) are looked
 * up in the data files; returns e.g. "data/wilayah.csv baris 5" entries, at most three.
 */
export function traceToData(message: string, dir = DATA_DIR): string[] {
  const needles = new Set<string>();
  for (const m of message.matchAll(/["'`“]([^"'`”\n]{3,80})["'`”]/g)) needles.add(m[1]!.trim());
  for (const m of message.matchAll(/\/(?:kabupaten|peta|embed\/peta|artikel)\/([a-z0-9-]{3,})\//g)) needles.add(m[1]!);
  const exact: string[] = [];
  const partial: string[] = [];
  if (needles.size === 0 || !existsSync(dir)) return [];
  const slug = (t: string) =>
    t
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const keys = [...needles].map((n) => ({ lower: n.toLowerCase(), slug: slug(n) }));
  // Definitions first: a page about a region or an indicator is made from its own row.
  const order = ['wilayah.csv', 'indikator.csv', 'sumber.csv'];
  const rank = (n: string) => (order.includes(n) ? order.indexOf(n) : order.length);
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.csv'))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))) {
    const lines = readFileSync(join(dir, name), 'utf8').split(/\r\n|\r|\n/);
    lines.forEach((line, i) => {
      if (i === 0 || line === '') return;
      const where = `data/${name} baris ${i + 1}`;
      // A whole cell equal to the text (or to the page's slug) is the row the page was made from.
      const cells = line.split(/[,;]/).map((c) => c.replace(/^"|"$/g, '').trim());
      if (cells.some((c) => keys.some((k) => c.toLowerCase() === k.lower || (k.slug.length > 2 && slug(c) === k.slug))))
        exact.push(where);
      else if (keys.some((k) => line.toLowerCase().includes(k.lower))) partial.push(where);
    });
  }
  const found = [...new Set([...exact, ...partial])].slice(0, 3);
  return found;
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

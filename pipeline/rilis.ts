/**
 * Data releases: what each republication changed for readers, and the data as it was then.
 *
 * A release is one committed JSON file in data/rilis/ holding its number, date, version, the
 * editor's note, the changes against the previous release, and a canonical snapshot of the
 * data (pipeline/version.ts). Later builds read the snapshots to keep every release's embeds
 * online unchanged and to show articles the corrections made since they were written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Dataset } from './dataset.ts';
import { adaPerubahan, compareDatasets, type Perubahan, type PerubahanLain, type Selisih } from './diff.ts';
import { DataValidationError, type Issue } from './errors.ts';
import { contentVersion, canonicalSnapshot, datasetFromSnapshot, type Snapshot } from './version.ts';

export interface Rilis {
  nomor: number;
  versi: string;
  /** YYYY-MM-DD, the day in NTT (WITA) the editor recorded it. Releases 1–3 predate `waktu`. */
  tanggal: string;
  /** The moment it was recorded, ISO 8601 in WITA with its offset (2026-12-02T07:30:00+08:00). */
  waktu?: string;
  catatan: string;
  /** Version of the release this one is compared with; null for the first. */
  sebelumnya: string | null;
  perubahan: Perubahan[];
  lainnya: PerubahanLain[];
  data: Snapshot;
}

export const RILIS_FOLDER = 'rilis';

const nilaiRilis = z.object({
  nilai: z.number().nullable(),
  kualifikasi: z.enum(['sekitar', 'lebih dari', 'kurang dari']).nullable(),
  ragu: z.boolean(),
  nominalRp: z.number().nullable().optional(),
  kualifikasiNominal: z.enum(['sekitar', 'lebih dari', 'kurang dari']).nullable().optional(),
});
/** A release record without its data snapshot: also what the site reads back from riwayat.json. */
export const rilisRecord = z.object({
  nomor: z.number().int().positive(),
  versi: z.string().regex(/^[0-9a-f]{10}$/),
  tanggal: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  waktu: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/)
    .optional(),
  catatan: z.string().min(1),
  sebelumnya: z.string().nullable(),
  perubahan: z.array(
    z.object({
      jenis: z.enum(['baru', 'dikoreksi', 'dihapus', 'keterangan']),
      wilayah: z.string(),
      indikator: z.string(),
      periode: z.string(),
      sumber: z.string(),
      sumberBaru: z.boolean().optional(),
      sebelum: nilaiRilis.optional(),
      sesudah: nilaiRilis.optional(),
      catatan: z.string().nullable().optional(),
    }),
  ),
  lainnya: z.array(
    z.object({
      apa: z.enum(['sumber', 'indikator', 'wilayah']),
      id: z.string(),
      jenis: z.enum(['baru', 'diubah', 'dihapus']),
    }),
  ),
});
const rilisSchema = rilisRecord.extend({
  data: z.object({
    wilayah: z.array(z.looseObject({ kode: z.string() })),
    indikator: z.array(z.looseObject({ id: z.string() })),
    sumber: z.array(z.looseObject({ id: z.string(), tanggalTerbit: z.string() })),
    observasi: z.array(
      z.looseObject({
        wilayah: z.string(),
        indikator: z.string(),
        sumber: z.string(),
        periode: z.looseObject({ id: z.string() }),
      }),
    ),
    klaim: z.array(z.looseObject({ wilayah: z.string(), sumber: z.string() })),
  }),
});

export const rilisDir = (dataDir: string) => join(dataDir, RILIS_FOLDER);
const fileName = (r: Pick<Rilis, 'nomor' | 'tanggal' | 'versi'>) =>
  `${String(r.nomor).padStart(4, '0')}-${r.tanggal}-${r.versi}.json`;

/**
 * Every recorded release, oldest first. A file that is not valid JSON, does not match the
 * release format, or whose snapshot no longer hashes to its version (edited by hand) is an
 * error naming the file: a release is a public record and is never silently reinterpreted.
 */
export function loadReleases(dataDir: string): Rilis[] {
  const dir = rilisDir(dataDir);
  if (!existsSync(dir)) return [];
  const issues: Issue[] = [];
  const out: Rilis[] = [];
  const issue = (name: string, message: string) =>
    issues.push({ file: `data/${RILIS_FOLDER}/${name}`, line: 0, column: 0, message, severity: 'error' });
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (err) {
      issue(
        name,
        `Berkas rilis bukan JSON yang sah (${(err as Error).message}). Kembalikan berkas ini dari git (git checkout -- data/${RILIS_FOLDER}/${name}); rilis tidak disunting tangan.`,
      );
      continue;
    }
    const parsed = rilisSchema.safeParse(json);
    if (!parsed.success) {
      issue(
        name,
        `Berkas rilis tidak sesuai format: ${parsed.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('; ')}. Kembalikan berkas ini dari git; rilis dibuat hanya dengan npm run rilis.`,
      );
      continue;
    }
    // The file as written, not zod's copy: zod reorders keys, and the record is kept verbatim.
    const r = json as Rilis;
    const actual = contentVersion(datasetFromSnapshot(r.data));
    if (actual !== r.versi) {
      issue(
        name,
        `Isi data rilis ${r.nomor} tidak lagi cocok dengan versinya (${r.versi}, isinya kini ${actual}): berkas ini diubah setelah direkam. Kembalikan dari git; koreksi dicatat sebagai rilis baru dengan npm run rilis.`,
      );
      continue;
    }
    out.push(r);
  }
  out.sort((a, b) => a.nomor - b.nomor);
  out.forEach((r, i) => {
    if (r.nomor !== i + 1)
      issue(
        fileName(r),
        `Nomor rilis ${r.nomor} tidak berurutan (seharusnya ${i + 1}). Ada berkas rilis yang hilang atau ganda di data/${RILIS_FOLDER}/.`,
      );
  });
  if (issues.length) throw new DataValidationError(issues);
  return out;
}

export const latestRelease = (releases: Rilis[]): Rilis | null => releases.at(-1) ?? null;

/** Changes of the current data against the last release (everything new when there is none). */
export function changesSinceRelease(releases: Rilis[], current: Dataset): Selisih {
  const last = latestRelease(releases);
  return compareDatasets(last ? datasetFromSnapshot(last.data) : null, current);
}

export type HasilRilis =
  { recorded: true; rilis: Rilis; file: string } | { recorded: false; versi: string; selisih: Selisih };

/**
 * Records a release of `current` when it differs from the last one. The file is written beside
 * its final name and renamed into place, so an interrupted run leaves no half-written release.
 */
export function recordRelease(
  dataDir: string,
  current: Dataset,
  catatan: string,
  /** The day in NTT (pipeline.ts saatRilis), and the moment when known. */
  tanggal: string,
  waktu?: string,
): HasilRilis {
  const note = catatan.trim();
  if (!note) throw new Error('Catatan rilis wajib diisi: npm run rilis -- "apa yang berubah dan mengapa".');
  const releases = loadReleases(dataDir);
  const versi = contentVersion(current);
  const last = latestRelease(releases);
  const selisih = changesSinceRelease(releases, current);
  if (last && (last.versi === versi || !adaPerubahan(selisih))) return { recorded: false, versi, selisih };
  const rilis: Rilis = {
    nomor: releases.length + 1,
    versi,
    tanggal,
    ...(waktu ? { waktu } : {}),
    catatan: note,
    sebelumnya: last?.versi ?? null,
    perubahan: selisih.perubahan,
    lainnya: selisih.lainnya,
    data: canonicalSnapshot(current),
  };
  const dir = rilisDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, fileName(rilis));
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(rilis, null, 1) + '\n');
  renameSync(tmp, file);
  return { recorded: true, rilis, file };
}

// Validates data/ without building and prints a report an editor can read: rows per file,
// how many of the kabupaten/kota each indicator covers and for which periods, and what changed
// against the last release (data/rilis/) and the last commit. Exits non-zero when the data has errors.
import { execFileSync } from 'node:child_process';
import { FILES, loadDataset, type Dataset } from '#pipeline/dataset.ts';
import { compareDatasets, formatSelisih } from '#pipeline/diff.ts';
import { formatIssues } from '#pipeline/errors.ts';
import { DATA_DIR, ROOT, today } from '#pipeline/pipeline.ts';
import { changesSinceRelease, latestRelease, loadReleases, type Rilis } from '#pipeline/rilis.ts';
import { DataValidationError } from '#pipeline/errors.ts';

const out: string[] = [];
const say = (s = '') => out.push(s);
const { dataset, issues, rowCounts } = loadDataset(DATA_DIR, { today: today() });
const names = new Map(dataset.wilayah.map((r) => [r.kode, r.nama]));
const PROVINCE_CODE = dataset.wilayah.find((r) => r.jenis === 'Provinsi')?.kode;
const regionCount = dataset.wilayah.filter((r) => r.jenis !== 'Provinsi').length;

say('== Baris per berkas ==');
for (const name of Object.values(FILES)) say(`  ${name.padEnd(18)} ${rowCounts[name] ?? 0} baris`);

say('');
say(`== Cakupan indikator (dari ${regionCount} kabupaten/kota) ==`);
for (const ind of dataset.indikator) {
  const rows = dataset.observasi.filter((o) => o.indikator === ind.id);
  if (rows.length === 0) {
    say(`  ${ind.id}: belum ada data`);
    continue;
  }
  const regional = rows.filter((o) => o.wilayah !== PROVINCE_CODE);
  const usable = new Set(regional.filter((o) => !o.ragu).map((o) => o.wilayah));
  const doubtful = new Set(regional.filter((o) => o.ragu).map((o) => o.wilayah));
  const periods = [...new Set(regional.map((o) => o.periode.id))].sort();
  const province = rows.filter((o) => o.wilayah === PROVINCE_CODE).map((o) => o.periode.id);
  say(
    `  ${ind.id}: ${usable.size} wilayah berdata${doubtful.size ? `, ${doubtful.size} hanya/juga angka ragu` : ''}${periods.length ? `; periode ${periods.join(', ')}` : ''}${province.length ? `; provinsi: ${[...new Set(province)].sort().join(', ')}` : ''}`,
  );
  if (usable.size)
    say(
      `      ${[...usable]
        .sort()
        .map((k) => names.get(k) ?? k)
        .join(', ')}`,
    );
}
const claimRegions = new Set(dataset.klaim.map((c) => c.wilayah));
say(
  `  klaim: ${dataset.klaim.length} baris untuk ${[...claimRegions].map((k) => names.get(k) ?? k).join(', ') || '-'}`,
);

say('');
say('== Perubahan dibanding commit terakhir ==');
let previous: Dataset | null = null;
try {
  const readOld = (name: string) => {
    try {
      return execFileSync('git', ['show', `HEAD:data/${name}`], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch {
      return null;
    }
  };
  const old = loadDataset(DATA_DIR, { today: today(), read: readOld });
  if (old.issues.some((i) => i.severity === 'error' && i.message.startsWith('Berkas tidak ditemukan'))) {
    say('  Commit terakhir belum memuat semua berkas data; tidak ada pembanding.');
  } else previous = old.dataset;
} catch {
  say('  Git tidak tersedia; perbandingan dilewati.');
}
if (previous) {
  const changes = compareDatasets(previous, dataset);
  if (changes.perubahan.length === 0 && changes.lainnya.length === 0) say('  Tidak ada perubahan angka.');
  for (const line of formatSelisih(changes, names)) say(line);
}

say('');
say('== Perubahan dibanding rilis terakhir ==');
let releaseErrors = false;
let releases: Rilis[] = [];
try {
  releases = loadReleases(DATA_DIR);
} catch (err) {
  if (!(err instanceof DataValidationError)) throw err;
  releaseErrors = true;
  say(formatIssues(err.issues));
}
const last = latestRelease(releases);
if (!releaseErrors) {
  if (!last) say('  Belum ada rilis. Catat rilis pertama dengan npm run rilis -- "catatan".');
  else {
    const changes = changesSinceRelease(releases, dataset);
    say(`  Rilis terakhir: ${last.nomor}, versi ${last.versi}, ${last.tanggal}.`);
    if (changes.perubahan.length === 0 && changes.lainnya.length === 0)
      say('  Tidak ada perubahan sejak rilis terakhir.');
    else {
      for (const line of formatSelisih(changes, names)) say(line);
      say('  Catat perubahan ini sebagai rilis dengan npm run rilis -- "catatan".');
    }
  }
}

say('');
say('== Pemeriksaan ==');
say(issues.length ? formatIssues(issues) : 'Data valid, tanpa galat atau peringatan.');
console.log(out.join('\n'));
process.exit(issues.some((i) => i.severity === 'error') || releaseErrors ? 1 : 0);

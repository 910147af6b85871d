// The whole build: validate data, generate JSON, build the site with Astro into a folder of its
// own, and publish it with one atomic switch (pipeline/publish.ts). Any failure or kill before
// the switch leaves the published build (dist/, src/generated/) exactly as it was; after the
// switch the new build is complete and published. A second build for the same folder is refused.
import { build } from 'astro';
import { DataValidationError } from '#pipeline/errors.ts';
import { compile, GENERATED_DIR, reportAndExit, ROOT, traceToData } from '#pipeline/pipeline.ts';
import {
  acquireLock,
  cleanLeftovers,
  createStage,
  currentBuild,
  describePublished,
  discardStage,
  distIsCurrent,
  fault,
  layoutFor,
  publish,
  pruneOld,
  repair,
  writeGenerated,
  type Stage,
} from '#pipeline/publish.ts';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { publishProblems, resolveSitus, SitusError } from '#lib/situs.ts';

// `npm run build -- --terbit`: a publishing build, which refuses to run without an https://
// address (situs.config.json or SITE_URL), checked before anything is built.
if (process.argv.includes('--terbit')) {
  let problems: string[];
  try {
    problems = publishProblems(resolveSitus());
  } catch (err) {
    problems = [err instanceof SitusError ? err.message : String(err)];
  }
  if (problems.length) {
    console.error(`Build terbit ditolak:\n${problems.join('\n')}`);
    process.exit(1);
  }
}

const started = performance.now();
const layout = layoutFor(resolve(ROOT, process.env.UCJ_OUT_DIR ?? 'dist'), GENERATED_DIR);
const rel = (p: string) => p.replace(`${ROOT}/`, '');

let release: (() => void) | null = null;
let stage: Stage | null = null;
let astroStarted = false;
const isPublished = () => stage !== null && currentBuild(layout) === stage.name && distIsCurrent(layout);

// Ctrl+C: nothing published changes before the switch, so stop cleanly and say what is live.
process.once('SIGINT', () => {
  if (!isPublished()) discardStage(layout, stage);
  release?.();
  console.error(
    `Build dihentikan (Ctrl+C). ${isPublished() ? 'Build baru sudah terbit' : `Yang terbit tidak diubah: ${describePublished(layout)}`}.`,
  );
  process.exit(130);
});

try {
  release = acquireLock(layout);
  fault('lock');
  repair(layout);
  try {
    const removed = cleanLeftovers(layout);
    if (removed.length) console.log(`Sisa build yang terhenti dibersihkan: ${removed.map(rel).join(', ')}.`);
  } catch (err) {
    console.warn(
      `PERINGATAN: sisa build lama tidak bisa dihapus (${err instanceof Error ? err.message : String(err)}); dicoba lagi pada build berikutnya.`,
    );
  }
  const { files, warnings, site } = compile();
  if (warnings) console.warn(warnings);
  stage = createStage(layout, site.meta.versi);
  writeGenerated(stage, files);
  // The pages and downloads read this stage's JSON (astro.config.mjs, src/pages/unduh/).
  process.env.UCJ_GENERATED_DIR = stage.generated;
  const how = /(?:^|,)astro:(\w+)/.exec(process.env.UCJ_FAULT ?? '')?.[1];
  const timer =
    how && how !== 'fail' ? setTimeout(() => fault('astro'), Number(process.env.UCJ_FAULT_DELAY ?? 3000)) : null;
  if (how === 'fail') fault('astro');
  // Vite's cache in the stage, not node_modules/.vite: builds of other folders (tests, a
  // preview build) may run at the same time and would otherwise delete each other's cache.
  astroStarted = true;
  await build({
    root: ROOT,
    outDir: stage.site,
    logLevel: process.env.CI ? 'warn' : 'info',
    vite: { cacheDir: join(stage.dir, 'vite') },
  });
  rmSync(join(stage.dir, 'vite'), { recursive: true, force: true });
  if (timer) clearTimeout(timer);
  publish(layout, stage, site.meta.versi);
  try {
    pruneOld(layout);
  } catch (err) {
    console.warn(
      `PERINGATAN: build lama tidak bisa dihapus (${err instanceof Error ? err.message : String(err)}); dicoba lagi pada build berikutnya.`,
    );
  }
  release();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Situs dibangun ke ${layout.dist} dengan data versi ${site.meta.versi} dalam ${seconds} detik.`);
} catch (err) {
  if (isPublished()) {
    // The switch happened: the new build is complete and live; only a later step failed.
    release?.();
    console.error(`Build baru sudah terbit (${describePublished(layout)}), tetapi langkah sesudahnya gagal:`);
    reportAndExit(err);
  }
  // Not live: a stage `current` already names (dist/ could not be linked) is kept for repair().
  discardStage(layout, stage);
  const locked = err instanceof Error && err.name === 'PublishError' && release === null;
  if (!locked) release?.();
  if (astroStarted && !(err instanceof DataValidationError)) {
    // Astro's own errors are in English: say in Indonesian which step failed and which data
    // rows the error points to; the original text follows for whoever fixes the code.
    const message = err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err);
    const rows = traceToData(message);
    console.error(
      'Data lolos validasi, tetapi langkah Astro (membuat halaman, unduhan, dan gambar dari data) gagal.' +
        (rows.length
          ? ` Galat ini menyebut isi dari ${rows.join(', ')}; periksa baris itu.`
          : ' Pesan aslinya di bawah; jalankan dengan DEBUG=1 untuk jejak lengkap.'),
    );
  }
  const untouched = stage === null || currentBuild(layout) !== stage.name;
  console.error(
    locked
      ? 'Build tidak dijalankan.'
      : untouched
        ? `Build gagal; dist/ dan src/generated/ tidak diubah: ${describePublished(layout)}.`
        : `Build gagal saat menautkan dist/; yang terbit sekarang: ${describePublished(layout)}. Jalankan npm run build lagi untuk menyelesaikannya.`,
  );
  reportAndExit(err);
}

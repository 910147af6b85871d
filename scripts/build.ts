// The whole build: validate data, generate JSON, build the site with Astro, and only then
// replace dist/. Any failure (invalid data, a falsified article claim, a compile error)
// leaves the previous dist/ and src/generated/ exactly as they were.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'astro';
import { compile, GENERATED_DIR, reportAndExit, ROOT, swapInDirectory } from '#pipeline/pipeline.ts';
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
const distDir = resolve(ROOT, process.env.UCJ_OUT_DIR ?? 'dist');
const nextDist = `${distDir}.next-${process.pid}`;
const oldDist = `${distDir}.prev-${process.pid}`;

let generated: ReturnType<typeof swapInDirectory> | null = null;
try {
  const { files, warnings, site } = compile();
  if (warnings) console.warn(warnings);
  generated = swapInDirectory(GENERATED_DIR, files);
  await build({ root: ROOT, outDir: nextDist, logLevel: process.env.CI ? 'warn' : 'info' });
  if (existsSync(distDir)) renameSync(distDir, oldDist);
  renameSync(nextDist, distDir);
  rmSync(oldDist, { recursive: true, force: true });
  generated.commit();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Situs dibangun ke ${distDir} dengan data versi ${site.meta.versi} dalam ${seconds} detik.`);
} catch (err) {
  generated?.rollback();
  rmSync(nextDist, { recursive: true, force: true });
  console.error('Build gagal; dist/ dan src/generated/ sebelumnya tidak diubah.');
  reportAndExit(err);
}

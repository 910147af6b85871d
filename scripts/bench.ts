// npm run bench: the numbers behind the quality gates, measured on this machine.
//   1. the full build (data pipeline + Astro), timed;
//   2. page weight against the budgets, in Chromium and from the files;
//   3. Lighthouse (mobile) on the home page, an article and an embed;
//   4. the data benchmark (scripts/bench/data.ts).
// Slow (about a minute per Lighthouse run on 2 cores), so it is not part of npm test.
// Exits non-zero when the build fails or a byte budget is exceeded; Lighthouse scores vary
// with machine load, so a missed score target is reported but does not fail the run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from './serve.ts';
import { launchBrowser } from '#support/browser.ts';
import { BASE, BUDGETS, DIST, listPages, PAGE_TYPES, urlOf, type PageType } from '#support/site.ts';
import { kb, measureInBrowser, measureStatic } from '#support/weight.ts';
import { CATEGORIES, startLighthouse, TARGETS, type LighthouseResult } from './bench/lighthouse.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const misses: string[] = [];
const line = (s = '') => console.log(s);
const mark = (ok: boolean) => (ok ? '✓' : '✗');

function section(title: string) {
  line();
  line(`== ${title} ${'='.repeat(Math.max(0, 70 - title.length))}`);
}

section('Build lengkap');
{
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    console.error(`Build gagal setelah ${seconds.toFixed(1)} detik; benchmark dihentikan.`);
    process.exit(1);
  }
  const pages = listPages();
  line(`Build lengkap (data + Astro): ${seconds.toFixed(1)} detik, ${pages.length} halaman HTML.`);
}

const pages = listPages();
const first = (type: PageType) => pages.find((p) => p.type === type);
const served = await serve({ root: DIST, base: BASE });

section('Anggaran ukuran (gzip)');
{
  const { browser, close } = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const home = await measureInBrowser(context, served.url);
    const homeStatic = measureStatic(DIST, BASE, '/');
    const rows: [string, string, string, boolean][] = [];
    const totalOk = home.totalGz <= BUDGETS.homeTotalKb * 1024 && homeStatic.totalGz <= BUDGETS.homeTotalKb * 1024;
    const jsOk = home.jsGz <= BUDGETS.homeJsKb * 1024 && homeStatic.jsGz <= BUDGETS.homeJsKb * 1024;
    rows.push([
      'Beranda, total',
      `${kb(home.totalGz)} KB (statis ${kb(homeStatic.totalGz)} KB)`,
      `≤ ${BUDGETS.homeTotalKb} KB`,
      totalOk,
    ]);
    rows.push([
      'Beranda, JavaScript',
      `${kb(home.jsGz)} KB (statis ${kb(homeStatic.jsGz)} KB)`,
      `≤ ${BUDGETS.homeJsKb} KB`,
      jsOk,
    ]);
    rows.push(['Beranda, origin lain', `${home.foreign.length} permintaan`, '0', home.foreign.length === 0]);
    const embeds = pages.filter((p) => PAGE_TYPES.embed(p.path));
    if (embeds.length === 0) rows.push(['Embed', 'belum ada', `≤ ${BUDGETS.embedTotalKb} KB`, true]);
    else {
      let heaviest = { path: '', gz: 0 };
      for (const e of embeds) {
        const w = await measureInBrowser(context, urlOf(served.url, e.path));
        if (w.totalGz > heaviest.gz) heaviest = { path: e.path, gz: w.totalGz };
      }
      rows.push([
        `Embed terberat (${embeds.length} embed)`,
        `${kb(heaviest.gz)} KB ${heaviest.path}`,
        `≤ ${BUDGETS.embedTotalKb} KB`,
        heaviest.gz <= BUDGETS.embedTotalKb * 1024,
      ]);
    }
    for (const [what, measured, budget, ok] of rows) {
      line(`${mark(ok)} ${what.padEnd(34)} ${measured.padEnd(44)} ${budget}`);
      if (!ok) misses.push(`anggaran: ${what} ${measured} (${budget})`);
    }
  } finally {
    await close();
  }
}

section('Lighthouse (seluler, throttling bawaan)');
{
  const targets: [string, string | undefined][] = [
    ['Beranda', first('home')?.path],
    ['Artikel', first('artikel')?.path],
    ['Peta', pages.find((p) => p.path === '/peta/ucj-persen/')?.path ?? first('peta')?.path],
    ['Embed', first('embed')?.path],
  ];
  const lh = await startLighthouse();
  const header = `${'halaman'.padEnd(10)} ${CATEGORIES.map((c) => c.padEnd(15)).join('')}${'LCP'.padEnd(9)}${'TBT'.padEnd(8)}${'CLS'.padEnd(7)}transfer`;
  line(header);
  line(`${'target'.padEnd(10)} ${CATEGORIES.map((c) => `≥ ${TARGETS[c]}`.padEnd(15)).join('')}`);
  try {
    for (const [label, path] of targets) {
      if (!path) {
        line(`${label.padEnd(10)} belum ada`);
        continue;
      }
      let r: LighthouseResult;
      try {
        r = await lh.run(urlOf(served.url, path));
      } catch (err) {
        line(`${label.padEnd(10)} gagal: ${(err as Error).message}`);
        misses.push(`Lighthouse ${label}: gagal`);
        continue;
      }
      const cells = CATEGORIES.map((c) => `${mark(r.scores[c] >= TARGETS[c])} ${r.scores[c]}`.padEnd(15)).join('');
      line(
        `${label.padEnd(10)} ${cells}${`${Math.round(r.lcpMs)} ms`.padEnd(9)}${`${Math.round(r.tbtMs)} ms`.padEnd(8)}${r.cls.toFixed(3).padEnd(7)}${kb(r.transferBytes)} KB   ${path}`,
      );
      for (const c of CATEGORIES)
        if (r.scores[c] < TARGETS[c]) misses.push(`Lighthouse ${label} ${c} ${r.scores[c]} < ${TARGETS[c]}`);
      for (const f of r.failing) line(`             - ${f}`);
    }
  } finally {
    await lh.close();
  }
}
await served.close();

section('Data');
{
  const file = join(ROOT, 'scripts', 'bench', 'data.ts');
  if (!existsSync(file)) line('belum ada (scripts/bench/data.ts)');
  else {
    // A variable specifier: the file is optional, and must not be resolved before it exists.
    const mod = (await import(pathToFileURL(file).href)) as { runDataBench?: () => Promise<string> };
    line(
      mod.runDataBench ? await mod.runDataBench() : 'belum ada (scripts/bench/data.ts tidak mengekspor runDataBench)',
    );
  }
}

section('Ringkasan');
if (misses.length === 0) line('Semua anggaran dan target tercapai.');
else for (const m of misses) line(`✗ ${m}`);
process.exit(misses.some((m) => m.startsWith('anggaran')) ? 1 : 0);

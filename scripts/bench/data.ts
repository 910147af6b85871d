// Data-pipeline benchmark: a synthetic national-scale dataset (514 regions x 60 months x 10
// indicators, about 300,000 rows) written to a temp dir, then validated and transformed by the
// same code the build uses. Synthetic data never touches data/ and is deleted afterwards.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { loadDataset } from '#pipeline/dataset.ts';
import { buildSiteData, downloads } from '#pipeline/outputs.ts';
import { contentVersion } from '#pipeline/version.ts';

const REGIONS = 514;
const MONTHS = 60;
const INDICATORS = [
  ['ucj_persen', 'persen'],
  ['peserta_aktif', 'orang'],
  ['pekerja_ucj', 'orang'],
  ['peserta_pu', 'orang'],
  ['peserta_bpu', 'orang'],
  ['peserta_jakon', 'orang'],
  ['peserta_pmi', 'orang'],
  ['cakupan_formal_persen', 'persen'],
  ['cakupan_informal_persen', 'persen'],
  ['rentan_apbd_kabupaten', 'orang'],
] as const;

/** Deterministic pseudo-random numbers so every run measures the same input. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export function writeSynthetic(dir: string): { rows: number; regionCodes: string[] } {
  const rand = rng(42);
  const regionCodes: string[] = [];
  const wilayah = [
    'kode,nama,jenis,ibu_kota,kantor_cabang,keterangan_kantor,alias',
    '99,Provinsi Sintetis,Provinsi,Ibu Kota,,,',
  ];
  for (let i = 0; i < REGIONS; i++) {
    const code = String(1101 + i);
    regionCodes.push(code);
    wilayah.push(`${code},Wilayah Sintetis ${i + 1},Kabupaten,Kota ${i + 1},,,`);
  }
  writeFileSync(join(dir, 'wilayah.csv'), wilayah.join('\n') + '\n');
  writeFileSync(
    join(dir, 'indikator.csv'),
    [
      'id,nama,satuan,definisi,batas_kelas',
      ...INDICATORS.map(([id, unit]) => `${id},${id},${unit},Indikator sintetis,`),
    ].join('\n') + '\n',
  );
  writeFileSync(
    join(dir, 'sumber.csv'),
    'id,penerbit,judul,url,tanggal_terbit,tanggal_akses,catatan\nsintetis,Generator,Data sintetis,,2024-12-31,,\n',
  );

  const lines = ['wilayah;periode;indikator;nilai;kualifikasi;sumber;ragu;catatan'];
  const fmt = new Intl.NumberFormat('id-ID');
  for (const code of regionCodes) {
    for (let m = 0; m < MONTHS; m++) {
      const period = `${2020 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      const workers = 20000 + Math.floor(rand() * 400000);
      const members = Math.floor(workers * rand());
      for (const [id, unit] of INDICATORS) {
        let value: string;
        if (id === 'pekerja_ucj') value = fmt.format(workers);
        else if (id === 'peserta_aktif') value = fmt.format(members);
        else if (id === 'ucj_persen') value = ((100 * members) / workers).toFixed(2).replace('.', ',');
        else if (unit === 'persen') value = (rand() * 100).toFixed(1).replace('.', ',');
        else value = String(Math.floor(rand() * members));
        lines.push(`${code};${period};${id};${value};;sintetis;;`);
      }
    }
  }
  writeFileSync(join(dir, 'kepesertaan.csv'), '\uFEFF' + lines.join('\r\n') + '\r\n');
  writeFileSync(
    join(dir, 'klaim.csv'),
    'wilayah,periode,program,kasus,nominal_rp,kualifikasi_kasus,kualifikasi_nominal,sumber,ragu,catatan\n99,2024,TOTAL,1,1000,,,sintetis,,\n',
  );
  return { rows: lines.length - 1, regionCodes };
}

export async function runDataBench(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ucj-bench-'));
  try {
    const { rows, regionCodes } = writeSynthetic(dir);
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const t0 = performance.now();
    const result = loadDataset(dir, {
      today: new Date('2026-11-21T00:00:00Z'),
      geography: { provinceCode: '99', regionCodes },
    });
    const t1 = performance.now();
    const site = buildSiteData(result.dataset, 'bench', result.rowCounts);
    const tSite = performance.now();
    const files = downloads(site);
    const t2 = performance.now();
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const errors = result.issues.filter((i) => i.severity === 'error');
    if (errors.length)
      throw new Error(`Data sintetis tidak valid (${errors.length} galat), benchmark tidak sah: ${errors[0]?.message}`);
    const core = (tSite - t0) / 1000;
    const all = (t2 - t0) / 1000;
    const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
    const rate = (secs: number) => Math.round(rows / secs).toLocaleString('id-ID');
    return [
      `Benchmark data: ${rows.toLocaleString('id-ID')} baris (${regionCodes.length} wilayah x ${MONTHS} bulan x ${INDICATORS.length} indikator)`,
      `  validasi        ${((t1 - t0) / 1000).toFixed(2)} s`,
      `  JSON halaman    ${((tSite - t1) / 1000).toFixed(2)} s (terkini per wilayah, seri provinsi, ringkasan indikator)`,
      `  unduhan         ${((t2 - tSite) / 1000).toFixed(2)} s (${Object.keys(files).length} berkas CSV/JSON, ${mb(Object.values(files).reduce((a, f) => a + f.length, 0))} MB)`,
      `  validasi + transformasi: ${core.toFixed(2)} s = ${rate(core)} baris/detik (target < 3 s: ${core < 3 ? 'tercapai' : 'TIDAK tercapai'})`,
      `  termasuk unduhan:        ${all.toFixed(2)} s = ${rate(all)} baris/detik`,
      `  memori puncak   ${mb(peak)} MB RSS (maxRSS proses ${mb(process.resourceUsage().maxRSS * 1024)} MB; sebelum mulai ${mb(rssBefore)} MB)`,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const TODAY = new Date('2026-11-21T00:00:00Z');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The data step alone: validation and transform, as the build runs it. */
function dataStep(dir: string, regionCodes: string[]) {
  const result = loadDataset(dir, { today: TODAY, geography: { provinceCode: '99', regionCodes } });
  const errors = result.issues.filter((i) => i.severity === 'error');
  if (errors.length)
    throw new Error(`Data sintetis tidak valid (${errors.length} galat), benchmark tidak sah: ${errors[0]?.message}`);
  return { site: buildSiteData(result.dataset, 'bench', result.rowCounts), dataset: result.dataset };
}

/**
 * npm run bench:data: the data step beside a bare papaparse parse of the same file, in one
 * run (median of 3 each, after a warm-up), and the data step's peak memory measured in a
 * process of its own. The last line is the ratio, as the issue asks for it.
 */
async function compare(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ucj-bench-'));
  try {
    const { rows, regionCodes } = writeSynthetic(dir);
    const file = join(dir, 'kepesertaan.csv');
    const parse = () => Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: 'greedy' }).data.length;
    let last: ReturnType<typeof dataStep> | null = null;
    const step = () => (last = dataStep(dir, regionCodes)).site.observasi.length;
    parse();
    step();
    const time = (f: () => number) => {
      const t = performance.now();
      f();
      return (performance.now() - t) / 1000;
    };
    const papa: number[] = [];
    const ours: number[] = [];
    const hash: number[] = [];
    for (let i = 0; i < 3; i++) {
      papa.push(time(parse));
      ours.push(time(step));
      // The build also hashes the data for its version before building the site data; timed
      // apart, since the issue's measure is validation plus transform.
      hash.push(time(() => contentVersion(last!.dataset).length));
    }
    const self = fileURLToPath(import.meta.url);
    const out = execFileSync(process.execPath, [self, '--memori', dir, regionCodes.length.toString()], {
      encoding: 'utf8',
    });
    const peak = Number(/maxRSS (\d+)/.exec(out)?.[1] ?? NaN);
    const base = Number(/sebelum (\d+)/.exec(out)?.[1] ?? NaN);
    const ratio = median(ours) / median(papa);
    const fmt = (n: number, d = 2) => n.toFixed(d).replace('.', ',');
    return [
      `Benchmark langkah data: ${rows.toLocaleString('id-ID')} baris kepesertaan (${regionCodes.length} wilayah x ${MONTHS} bulan x ${INDICATORS.length} indikator)`,
      `  papaparse saja (baca + parse kepesertaan.csv): ${fmt(median(papa))} s (median dari 3)`,
      `  validasi + transformasi:                     ${fmt(median(ours))} s (median dari 3)`,
      `  versi data (hash isi; build, di luar rasio): ${fmt(median(hash))} s (median dari 3)`,
      `  memori puncak langkah data (proses sendiri): ${Math.round(peak / 1024)} MB maxRSS, ${Math.round(base / 1024)} MB sebelum mulai (target <= 400 MB: ${peak / 1024 <= 400 ? 'tercapai' : 'TIDAK tercapai'})`,
      `  target rasio <= 3: ${ratio <= 3 ? 'tercapai' : 'TIDAK tercapai'}`,
      `rasio terhadap papaparse: ${fmt(ratio, 1)}×`,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const [flag, dir, count] = process.argv.slice(2);
  if (flag === '--memori') {
    // Child process: the data step once, then its own peak RSS (KB), and the RSS of node and
    // the loaded modules before it.
    const codes = Array.from({ length: Number(count) }, (_, i) => String(1101 + i));
    const before = process.resourceUsage().maxRSS;
    dataStep(dir!, codes);
    console.log(`maxRSS ${process.resourceUsage().maxRSS} sebelum ${before}`);
  } else if (flag === '--bandingkan') {
    console.log(await compare());
  } else {
    console.log(await runDataBench());
  }
}

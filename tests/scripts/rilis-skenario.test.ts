// The release scenario end to end in a scratch newsroom (fixture data, a frozen article):
// record a release; correct Malaka's May 2025 UCJ value in place; add a newer Malaka UCJ
// figure from a source dated after every article; record a second release; build. Then the
// change log, its feed, the pinned and live embeds, the kabupaten page and the article must
// each show what a reader is owed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, childEnv, NODE, scratchData, useScratchDir, type BuildResult } from '#support/build.ts';
import { ROOT, SNAPSHOT } from '#support/dataset.ts';

const scratch = useScratchDir('rilis-skenario');
const dataDir = join(scratch, 'data');
// An own release folder first, so the scratch copy never links (and writes into) the real data/rilis/.
mkdirSync(join(dataDir, 'rilis'), { recursive: true });
scratchData(scratch, 'data', SNAPSHOT);
const ARTIKEL = join(ROOT, 'tests', 'fixtures', 'articles', 'rilis');
const MALAKA = '5321,2025-05,ucj_persen,3,,penamalaka-2025-05-16-malaka-ucj-3,,';
// Malaka's provincial cards of August 2025, which the article's quota chart draws: corrected too.
const KARTU = '5321,2025-08,rentan_apbd_provinsi,4475,,poskupang-2025-08-26-malaka-4475,,';
const NEW_SOURCE = 'uji-2026-11-30-malaka-ucj';
const SUMBA_BARAT = '5301,Sumba Barat,Kabupaten,';
const UCJ_LAMA = 'ucj_persen,Cakupan Universal Coverage Jamsostek (UCJ),';
const UCJ_BARU = 'ucj_persen,Capaian Universal Coverage Jamsostek (UCJ),';
// The province's JKK claims of 2022, which the article's text cites as cases: corrected too.
const KLAIM_JKK = '53,2022,JKK,218,3650207392,';

// The clock is injected around UTC midnight: 15:30 UTC on 1 December is 23:30 in Kupang (WITA,
// UTC+8), still 1 December; 23:30 UTC on 1 December is already 07:30 on 2 December there.
const SAAT_1 = '2026-12-01T15:30:00Z';
const SAAT_2 = '2026-12-01T23:30:00Z';
const rilis = (note: string, now: string) =>
  spawnSync(NODE, [join(ROOT, 'scripts', 'rilis.ts'), note], {
    cwd: ROOT,
    encoding: 'utf8',
    env: childEnv({ UCJ_DATA_DIR: dataDir, UCJ_NOW: now }),
  });
const releaseFiles = () =>
  readdirSync(join(dataDir, 'rilis'))
    .filter((f) => f.endsWith('.json'))
    .sort();
const versionOf = (file: string) => JSON.parse(readFileSync(join(dataDir, 'rilis', file), 'utf8')).versi as string;

let build: BuildResult;
let v1 = '';
let v2 = '';
const page = (path: string) => readFileSync(join(build.out, path, path.endsWith('.xml') ? '' : 'index.html'), 'utf8');
/** Visible text, tags removed, whitespace collapsed. */
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

describe('two releases, a correction and a newer figure', () => {
  beforeAll(async () => {
    const first = rilis('Rilis pertama', SAAT_1);
    expect(first.status, first.stderr).toBe(0);
    v1 = versionOf(releaseFiles()[0]!);

    const kep = join(dataDir, 'kepesertaan.csv');
    const csv = readFileSync(kep, 'utf8');
    expect(csv).toContain(MALAKA);
    expect(csv).toContain(KARTU);
    writeFileSync(
      kep,
      csv
        .replace(MALAKA, MALAKA.replace('ucj_persen,3,', 'ucj_persen,"3,4",'))
        .replace(KARTU, KARTU.replace(',4475,,', ',4490,,')) +
        `5321,2026-10,ucj_persen,"7,5",,${NEW_SOURCE},,Angka uji untuk skenario rilis.\n` +
        `5321,2026-10,rentan_apbd_provinsi,5210,,${NEW_SOURCE},,Angka uji untuk skenario rilis.\n`,
    );
    const src = join(dataDir, 'sumber.csv');
    writeFileSync(
      src,
      readFileSync(src, 'utf8') +
        `${NEW_SOURCE},Penerbit Uji,Cakupan UCJ Malaka Oktober 2026,https://example.org/malaka-ucj,2026-11-30,,,Sumber uji.,\n`,
    );

    const klaim = join(dataDir, 'klaim.csv');
    const klaimCsv = readFileSync(klaim, 'utf8');
    expect(klaimCsv).toContain(KLAIM_JKK);
    writeFileSync(klaim, klaimCsv.replace(KLAIM_JKK, KLAIM_JKK.replace(',218,', ',221,')));

    // A region renamed in the second release: its page moves to a new slug.
    const wil = join(dataDir, 'wilayah.csv');
    const wilCsv = readFileSync(wil, 'utf8');
    expect(wilCsv).toContain(SUMBA_BARAT);
    writeFileSync(wil, wilCsv.replace(SUMBA_BARAT, SUMBA_BARAT.replace(',Sumba Barat,', ',Sumba Barat Uji,')));
    // The UCJ indicator renamed too: the change log names it as today's data does, in every release.
    const ind = join(dataDir, 'indikator.csv');
    const indCsv = readFileSync(ind, 'utf8');
    expect(indCsv).toContain(UCJ_LAMA);
    writeFileSync(ind, indCsv.replace(UCJ_LAMA, UCJ_BARU));

    const second = rilis('Koreksi UCJ Malaka Mei 2025 dan angka Oktober 2026', SAAT_2);
    expect(second.status, second.stderr).toBe(0);
    expect(releaseFiles()).toHaveLength(2);
    v2 = versionOf(releaseFiles()[1]!);
    build = await buildSite(scratch, 'situs', { UCJ_DATA_DIR: dataDir, UCJ_ARTIKEL_DIR: ARTIKEL });
  }, 400_000);

  it('the build passes', () => {
    expect(build.ok, build.stderr).toBe(true);
    expect(v1).not.toBe(v2);
  });

  it('release dates are days in Kupang (WITA), with the moment recorded', () => {
    const [a, b] = releaseFiles();
    expect([a!.slice(0, 15), b!.slice(0, 15)]).toEqual(['0001-2026-12-01', '0002-2026-12-02']);
    const record = (f: string) => JSON.parse(readFileSync(join(dataDir, 'rilis', f), 'utf8'));
    expect([record(a!).tanggal, record(a!).waktu]).toEqual(['2026-12-01', '2026-12-01T23:30:00+08:00']);
    expect([record(b!).tanggal, record(b!).waktu]).toEqual(['2026-12-02', '2026-12-02T07:30:00+08:00']);
    const log = page('riwayat');
    expect(log).toMatch(/<time datetime="2026-12-02T07:30:00\+08:00">2 Desember 2026<\/time>/);
    expect(log).toMatch(/<time datetime="2026-12-01T23:30:00\+08:00">1 Desember 2026<\/time>/);
    // The feed gives the true instant (RFC 822 in GMT), so a reader anywhere sees the right day.
    const items = page('riwayat/feed.xml').match(/<item>[\s\S]*?<\/item>/g) ?? [];
    expect(items.map((i) => /<pubDate>([^<]+)<\/pubDate>/.exec(i)?.[1])).toEqual([
      'Tue, 01 Dec 2026 23:30:00 GMT',
      'Tue, 01 Dec 2026 15:30:00 GMT',
    ]);
    // Pinned embeds and the "Diperbarui" stamp print the same days.
    expect(text(page(`embed/${v1}/peta/ucj-persen`))).toContain('rilis 1, 1 Desember 2026.');
    expect(text(page(`embed/${v2}/peta/ucj-persen`))).toContain('rilis 2, 2 Desember 2026.');
    expect(text(page('kabupaten/malaka'))).toContain('Diperbarui 2 Desember 2026');
  });

  it('/riwayat/ lists both releases, newest first, with the Malaka correction and addition', () => {
    const html = page('riwayat');
    expect(html.indexOf('id="rilis-2"')).toBeGreaterThan(0);
    expect(html.indexOf('id="rilis-2"')).toBeLessThan(html.indexOf('id="rilis-1"'));
    const second = text(html.slice(html.indexOf('id="rilis-2"'), html.indexOf('id="rilis-1"')));
    expect(second).toContain('Koreksi UCJ Malaka Mei 2025 dan angka Oktober 2026');
    // Tables write "%"; a figure from a new source says so without a second pair of brackets.
    expect(second).toMatch(/Malaka .*Mei 2025 Dikoreksi : 3% → 3,4%/);
    expect(second).toMatch(/Oktober 2026 Ditambahkan : 7,5%; sumber baru/);
  });

  it('each release has its own page with its full table of changes', () => {
    const own = page('riwayat/2');
    expect(own).toMatch(/<h1 id="rilis-2-judul">/);
    expect(text(own)).toMatch(/Malaka .*Mei 2025 Dikoreksi : 3% → 3,4%/);
    // Its table is open there, not folded behind a summary.
    expect(own).not.toContain('<details');
    expect(text(page('riwayat/1'))).toContain('Rilis pertama');
    // Recorded under the indicator's old name, shown under today's.
    expect(text(page('riwayat/1'))).toContain('Capaian Universal Coverage Jamsostek (UCJ)');
    expect(text(page('riwayat/1'))).not.toContain('Cakupan Universal Coverage');
  });

  it('the feed lists both releases with the Malaka change', () => {
    const xml = page('riwayat/feed.xml');
    const items = xml.match(/<item>[\s\S]*?<\/item>/g) ?? [];
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('rilis-2');
    // Sentences write "persen" and cite the masthead and date; the indicator has today's name.
    expect(items[0]).toMatch(
      /Malaka: Capaian Universal Coverage Jamsostek \(UCJ\), Mei 2025\. Dikoreksi: 3 persen → 3,4 persen\. Sumber: Pena Malaka, 16 Mei 2025\./,
    );
    expect(items[1]).toContain('rilis-1');
    // The first release was recorded under the old name: it is not shown any more.
    expect(items[1]).toMatch(/Capaian Universal Coverage Jamsostek \(UCJ\)/);
    for (const item of items) expect(item).not.toContain('Cakupan Universal Coverage');
  });

  const malakaIn = (html: string) => /data-kode="5321"[^>]*data-nilai="([^"]*)"/.exec(html)?.[1];

  it("the first release's pinned UCJ embed still shows the first value and says newer data exists", () => {
    const html = page(`embed/${v1}/peta/ucj-persen`);
    expect(malakaIn(html)).toBe('3 persen');
    expect(text(html)).toContain('Data lebih baru tersedia.');
    // The first release's figures, under the indicator's name of today.
    expect(text(html)).toContain('Capaian Universal Coverage Jamsostek (UCJ)');
    expect(text(html)).not.toContain('Cakupan Universal Coverage');
    expect(html).toMatch(/<a href="\/embed\/peta\/ucj-persen\/">Lihat peta terbaru<\/a>/);
  });

  it("the first release's pinned embed links to that release's data and image, not the live ones", () => {
    const html = page(`embed/${v1}/peta/ucj-persen`);
    const links = [...html.matchAll(/href="([^"]+\.(?:csv|png))"/g)].map((m) => m[1]);
    expect(links).toEqual([`/embed/${v1}/peta/ucj-persen.csv`, `/embed/${v1}/peta/ucj-persen.png`]);
    const csv = (path: string) => readFileSync(join(build.out, path), 'utf8');
    const malakaCsv = (path: string) =>
      csv(path)
        .split('\n')
        .find((l) => l.startsWith('5321,'))!
        .split(',');
    // kode, nama, indikator, satuan, nilai, kualifikasi, periode: the first release's value, and today's live one.
    expect(malakaCsv(`embed/${v1}/peta/ucj-persen.csv`).slice(4, 7)).toEqual(['3', '', '2025-05']);
    expect(malakaCsv(`embed/${v2}/peta/ucj-persen.csv`).slice(4, 7)).toEqual(['7.5', '', '2026-10']);
    expect(malakaCsv('peta/ucj-persen.csv').slice(4, 7)).toEqual(['7.5', '', '2026-10']);
    const png = (path: string) => readFileSync(join(build.out, path));
    const pinnedPng = png(`embed/${v1}/peta/ucj-persen.png`);
    expect(pinnedPng.subarray(1, 4).toString()).toBe('PNG');
    expect(pinnedPng.equals(png('peta/ucj-persen.png'))).toBe(false);
    expect(png(`embed/${v2}/peta/ucj-persen.png`).equals(png('peta/ucj-persen.png'))).toBe(true);
  });

  it("a region renamed after the first release: its pinned embed links today's page, and the old address forwards there", () => {
    const html = page(`embed/${v1}/peta/ucj-persen`);
    const links = [...html.matchAll(/<a href="(\/kabupaten\/[^"]*)"[^>]*data-kode="5301"/g)].map((m) => m[1]);
    expect(links).toEqual(['/kabupaten/sumba-barat-uji/']);
    expect(html).not.toContain('href="/kabupaten/sumba-barat/"');
    expect(text(page('kabupaten/sumba-barat-uji'))).toContain('Sumba Barat Uji');
    const lama = page('kabupaten/sumba-barat');
    expect(lama).toContain('<meta http-equiv="refresh" content="0; url=/kabupaten/sumba-barat-uji/">');
    expect(lama).toMatch(/<a href="\/kabupaten\/sumba-barat-uji\/">Kabupaten Sumba Barat Uji<\/a>/);
    expect(lama).toContain('<meta name="robots" content="noindex">');
    // The change log links the region by today's page too.
    const log = page('riwayat');
    expect(log).not.toContain('href="/kabupaten/sumba-barat/"');
  });

  it('every embed of the first release is still online after the second, and the second pinned embed is current', () => {
    // The map folders (each map's CSV and PNG lie beside its folder).
    const pinned = readdirSync(join(build.out, 'embed', v1, 'peta'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    const live = readdirSync(join(build.out, 'embed', 'peta'));
    expect(pinned.length).toBeGreaterThan(0);
    for (const ind of pinned) expect(readdirSync(join(build.out, 'embed', v1, 'peta', ind))).toContain('index.html');
    for (const ind of live) expect(pinned).toContain(ind);
    const current = page(`embed/${v2}/peta/ucj-persen`);
    expect(malakaIn(current)).toBe('7,5 persen');
    expect(text(current)).not.toContain('Data lebih baru tersedia');
  });

  it('the live embed and /kabupaten/malaka/ show the newest figure', () => {
    expect(malakaIn(page('embed/peta/ucj-persen'))).toBe('7,5 persen');
    // Kabupaten cards and tables write the short form (house style, since 02779ab).
    const kab = text(page('kabupaten/malaka'));
    expect(kab).toContain('Capaian UCJ 7,5% Oktober 2026');
    expect(kab).toContain('Oktober 2026');
  });

  it('the Malaka article shows the corrected May 2025 value with a correction note and a newer-data note, not the newer figure', () => {
    const html = page('artikel/malaka-dan-belu');
    const body = html.slice(html.indexOf('data-prosa'));
    const isi = body.slice(0, body.indexOf('artikel-kaki'));
    const prose = text(isi);
    expect(prose).toContain('hanya 3,4 persen');
    // Nothing the article shows (text, map, charts) is the newer figure, nor binds to it.
    expect(prose).not.toContain('7,5 persen');
    expect(html).not.toContain(`|2026-10|${NEW_SOURCE}`);
    expect(html).toContain('data-bind="ucj_persen|5321|2025-05|penamalaka-2025-05-16-malaka-ucj-3"');
    // The map: Malaka as of the article's date, with its corrected value.
    const peta = /<div class="artikel-peta"[\s\S]*?<\/figure>/.exec(isi)?.[0] ?? '';
    expect(malakaIn(peta)).toBe('3,4 persen');
    // The region select prints the short form, as labels do (house style: "%").
    expect(text(peta)).toContain('Malaka · 3,4%');
    // The chart: Malaka's cards as of the article's date, with the corrected August 2025 value.
    const kuota = /<figure[^>]*data-bind="grafik:kuota\|rentan_apbd_provinsi"[\s\S]*?<\/figure>/.exec(isi)?.[0] ?? '';
    const kartuMalaka = /<li[^>]*>(?:(?!<\/li>)[\s\S])*?>Malaka<\/a>[\s\S]*?<\/li>/.exec(kuota)?.[0] ?? '';
    expect(text(kartuMalaka)).toContain('4.490');
    expect(text(kartuMalaka)).toContain('Agustus 2025');
    expect(text(kuota)).not.toContain('5.210');
    expect(prose).not.toContain('5.210');
    const koreksiHtml = /<aside class="note artikel-koreksi"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
    const koreksi = text(koreksiHtml);
    expect(koreksi).toMatch(
      /Malaka, Mei 2025 dikoreksi dari 3 persen menjadi 3,4 persen pada rilis data 2 \(2 Desember 2026\)/,
    );
    expect(koreksi).toMatch(/Malaka, Agustus 2025 dikoreksi dari 4\.475 .*menjadi 4\.490 /);
    // One note per corrected figure, though the UCJ value is in the text and on the map; the
    // third is the claim below.
    expect(koreksiHtml.match(/data-bind="/g)).toHaveLength(3);
    const baru = /<aside class="note artikel-lebih-baru"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
    expect(text(baru)).toMatch(/Angka lebih baru tersedia .*Kabupaten Malaka: sudah ada angka untuk Oktober 2026/);
    expect(baru).toContain('data-bind="rentan_apbd_provinsi|5321|2025-08|poskupang-2025-08-26-malaka-4475"');
    expect(baru).toContain('href="/kabupaten/malaka/"');
  });

  it('a corrected claim in the text: the corrected cases, and a note naming the programme and the cases', () => {
    const html = page('artikel/malaka-dan-belu');
    const body = html.slice(html.indexOf('data-prosa'));
    const prose = text(body.slice(0, body.indexOf('artikel-kaki')));
    // The figure, then its footnote number, then the word the sentence carries.
    expect(prose).toMatch(/ 221 \d+ kasus dalam setahun/);
    expect(prose).not.toMatch(/ 218 \d+ kasus/);
    const koreksi = text(/<aside class="note artikel-koreksi"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '');
    expect(koreksi).toMatch(/JKK.{0,80}2022.{0,80}dikoreksi dari 218 kasus menjadi 221 kasus/);
    expect(koreksi).not.toMatch(/rupiah|Rp/);
  });
});

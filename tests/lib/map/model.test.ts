import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '#pipeline/outputs.ts';
import { formatTanggal, kutipan } from '#model/format.ts';
import {
  buildClasses,
  classify,
  contrast,
  MAP_SURFACES,
  NO_DATA_COLOR,
  quantileBreaks,
  RAMP,
  roundNice,
} from '#lib/map/classes.ts';
import { buildMapModel, legendPosition, mapIndicators } from '#lib/map/model.ts';
import { standaloneSvg, xml } from '#lib/map/svg.ts';
import { kep, loadWith } from '#support/dataset.ts';

const fmt = (n: number) => String(n);

describe('classes', () => {
  const ucj = buildClasses([25, 50, 75, 95], fmt);

  it('UCJ classes are anchored to policy: <25, 25-50, 50-75, 75-95, >=95', () => {
    expect(ucj.map((c) => c.label)).toEqual(['di bawah 25', '25–50', '50–75', '75–95', '95 atau lebih']);
    expect([3, 25, 49.99, 50, 90, 95, 100].map((v) => classify(v, ucj))).toEqual([0, 1, 1, 2, 3, 4, 4]);
  });

  it('every class fill keeps 3:1 against the land and both colours of the no-data hatch, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const surfaces = MAP_SURFACES[theme];
      for (const fill of RAMP[theme]) {
        for (const against of [surfaces.land, surfaces.hatchBg, surfaces.hatchLine])
          expect(contrast(fill, against), `${theme} ${fill} vs ${against}`).toBeGreaterThanOrEqual(3);
      }
    }
    expect(ucj.map((c) => c.color)).not.toContain(NO_DATA_COLOR);
    // The low end is the strongest colour, never a near-white that reads as empty land.
    expect(contrast(ucj[0]!.color, MAP_SURFACES.light.land)).toBeGreaterThanOrEqual(4.5);
  });

  it('peta.css carries the same ramp as the model, for both themes', () => {
    const css = readFileSync(join(import.meta.dirname, '..', '..', '..', 'src', 'styles', 'peta', 'peta.css'), 'utf8');
    // Each colour is written once, light then dark: `--x: var(--jika-terang, L) var(--jika-gelap, D);`.
    const themed = (name: string, light: string, dark: string) =>
      expect(css).toContain(`${name}: var(--jika-terang, ${light}) var(--jika-gelap, ${dark});`);
    RAMP.light.forEach((c, i) => themed(`--r${i}`, c, RAMP.dark[i]!));
    themed('--hatch-line', MAP_SURFACES.light.hatchLine, MAP_SURFACES.dark.hatchLine);
    themed('--land', MAP_SURFACES.light.land, MAP_SURFACES.dark.land);
  });

  it('every class has an ink colour with AA contrast (4.5:1) for text on it', () => {
    for (const c of ucj) expect(contrast(c.color, c.ink)).toBeGreaterThanOrEqual(4.5);
  });

  it('rounded quantile breaks for counts, never duplicated', () => {
    expect(roundNice(4475)).toBe(4500);
    expect(roundNice(0.0123)).toBeCloseTo(0.012);
    const b = quantileBreaks([2525, 3986, 4280, 4475, 4982, 6041, 8224, 9731]);
    expect(b).toEqual([...new Set(b)].sort((x, y) => x - y));
    expect(b.length).toBeGreaterThanOrEqual(2);
    expect(quantileBreaks([5, 5, 5, 5, 5])).toEqual([]);
    expect(quantileBreaks([7])).toEqual([]);
  });

  it('never computes class breaks from fewer than five values', () => {
    expect(quantileBreaks([7269, 9300])).toEqual([]);
    expect(quantileBreaks([1, 2, 3, 4])).toEqual([]);
    expect(quantileBreaks([1, 2, 3, 4, 5]).length).toBeGreaterThan(0);
    // No breaks: one class, labelled as "has a figure", not an invented extreme.
    expect(buildClasses([], fmt).map((c) => c.label)).toEqual(['ada angka']);
  });
});

describe('buildMapModel on a small dataset', () => {
  const { dataset, rowCounts } = loadWith({
    'kepesertaan.csv': kep(
      '53,2024-06,ucj_persen,"33,73",,poskupang-2024-08-01,,',
      'Malaka,2025-05,ucj_persen,3,,penamalaka-2025-05-16,,',
      'Belu,2025-05,ucj_persen,90,,penamalaka-2025-05-16,,',
      'Kota Kupang,2023-06,ucj_persen,23,,poskupang-2024-08-01,,',
      'Ende,2025-05,ucj_persen,45,,timex-2024-05-28,ya,Definisi tidak jelas',
    ),
  });
  const site = buildSiteData(dataset, 'uji', rowCounts);
  const m = buildMapModel(site, 'ucj_persen');
  const by = (kode: string) => m.regions.find((r) => r.kode === kode)!;

  it('draws exactly the 22 kabupaten/kota, each with a path and its official name', () => {
    expect(m.regions).toHaveLength(22);
    expect(new Set(m.regions.map((r) => r.kode)).size).toBe(22);
    for (const r of m.regions) expect(r.d).toMatch(/^M/);
    expect(by('5304').nama).toBe('Timor Tengah Selatan');
  });

  it('colours regions by class; a doubtful figure is its own state, never "belum ada data"', () => {
    expect(by('5321')).toMatchObject({ kelas: 0, nilaiTeks: '3 persen', state: 'nilai' });
    expect(by('5306')).toMatchObject({ kelas: 3, state: 'nilai' });
    expect(by('5311')).toMatchObject({ kelas: -1, state: 'ragu', nilaiTeks: '45 persen' });
    expect(by('5311').label).toBe('Ende: 45 persen, Mei 2025 (diragukan)');
    expect(by('5301')).toMatchObject({ kelas: -1, entry: null, state: 'kosong', fill: NO_DATA_COLOR });
    expect(by('5301').label).toBe('Sumba Barat: belum ada data');
  });

  it('a figure from a period far from the others is shown but not coloured or compared', () => {
    // Kota Kupang, June 2023, against May 2025: 23 months apart.
    expect(by('5371')).toMatchObject({ state: 'lama', kelas: -1, rank: null });
    expect(by('5371').label).toBe('Kota Kupang: 23 persen, Juni 2023 (periode lain)');
    expect(m.hasOlder).toBe(true);
  });

  it('legend counts add up to 22 across classes and states', () => {
    expect(m.classes.map((c) => c.count)).toEqual([1, 0, 0, 1, 0]);
    expect(m.counts).toEqual({ nilai: 2, lama: 1, ragu: 1, kosong: 18 });
    expect(m.classes.reduce((a, c) => a + c.count, 0) + m.counts.lama + m.counts.ragu + m.counts.kosong).toBe(22);
  });

  it('ranks only comparable values, highest first; doubtful, other-period and empty regions follow unranked', () => {
    expect(m.ranking.slice(0, 4)).toEqual(['5306', '5321', '5311', '5371']);
    expect(by('5306').rank).toBe(1);
    expect(by('5321').rank).toBe(2);
    expect(by('5311').rank).toBeNull();
    expect(m.ranking).toHaveLength(22);
  });

  it('labels every region with a figure on the map, doubtful ones marked', () => {
    const texts = m.valueLabels.map((l) => l.text).sort();
    expect(texts).toEqual(['Belu 90%', 'Ende 45% (diragukan)', 'Kota Kupang 23%', 'Malaka 3%']);
    for (const l of m.valueLabels) {
      expect(l.x).toBeGreaterThanOrEqual(0);
      expect(l.x).toBeLessThanOrEqual(m.width);
    }
    // The Timor inset repeats the labels of the Timor regions, larger.
    expect(m.inset!.labels.map((l) => l.text).sort()).toEqual(['Belu 90%', 'Kota Kupang 23%', 'Malaka 3%']);
  });

  it('carries province value and UCJ target as reference marks', () => {
    expect(m.province!.entry.nilai).toBe(33.73);
    expect(m.target).toBe(95);
    expect(legendPosition(m, 95)).toBeCloseTo(0.8);
  });

  it('arrow keys lead to real neighbours: Malaka borders Belu, TTU and TTS', () => {
    const k = m.keys['5321']!;
    const targets = Object.values(k);
    expect(targets.some((c) => ['5306', '5305', '5304'].includes(c!))).toBe(true);
    expect(m.keys['5306']!.ArrowDown ?? m.keys['5306']!.ArrowLeft).toBeDefined();
    // Every region can be left in at least two directions, so the keyboard never gets stuck.
    for (const [code, t] of Object.entries(m.keys)) expect(Object.keys(t).length, code).toBeGreaterThanOrEqual(2);
  });

  it('keyboard graph reaches every region from any region', () => {
    const seen = new Set<string>(['5321']);
    const queue = ['5321'];
    while (queue.length)
      for (const n of Object.values(m.keys[queue.shift()!]!))
        if (n && !seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
    expect(seen.size).toBe(22);
  });

  it('marks regions too small to see (Kota Kupang) for an extra marker', () => {
    expect(m.regions.filter((r) => r.kecil).map((r) => r.kode)).toEqual(['5371']);
  });

  it('the mission map exists even with few regions; others need three comparable ones', () => {
    expect(mapIndicators(site).map((i) => i.id)).toEqual(['ucj_persen']);
  });

  it('the standalone SVG has 22 titled shapes, legend, sources and GADM attribution', () => {
    const svg = standaloneSvg(m, { rilis: { nomor: 3, tanggal: '2026-12-02' }, sumberTerbaru: site.meta.diperbarui });
    expect(svg.match(/<path d="M[^"]*" fill="[^"]*" stroke="#444"/g)).toHaveLength(22);
    expect(svg).toContain('<title>Malaka: 3 persen, Mei 2025</title>');
    expect(svg).toContain('Batas wilayah: GADM 4.1');
    expect(svg).toContain('Pena Malaka');
    expect(svg).toContain('belum ada data (18 wilayah)');
    expect(svg).toContain('ada angka, diragukan (1 wilayah)');
    expect(svg).toContain('Malaka 3%');
    expect(svg).not.toMatch(/versi \w{6,}/);
  });

  it('the image credit: release date as "Diperbarui", the newest source date labelled as such, short citations', () => {
    // The text as read: lines wrap at the canvas edge, so words are joined across <text> elements.
    const teks = (svg: string) => svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const svg = teks(
      standaloneSvg(m, { rilis: { nomor: 3, tanggal: '2026-12-02' }, sumberTerbaru: site.meta.diperbarui }),
    );
    const sumberTerbaru = formatTanggal(site.meta.diperbarui);
    expect(svg).toContain('Diperbarui 2 Desember 2026 (rilis data 3)');
    expect(svg).toContain(`Sumber terbaru bertanggal ${sumberTerbaru}`);
    expect(svg).not.toContain(`Diperbarui ${sumberTerbaru}`);
    expect(svg).not.toContain(site.meta.versi);
    // "Pos Kupang, 1 Agustus 2024", never "Pos Kupang (kupang.tribunnews.com) (1 Agustus 2024)".
    expect(svg).not.toContain(') (');
    for (const s of m.sources) expect(svg).toContain(xml(kutipan(s, 'pendek')));
    // Data not yet released: no "Diperbarui" at all, only the source date.
    const belum = teks(standaloneSvg(m, { rilis: null, sumberTerbaru: site.meta.diperbarui }));
    expect(belum).not.toContain('Diperbarui');
    expect(belum).toContain(`Sumber terbaru bertanggal ${sumberTerbaru}`);
  });

  it('legend ranges write the unit once: "25–50%", not "25%–50%"', () => {
    expect(m.classes.map((c) => c.label)).toEqual(['di bawah 25%', '25–50%', '50–75%', '75–95%', '95% atau lebih']);
    expect(m.classes.some((c) => /%–/.test(c.label))).toBe(false);
  });

  it('escapes outside text in the standalone SVG', () => {
    expect(xml('"><img src=x onerror=alert(1)>')).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });
});

import { describe, expect, it } from 'vitest';
import { buildSiteData } from '#pipeline/outputs.ts';
import { NO_DATA_COLOR } from '#lib/map/classes.ts';
import { buildMapModel, legendPosition } from '#lib/map/model.ts';
import { indikatorPeta } from '#model/query.ts';
import { standaloneSvg, xml } from '#lib/map/svg.ts';
import { kep, loadWith } from '#support/dataset.ts';

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

  it('colours regions by class and hatches regions with no published value (never as zero)', () => {
    expect(by('5321')).toMatchObject({ kelas: 0, nilaiTeks: '3 persen' });
    expect(by('5306')).toMatchObject({ kelas: 3 });
    expect(by('5371')).toMatchObject({ kelas: 0 });
    expect(by('5311')).toMatchObject({ kelas: -1, entry: null, fill: NO_DATA_COLOR });
    expect(by('5311').label).toBe('Ende: belum ada data');
  });

  it('legend counts add up to 22 with the no-data swatch', () => {
    expect(m.classes.map((c) => c.count)).toEqual([2, 0, 0, 1, 0]);
    expect(m.noDataCount).toBe(19);
    expect(m.classes.reduce((a, c) => a + c.count, 0) + m.noDataCount).toBe(22);
  });

  it('marks values older than the newest period, in the accessible name too', () => {
    expect(by('5371').entry!.lebihLama).toBe(true);
    expect(by('5371').label).toBe('Kota Kupang: 23 persen, Juni 2023 (angka lebih lama)');
    expect(m.hasOlder).toBe(true);
  });

  it('ranks highest first, regions without data last', () => {
    expect(m.ranking.slice(0, 3)).toEqual(['5306', '5371', '5321']);
    expect(m.ranking).toHaveLength(22);
  });

  it('carries province value and UCJ target as reference marks', () => {
    expect(m.province!.entry.nilai).toBe(33.73);
    expect(m.target).toBe(95);
    expect(legendPosition(m, 95)).toBeCloseTo(0.8);
    expect(legendPosition(m, 33.73)).toBeGreaterThan(0.2);
    expect(legendPosition(m, 33.73)).toBeLessThan(0.4);
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
    while (queue.length) for (const n of Object.values(m.keys[queue.shift()!]!)) if (n && !seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
    expect(seen.size).toBe(22);
  });

  it('marks regions too small to see (Kota Kupang) for an extra marker', () => {
    expect(m.regions.filter((r) => r.kecil).map((r) => r.kode)).toEqual(['5371']);
  });

  it('only indicators with regional data get a map, targets never', () => {
    expect(indikatorPeta(site).map((i) => i.id)).toEqual(['ucj_persen']);
  });

  it('the standalone SVG has 22 titled shapes, legend, sources and GADM attribution', () => {
    const svg = standaloneSvg(m, site.meta);
    expect(svg.match(/<path d="M[^"]*" fill="[^"]*" stroke="#444"/g)).toHaveLength(22);
    expect(svg).toContain('<title>Malaka: 3 persen, Mei 2025</title>');
    expect(svg).toContain('Batas wilayah: GADM 4.1');
    expect(svg).toContain('Pena Malaka');
    expect(svg).toContain('belum ada data (19 wilayah)');
  });

  it('escapes outside text in the standalone SVG', () => {
    expect(xml('"><img src=x onerror=alert(1)>')).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });
});

// The one rule for which maps exist and what may be ranked against what.
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '#pipeline/outputs.ts';
import { buildMapModel } from '#lib/map/model.ts';
import {
  comparableEntries,
  gridIndicators,
  mapIndicators,
  mapKind,
  regionFigures,
  tableOnlyIndicators,
} from '#model/peta.ts';
import { peringkat } from '#model/query.ts';
import { kep, loadWith } from '#support/dataset.ts';

function siteWith(...rows: string[]) {
  const { dataset, rowCounts, errors } = loadWith({ 'kepesertaan.csv': kep(...rows) });
  expect(errors).toEqual([]);
  return buildSiteData(dataset, 'uji', rowCounts);
}

const site = siteWith(
  '53,2024-06,ucj_persen,"33,73",,poskupang-2024-08-01,,',
  'Malaka,2025-05,ucj_persen,3,,penamalaka-2025-05-16,,',
  'Belu,2025-05,ucj_persen,90,,penamalaka-2025-05-16,,',
  // Counts in three regions within a year: a map of circles, never classes.
  'Sumba Timur,2025-08,rentan_apbd_provinsi,3986,,timex-2024-05-28,,',
  'Sikka,2025-08,rentan_apbd_provinsi,6041,,timex-2024-05-28,,',
  'Ende,2025-09,rentan_apbd_provinsi,9731,,timex-2024-05-28,,',
  'Belu,2025-09,rentan_apbd_provinsi,2071,,timex-2024-05-28,ya,Dua angka berbeda',
  // Two comparable regions and one from 2015: no map, and 2015 is not ranked against 2023.
  'Lembata,2023-04,peserta_pu,5105,,timex-2024-05-28,,',
  'Manggarai Barat,2022-12,peserta_pu,6000,,timex-2024-05-28,,',
  'Kota Kupang,2015,peserta_pu,11002,,timex-2024-05-28,,',
  // One region only, and only doubtful figures elsewhere.
  'Kota Kupang,2023-06,kepesertaan_persen,23,,timex-2024-05-28,,',
  'Ende,2025,kepesertaan_persen,45,,timex-2024-05-28,ya,Definisi tidak jelas',
  // A target is a plan: never a map, never in the grid.
  'Sikka,2022,target_peserta,4045,,timex-2024-05-28,,',
  'Ende,2022,target_peserta,4045,,timex-2024-05-28,,',
  'Belu,2022,target_peserta,4045,,timex-2024-05-28,,',
);

describe('which indicators get a map', () => {
  it('the mission map always; others only with at least three comparable regions; targets never', () => {
    expect(mapIndicators(site).map((i) => i.id)).toEqual(['ucj_persen', 'rentan_apbd_provinsi']);
  });

  it('counts get symbols, rates get classes', () => {
    const counts = buildMapModel(site, 'rentan_apbd_provinsi');
    expect(mapKind(counts.indicator)).toBe('simbol');
    expect(counts.kind).toBe('simbol');
    expect(counts.classes).toEqual([]);
    expect(counts.regions.every((r) => r.kelas === -1)).toBe(true);
    // Circle area follows the value: the largest value has the largest radius.
    const byValue = counts.regions.filter((r) => r.entry).sort((a, b) => b.entry!.nilai - a.entry!.nilai);
    expect(byValue[0]!.radius).toBeGreaterThan(byValue[1]!.radius);
    expect(byValue[0]!.radius / byValue[2]!.radius).toBeCloseTo(Math.sqrt(9731 / 3986), 1);
    expect(buildMapModel(site, 'ucj_persen').kind).toBe('kelas');
  });

  it('indicators without a map are listed for ranked tables, and all of them in the grid', () => {
    expect(
      tableOnlyIndicators(site)
        .map((i) => i.id)
        .sort(),
    ).toEqual(['kepesertaan_persen', 'peserta_pu']);
    expect(gridIndicators(site).map((i) => i.id)).toEqual([
      'ucj_persen',
      'rentan_apbd_provinsi',
      ...tableOnlyIndicators(site).map((i) => i.id),
    ]);
    expect(gridIndicators(site).some((i) => i.id.startsWith('target_'))).toBe(false);
  });
});

describe('comparability and ranking', () => {
  it('values more than a year older than the newest are not compared', () => {
    expect(
      comparableEntries(site, 'peserta_pu')
        .map((e) => e.wilayah)
        .sort(),
    ).toEqual(['5308', '5315']);
    expect(peringkat(site, 'peserta_pu', '5371')).toBeNull();
    expect(peringkat(site, 'peserta_pu', '5315')).toEqual({ rank: 1, dari: 2, seri: false });
  });

  it('a doubtful figure is shown as its own state, never as missing, and never ranked', () => {
    const f = regionFigures(site, 'rentan_apbd_provinsi').find((x) => x.kode === '5306')!;
    expect(f.state).toBe('ragu');
    expect(f.entry!.nilai).toBe(2071);
    expect(peringkat(site, 'rentan_apbd_provinsi', '5306')).toBeNull();
    const m = buildMapModel(site, 'rentan_apbd_provinsi');
    expect(m.counts.ragu).toBe(1);
    expect(m.regions.find((r) => r.kode === '5306')!.label).toContain('diragukan');
    expect(m.ranking.slice(0, 3)).toEqual(['5311', '5310', '5302']);
  });

  it('a ranking of one is no ranking', () => {
    expect(peringkat(site, 'kepesertaan_persen', '5371')).toBeNull();
  });
});

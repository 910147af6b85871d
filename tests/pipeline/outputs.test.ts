import { describe, expect, it } from 'vitest';
import { buildSiteData } from '#pipeline/outputs.ts';
import { kep, loadWith } from '#support/dataset.ts';

describe('buildSiteData', () => {
  const { dataset, rowCounts } = loadWith({
    'kepesertaan.csv': kep(
      'Malaka,2025-05,ucj_persen,3,,penamalaka-2025-05-16,,',
      'Belu,2025-05,ucj_persen,90,,penamalaka-2025-05-16,,',
      'Belu,2024-03,ucj_persen,45,,poskupang-2024-08-01,,',
      'Kota Kupang,2023-06,ucj_persen,23,,poskupang-2024-08-01,,',
      'Ende,2025-05,ucj_persen,60,,timex-2024-05-28,ya,Definisi tidak jelas',
      '53,2024-06,ucj_persen,"33,73",,poskupang-2024-08-01,,',
      '53,2024,ucj_persen,"42,47",,timex-2024-05-28,ya,Rekap perencanaan',
    ),
  });
  const site = buildSiteData(dataset, 'v1', rowCounts);
  const ucj = site.terkini.ucj_persen!;

  it('picks the most recent usable value per region', () => {
    expect(ucj['5306']).toMatchObject({ nilai: 90, lainnya: 1, lebihLama: false });
  });

  it('never uses doubtful figures for the latest value', () => {
    expect(ucj['5311']).toBeUndefined();
  });

  it('marks values older than the newest period of the indicator', () => {
    expect(ucj['5371']).toMatchObject({ nilai: 23, lebihLama: true });
    expect(ucj['5321']!.lebihLama).toBe(false);
  });

  it('regions without a published figure have no entry, never zero', () => {
    expect(Object.keys(ucj).sort()).toEqual(['53', '5306', '5321', '5371']);
  });

  it('summarises coverage per indicator', () => {
    const s = site.indikator.find((i) => i.id === 'ucj_persen')!;
    expect(s).toMatchObject({ jumlahWilayah: 3, periodeTerbaru: '2025-05', adaProvinsi: true });
    expect(s.periode).toEqual(['2023-06', '2025-05']);
  });

  it('keeps every provincial figure, doubtful ones included, in time order', () => {
    expect(site.provinsi.ucj_persen!.map((o) => [o.periode.id, o.ragu])).toEqual([
      ['2024-06', false],
      ['2024', true],
    ]);
  });
});

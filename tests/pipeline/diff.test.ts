import { describe, expect, it } from 'vitest';
import { diffDatasets } from '#pipeline/diff.ts';
import { kep, loadWith } from '#support/dataset.ts';

describe('diffDatasets (data:check against the last commit)', () => {
  it('lists added, removed and changed values per region', () => {
    const before = loadWith({
      'kepesertaan.csv': kep('Malaka,2025-05,ucj_persen,3,,penamalaka-2025-05-16,,', 'Belu,2025-05,ucj_persen,90,,penamalaka-2025-05-16,,', '53,2024-06,ucj_persen,"33,73",,poskupang-2024-08-01,,'),
    }).dataset;
    const after = loadWith({
      'kepesertaan.csv': kep('Malaka,2025-05,ucj_persen,4,,penamalaka-2025-05-16,,', '53,2024-06,ucj_persen,"33,73",,poskupang-2024-08-01,,', 'Ende,2025-05,ucj_persen,45,,penamalaka-2025-05-16,ya,Definisi'),
    }).dataset;
    expect(diffDatasets(before, after)).toEqual([
      { wilayah: '5306', kind: 'dihapus', what: 'ucj_persen 2025-05 [penamalaka-2025-05-16]', before: '90' },
      { wilayah: '5311', kind: 'baru', what: 'ucj_persen 2025-05 [penamalaka-2025-05-16]', after: '45 (ragu)' },
      { wilayah: '5321', kind: 'berubah', what: 'ucj_persen 2025-05 [penamalaka-2025-05-16]', before: '3', after: '4' },
    ]);
  });

  it('reports nothing when only formatting changed', () => {
    const a = loadWith({ 'kepesertaan.csv': kep('53,2024-06,peserta_aktif,558115,,poskupang-2024-08-01,,') }).dataset;
    const b = loadWith({ 'kepesertaan.csv': kep('NTT,2024-6,peserta_aktif,558.115,,poskupang-2024-08-01,,') }).dataset;
    expect(diffDatasets(a, b)).toEqual([]);
  });
});

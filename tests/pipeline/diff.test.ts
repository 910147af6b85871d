import { describe, expect, it } from 'vitest';
import { compareDatasets } from '#pipeline/diff.ts';
import { kep, loadWith } from '#support/dataset.ts';

describe('compareDatasets (data:check and releases)', () => {
  it('lists added, removed and corrected values per region; a new value for the same observation is a correction', () => {
    const before = loadWith({
      'kepesertaan.csv': kep(
        'Malaka,2025-05,ucj_persen,3,,penamalaka-2025-05-16,,',
        'Belu,2025-05,ucj_persen,90,,penamalaka-2025-05-16,,',
        '53,2024-06,ucj_persen,"33,73",,poskupang-2024-08-01,,',
      ),
    }).dataset;
    const after = loadWith({
      'kepesertaan.csv': kep(
        'Malaka,2025-05,ucj_persen,4,,penamalaka-2025-05-16,,',
        '53,2024-06,ucj_persen,"33,73",,poskupang-2024-08-01,,',
        'Ende,2025-05,ucj_persen,45,,penamalaka-2025-05-16,ya,Definisi',
      ),
    }).dataset;
    const { perubahan } = compareDatasets(before, after);
    expect(
      perubahan.map((c) => [
        c.wilayah,
        c.jenis,
        c.indikator,
        c.periode,
        c.sumber,
        c.sebelum?.nilai,
        c.sesudah?.nilai,
        c.sesudah?.ragu,
      ]),
    ).toEqual([
      ['5306', 'dihapus', 'ucj_persen', '2025-05', 'penamalaka-2025-05-16', 90, undefined, undefined],
      ['5311', 'baru', 'ucj_persen', '2025-05', 'penamalaka-2025-05-16', undefined, 45, true],
      ['5321', 'dikoreksi', 'ucj_persen', '2025-05', 'penamalaka-2025-05-16', 3, 4, false],
    ]);
  });

  it('reports nothing when only formatting changed', () => {
    const a = loadWith({ 'kepesertaan.csv': kep('53,2024-06,peserta_aktif,558115,,poskupang-2024-08-01,,') }).dataset;
    const b = loadWith({ 'kepesertaan.csv': kep('NTT,2024-6,peserta_aktif,558.115,,poskupang-2024-08-01,,') }).dataset;
    expect(compareDatasets(a, b)).toEqual({ perubahan: [], lainnya: [] });
  });

  it('a figure from another source is an addition, marked when the source itself is new', () => {
    const base = loadWith({ 'kepesertaan.csv': kep('Malaka,2025-05,ucj_persen,3,,penamalaka-2025-05-16,,') }).dataset;
    const withOther = loadWith({
      'kepesertaan.csv': kep(
        'Malaka,2025-05,ucj_persen,3,,penamalaka-2025-05-16,,',
        'Malaka,2025-05,ucj_persen,3,,poskupang-2024-08-01,,',
      ),
    }).dataset;
    const trimmed = { ...base, sumber: base.sumber.filter((s) => s.id !== 'poskupang-2024-08-01') };
    const { perubahan, lainnya } = compareDatasets(trimmed, withOther);
    expect(perubahan).toEqual([
      {
        jenis: 'baru',
        wilayah: '5321',
        indikator: 'ucj_persen',
        periode: '2025-05',
        sumber: 'poskupang-2024-08-01',
        sumberBaru: true,
        sesudah: { nilai: 3, kualifikasi: null, ragu: false },
      },
    ]);
    expect(lainnya).toEqual([{ apa: 'sumber', id: 'poskupang-2024-08-01', jenis: 'baru' }]);
  });
});

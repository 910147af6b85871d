// The frozen snapshot of data/ (tests/fixtures/data/snapshot/) read the way the pipeline reads
// data/: published figures in Indonesian number formats ("33,73", "1.654.526") come out exact.
// Particular figures belong here, not in tests on the live data/, which a correction may change.
import { describe, expect, it } from 'vitest';
import { loadWith, SNAPSHOT } from '#support/dataset.ts';

const { dataset, errors } = loadWith({}, SNAPSHOT);

describe('the frozen snapshot', () => {
  it('validates with no errors', () => expect(errors).toEqual([]));

  it('reads the figures the stories were written against exactly', () => {
    const find = (wilayah: string, indikator: string, periode: string) =>
      dataset.observasi
        .filter((o) => o.wilayah === wilayah && o.indikator === indikator && o.periode.id === periode)
        .map((o) => o.nilai);
    expect(find('53', 'ucj_persen', '2024-06')).toContain(33.73);
    expect(find('53', 'peserta_aktif', '2024-06')).toContain(558115);
    expect(find('53', 'pekerja_ucj', '2024-06')).toContain(1654526);
    expect(find('5321', 'ucj_persen', '2025-05')).toEqual([3]);
    expect(find('5306', 'ucj_persen', '2025-05')).toEqual([90]);
  });
});

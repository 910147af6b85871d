// The one rule for "the latest observation" (src/model/latest.ts) and its users agreeing.
import { describe, expect, it } from 'vitest';
import { pickLatest } from '#model/latest.ts';
import { tampilkan } from '#lib/artikel/komponen.ts';
import { resolve } from '#lib/artikel/resolve.ts';
import { terkini } from '#model/query.ts';
import { konteks, siteFrom, SNAPSHOT } from '#support/dataset.ts';

const row = (sumber: string, mulai: string, akhir: string, ragu = false) => ({
  sumber,
  ragu,
  periode: { id: mulai === akhir ? mulai : `${mulai}/${akhir}`, jenis: 'bulan' as const, mulai, akhir },
});
const dates: Record<string, string> = { a: '2025-08-09', b: '2025-08-09', c: '2025-09-01', d: '2025-07-01' };
const date = (id: string) => dates[id] ?? '';

describe('pickLatest', () => {
  it('prefers usable rows, then the later end, the later start, the later publication, then the first source id', () => {
    expect(pickLatest([row('c', '2025-08', '2025-08', true), row('d', '2025-07', '2025-07')], date)!.sumber).toBe('d');
    expect(pickLatest([row('d', '2025-09', '2025-09'), row('c', '2025-08', '2025-08')], date)!.sumber).toBe('d');
    expect(pickLatest([row('c', '2025-01', '2025-09'), row('d', '2025-09', '2025-09')], date)!.sumber).toBe('d');
    expect(pickLatest([row('a', '2025-08', '2025-08'), row('c', '2025-08', '2025-08')], date)!.sumber).toBe('c');
    expect(pickLatest([row('b', '2025-08', '2025-08'), row('a', '2025-08', '2025-08')], date)!.sumber).toBe('a');
    expect(pickLatest([row('a', '2025-08', '2025-08'), row('b', '2025-08', '2025-08')], date)!.sumber).toBe('a');
    expect(pickLatest([], date)).toBeUndefined();
  });
});

describe('every reader of the data picks the same row', () => {
  const k = konteks(siteFrom(SNAPSHOT));
  it('two outlets, same figure, same day (Sikka, rentan_apbd_provinsi, 2025-08): the map entry and <Nilai periode> cite the same one', () => {
    const entry = terkini(k.site, 'rentan_apbd_provinsi', '5310')!;
    const bind = `${entry.indikator}|${entry.wilayah}|${entry.periode.id}|${entry.sumber}`;
    expect(tampilkan(k, 'Nilai', { indikator: 'rentan_apbd_provinsi', wilayah: 'Sikka' }).bind).toBe(bind);
    expect(
      tampilkan(k, 'Nilai', { indikator: 'rentan_apbd_provinsi', wilayah: 'Sikka', periode: '2025-08' }).bind,
    ).toBe(bind);
    expect(resolve(k, 'rentan_apbd_provinsi|5310|2025-08').bind).toBe(bind);
  });
});

describe('row order in the CSV decides nothing', () => {
  it('reversing the rows of kepesertaan.csv picks the same latest figure everywhere', () => {
    const reverse = (text: string) => {
      const [head, ...rows] = text.trimEnd().split('\n');
      return [head, ...rows.reverse()].join('\n') + '\n';
    };
    const a = siteFrom(SNAPSHOT);
    const b = siteFrom(SNAPSHOT, { 'kepesertaan.csv': reverse });
    const strip = (t: typeof a.terkini) =>
      Object.fromEntries(
        Object.entries(t).map(([ind, per]) => [
          ind,
          Object.fromEntries(Object.entries(per).map(([kode, e]) => [kode, `${e.periode.id}|${e.sumber}|${e.nilai}`])),
        ]),
      );
    expect(strip(b.terkini)).toEqual(strip(a.terkini));
  });
});

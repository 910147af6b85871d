import { describe, expect, it } from 'vitest';
import { parseCount, parsePercent, parseRupiah } from '#pipeline/numbers.ts';

const value = (r: ReturnType<typeof parseCount>) => (r.ok ? r.value : r.message);

describe('parseCount', () => {
  it.each([
    ['558115', 558115],
    ['558.115', 558115],
    ['1.654.526', 1654526],
    ['1 654 526', 1654526],
    ['1\u00a0654\u00a0526', 1654526],
    [' 0 ', 0],
  ])('reads %j as %d', (raw, expected) => expect(value(parseCount(raw))).toBe(expected));

  it.each(['558,115', '33,5', '1.5', '1.65.526', 'tiga', '12a', '', '1.654.526,00'])(
    'rejects %j with a message, never 0',
    (raw) => {
      const r = parseCount(raw);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
    },
  );

  it('rejects negative counts and says so', () => {
    const r = parseCount('-3');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/negatif/);
  });
});

describe('parsePercent', () => {
  it.each([
    ['33,73', 33.73],
    ['33.73', 33.73],
    ['33', 33],
    ['33,73%', 33.73],
    ['33,73 %', 33.73],
    ['0', 0],
    ['100', 100],
  ])('reads %j as %d', (raw, expected) => expect(value(parsePercent(raw))).toBe(expected));

  it('rejects a dot followed by three digits as ambiguous (Indonesian thousands)', () => {
    const r = parsePercent('1.000');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/Ambigu/);
  });

  it.each(['100,5', '-1', '250'])('rejects %j as out of range', (raw) => {
    const r = parsePercent(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/0 dan 100/);
  });

  it.each(['33,7,3', 'tiga puluh', '', '33..7'])('rejects %j as not a number', (raw) =>
    expect(parsePercent(raw).ok).toBe(false),
  );
});

describe('parseRupiah', () => {
  it.each([
    ['381080853812', 381080853812],
    ['381.080.853.812', 381080853812],
    ['Rp381.080.853.812', 381080853812],
    ['Rp 381.080.853.812', 381080853812],
    ['rp. 4.400.000.000', 4400000000],
  ])('reads %j as %d', (raw, expected) => expect(value(parseRupiah(raw))).toBe(expected));

  it.each(['381 miliar', 'Rp4,4 M', '4,5', '-100', 'Rp'])('rejects %j', (raw) =>
    expect(parseRupiah(raw).ok).toBe(false),
  );
});

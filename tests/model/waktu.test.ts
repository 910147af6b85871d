// Dates in NTT (WITA, UTC+8) around UTC midnight: a release at 23:30 UTC on 1 December is 2 December in Kupang.
import { describe, expect, it } from 'vitest';
import { awalHariWita, hariIniWita, tanggalWita, waktuWita } from '#model/waktu.ts';
import { saatRilis, today } from '#pipeline/pipeline.ts';

describe('WITA dates and times', () => {
  it('the day in Kupang turns at 16:00 UTC', () => {
    expect(tanggalWita(new Date('2026-12-01T15:59:59Z'))).toBe('2026-12-01');
    expect(tanggalWita(new Date('2026-12-01T16:00:00Z'))).toBe('2026-12-02');
    expect(tanggalWita(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
    expect(tanggalWita(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });

  it('a moment is written in local time with its offset, and reads back as the same instant', () => {
    const d = new Date('2026-12-01T23:30:00Z');
    expect(waktuWita(d)).toBe('2026-12-02T07:30:00+08:00');
    expect(new Date(waktuWita(d)).getTime()).toBe(d.getTime());
    expect(waktuWita(new Date('2026-12-01T16:00:00.999Z'))).toBe('2026-12-02T00:00:00+08:00');
  });

  it("a day's start is 00:00 WITA, and today is the WITA day", () => {
    expect(awalHariWita('2026-12-02').toISOString()).toBe('2026-12-01T16:00:00.000Z');
    expect(hariIniWita(new Date('2026-12-01T23:30:00Z')).toISOString().slice(0, 10)).toBe('2026-12-02');
    expect(hariIniWita(new Date('2026-12-01T15:30:00Z')).toISOString().slice(0, 10)).toBe('2026-12-01');
  });
});

describe('the pipeline clock (UCJ_NOW / UCJ_TODAY)', () => {
  const withEnv = <T>(env: Record<string, string | undefined>, f: () => T): T => {
    const old = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    for (const [k, v] of Object.entries(env))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    try {
      return f();
    } finally {
      for (const [k, v] of Object.entries(old))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
  };

  it('a release recorded at 23:30 UTC is dated the next day, with its WITA time', () => {
    const r = withEnv({ UCJ_NOW: '2026-12-01T23:30:00Z', UCJ_TODAY: undefined }, saatRilis);
    expect(r).toEqual({ tanggal: '2026-12-02', waktu: '2026-12-02T07:30:00+08:00' });
    // "Today" for data checks is the same day: a source dated 2 December is not in the future.
    const d = withEnv({ UCJ_NOW: '2026-12-01T23:30:00Z', UCJ_TODAY: undefined }, today);
    expect(d.toISOString().slice(0, 10)).toBe('2026-12-02');
  });

  it('a pinned day alone records that day and no invented time', () => {
    expect(withEnv({ UCJ_NOW: undefined, UCJ_TODAY: '2026-12-01' }, saatRilis)).toEqual({ tanggal: '2026-12-01' });
  });

  it('an unreadable UCJ_NOW is an error naming the variable', () => {
    expect(() => withEnv({ UCJ_NOW: 'besok', UCJ_TODAY: undefined }, saatRilis)).toThrow(/UCJ_NOW/);
  });
});

import { describe, expect, it } from 'vitest';
import { parsePeriod } from '#pipeline/period.ts';
import { TODAY } from '#support/dataset.ts';

describe('parsePeriod', () => {
  it.each([
    ['2024', { id: '2024', jenis: 'tahun', mulai: '2024-01', akhir: '2024-12' }],
    ['2024-06', { id: '2024-06', jenis: 'bulan', mulai: '2024-06', akhir: '2024-06' }],
    ['2024-6', { id: '2024-06', jenis: 'bulan', mulai: '2024-06', akhir: '2024-06' }],
    ['2025-01/2025-04', { id: '2025-01/2025-04', jenis: 'rentang-bulan', mulai: '2025-01', akhir: '2025-04' }],
    ['2023/2024', { id: '2023/2024', jenis: 'rentang-tahun', mulai: '2023-01', akhir: '2024-12' }],
    ['2026-11', { id: '2026-11', jenis: 'bulan', mulai: '2026-11', akhir: '2026-11' }],
  ])('reads %j', (raw, expected) => {
    const r = parsePeriod(raw, TODAY);
    expect(r).toEqual({ ok: true, value: expected });
  });

  it.each(['Juni 2024', '2024-13', '24-06', '2024/06/01', '2025-04/2025-01', '', '06-2024'])(
    'rejects malformed %j',
    (raw) => {
      const r = parsePeriod(raw, TODAY);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/YYYY/);
    },
  );

  it('rejects a period that has not started yet', () => {
    const nextMonth = new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth() + 1, 1)).toISOString().slice(0, 7);
    const r = parsePeriod(nextMonth, TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/belum terjadi/);
  });

  it('allows future periods for targets only when asked', () => {
    expect(parsePeriod('2030', TODAY, true).ok).toBe(true);
    expect(parsePeriod('2030', TODAY).ok).toBe(false);
  });
});

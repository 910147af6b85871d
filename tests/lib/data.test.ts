// The pages' one reading of the pipeline's JSON (src/lib/data.ts): a release history or site
// data that does not match the contract stops the build with a message naming the file.
// The same files the pages import (the build's src/generated/, via the @generated alias).
import riwayatJson from '@generated/riwayat.json';
import siteJson from '@generated/site-data.json';
import { describe, expect, it } from 'vitest';
import { load, loadRiwayat } from '#lib/data.ts';

const copy = <T>(v: T): T => structuredClone(v);

describe('riwayat.json and site-data.json as the pages read them', () => {
  it('the built files pass', () => {
    expect(loadRiwayat(copy(riwayatJson)).length).toBeGreaterThan(0);
    expect(load(copy(siteJson)).wilayah.length).toBeGreaterThan(0);
  });

  it('a release record in the wrong shape is refused, naming the file, the schema and the field', () => {
    const riwayat = copy(riwayatJson) as unknown as Array<Record<string, unknown>>;
    const broken = riwayat.map((r, i) => (i === 0 ? { ...r, tanggal: '1 Desember 2026' } : r));
    expect(() => loadRiwayat(broken)).toThrow(/src\/generated\/riwayat\.json tidak sesuai format rilis[\s\S]*tanggal/);
    expect(() => loadRiwayat({ rilis: [] })).toThrow(/src\/generated\/riwayat\.json.*Jalankan npm run data/);
  });

  it("a release's site data outside the contract is refused as site data", () => {
    const riwayat = copy(riwayatJson) as unknown as Array<{ site: Record<string, unknown> }>;
    const broken = riwayat.map((r, i) => (i === 0 ? { ...r, site: { ...r.site, wilayah: 'semua' } } : r));
    expect(() => loadRiwayat(broken)).toThrow(/src\/generated\/site-data\.json tidak sesuai kontrak[\s\S]*wilayah/);
  });
});

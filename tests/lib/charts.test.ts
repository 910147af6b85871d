// Build-time charts (src/lib/charts/): figure blocks, the locator map, social images.
import { describe, expect, it } from 'vitest';
import { TidakDidukung } from '#model/errors.ts';
import { grafikCakupan, grafikKlaim, grafikProvinsi, grafikWilayah, sumberGrafik } from '#lib/charts/model.ts';
import { modelLokasi } from '#lib/charts/lokasi.ts';
import { bungkus, kartuSvg, OG_H, OG_W, pngDariSvg } from '#lib/charts/og.ts';
import { konteks, SNAPSHOT, siteFrom } from '#support/dataset.ts';

// Exact figures are asserted, so the charts are drawn from a frozen copy of data/.
const site = siteFrom(SNAPSHOT);
const k = konteks(site);

describe('grafik', () => {
  it('coverage by worker group, on a 0–100 scale with the target line', () => {
    const g = grafikCakupan(k, '53', '2024-06');
    expect(g.baris.map((r) => [r.label, r.teks, r.posisi])).toEqual([
      ['Semua pekerja (UCJ)', '33,73 persen', 33.73],
      ['Pekerja formal (penerima upah)', '65,9 persen', 65.9],
      ['Pekerja informal (bukan penerima upah)', '13,6 persen', 13.6],
    ]);
    expect(g.target).toBe(95);
    expect(g.bind).toBe('grafik:cakupan|53|2024-06');
    expect(() => grafikCakupan(k, 'Alor', '2024-06')).toThrow(TidakDidukung);
  });

  it('every provincial percentage, doubtful ones marked, in period order', () => {
    const g = grafikProvinsi(k);
    expect(g.bentuk).toBe('titik');
    expect(g.baris.length).toBe(
      (site.provinsi.ucj_persen?.length ?? 0) + (site.provinsi.kepesertaan_persen?.length ?? 0),
    );
    expect(g.baris.some((r) => r.ragu && r.teks === '42,47 persen')).toBe(true);
    expect(g.baris[0]!.label).toBe('November 2023');
    expect(g.baris.map((r) => r.label).indexOf('Juni 2024')).toBeLessThan(g.baris.map((r) => r.label).indexOf('2024'));
  });

  it('one bar per kabupaten/kota, largest first, doubtful-only regions after and marked', () => {
    const g = grafikWilayah(k, 'rentan_apbd_provinsi');
    expect(g.baris.slice(0, 2).map((r) => [r.label, r.teks, r.posisi])).toEqual([
      ['Ende', '9.731', 100],
      ['Sumba Barat Daya', '8.224', 84.51],
    ]);
    const doubtful = g.baris.filter((r) => r.ragu).map((r) => r.label);
    expect(doubtful).toEqual(['Nagekeo', 'Manggarai Barat', 'Lembata', 'Belu']);
    expect(g.baris.at(-5)!.label).toBe('Timor Tengah Utara');
    expect(g.baris[0]!.tautanLabel).toBe('/basis/kabupaten/ende/');
  });

  it('claims over time and per program; a missing amount is shown as not published, never as zero', () => {
    const t = grafikKlaim(k, { ukuran: 'nominal', program: 'TOTAL' });
    expect(t.baris.map((r) => [r.label, r.teks])).toEqual([
      ['2022', 'Rp381,1 miliar'],
      ['2023', 'Rp403,7 miliar'],
      ['Januari–Juni 2025', 'sekitar Rp223 miliar'],
    ]);
    const p = grafikKlaim(k, { ukuran: 'nominal', periode: '2022' });
    expect(p.baris.map((r) => r.label)).toEqual([
      'Semua program',
      'Jaminan Hari Tua (JHT)',
      'Jaminan Kecelakaan Kerja (JKK)',
      'Jaminan Kematian (JKM)',
      'Jaminan Pensiun (JP)',
    ]);
    expect(p.baris[3]).toMatchObject({ teks: 'tidak dipublikasikan', posisi: null, ragu: true });
    expect(() => grafikKlaim(k, { ukuran: 'nominal' })).toThrow(/tepat salah satu/);
  });

  it('sources of figure blocks, and maps only for indicators that have one', () => {
    expect(sumberGrafik(k, 'Peta', { indikator: 'ucj_persen' }).sumber.map((s) => s.id)).toContain(
      'penamalaka-2025-05-16-malaka-ucj-3',
    );
    expect(() => sumberGrafik(k, 'Peta', { indikator: 'target_ucj_persen' })).toThrow(/belum ada peta/);
  });
});

describe('peta lokasi dan gambar berbagi', () => {
  it('highlights exactly one region, with a ring, in rounded coordinates', () => {
    const m = modelLokasi(site, '5371');
    expect(m.wilayah).toHaveLength(22);
    expect(m.wilayah.filter((r) => r.sorot).map((r) => r.kode)).toEqual(['5371']);
    expect(m.wilayah[0]!.d).not.toMatch(/\d\.\d/);
    expect(m.cincin).toMatchObject({ r: 22 });
  });

  it('wraps titles and escapes every text', () => {
    expect(bungkus('satu dua tiga empat lima enam tujuh delapan', 50, 300, 2)).toHaveLength(2);
    expect(bungkus('satu dua tiga empat lima enam tujuh delapan', 50, 300, 2).at(-1)).toMatch(/…$/);
    const svg = kartuSvg({
      atas: 'A',
      judul: 'Judul <script>alert(1)</script> & "x"',
      angka: '3 persen',
      label: 'l',
      bawah: 'b',
      peta: null,
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain(`width="${OG_W}" height="${OG_H}"`);
  });

  it('renders a 1200×630 PNG', () => {
    const png = pngDariSvg(kartuSvg({ atas: 'A', judul: 'Uji', angka: '1', label: 'l', bawah: 'b', peta: null }));
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([OG_W, OG_H]);
  });
});

// Build-time charts (src/lib/charts/): figure blocks, the locator map, social images.
import { describe, expect, it } from 'vitest';
import { sumberGrafik } from '#lib/artikel/komponen.ts';
import { modelLokasi } from '#lib/charts/lokasi.ts';
import { bungkus, kartuSvg, OG_H, OG_W, pngDariSvg } from '#lib/charts/og.ts';
import { konteks, SNAPSHOT, siteFrom } from '#support/dataset.ts';

// Exact figures are asserted, so the charts are drawn from a frozen copy of data/.
const site = siteFrom(SNAPSHOT);
const k = konteks(site);

describe('grafik', () => {
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

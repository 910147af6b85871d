/**
 * A small locator map of NTT with one kabupaten/kota highlighted, reusing the choropleth's
 * projected paths (800×420). Coordinates are rounded to whole pixels: at locator size the
 * difference is invisible and the page carries a third less path text.
 */
import { INDIKATOR_UCJ } from '#model/constants.ts';
import type { SiteData } from '#model/schema.ts';
import { buildMapModel } from '#lib/map/model.ts';

export interface ModelLokasi {
  width: number;
  height: number;
  wilayah: { kode: string; d: string; sorot: boolean }[];
  tetangga: string[];
  /** A ring around the highlighted region, so a small one (Kota Kupang) is still found. */
  cincin: { cx: number; cy: number; r: number } | null;
}

const bulat = (d: string) => d.replace(/-?\d+(?:\.\d+)?/g, (n) => String(Math.round(Number(n))));

export function modelLokasi(site: SiteData, kode: string): ModelLokasi {
  const m = buildMapModel(site, INDIKATOR_UCJ);
  const target = m.regions.find((r) => r.kode === kode);
  return {
    width: m.width,
    height: m.height,
    wilayah: m.regions.map((r) => ({ kode: r.kode, d: bulat(r.d), sorot: r.kode === kode })),
    tetangga: m.context.map((c) => bulat(c.d)),
    cincin: target ? { cx: Math.round(target.cx), cy: Math.round(target.cy), r: 22 } : null,
  };
}

/**
 * Social images (1200×630 PNG) for articles and kabupaten/kota pages: an SVG string drawn
 * from the data, rendered to PNG by resvg at build time. Only system fonts (DejaVu Sans or
 * Liberation Sans); all text is escaped.
 */
import { Resvg } from '@resvg/resvg-js';
import { xml } from '#lib/map/svg.ts';
import { RESVG_FONT } from '#lib/map/ukur.ts';

export const OG_W = 1200;
export const OG_H = 630;
const FONT = 'DejaVu Sans, Liberation Sans, sans-serif';
const ACCENT = '#0b5563';
const HIGHLIGHT = '#c2410c';

/** Greedy word wrap by an average glyph width (DejaVu Sans ≈ 0.58 em, bold ≈ 0.63 em). */
export function bungkus(text: string, size: number, width: number, maxLines: number, bold = false): string[] {
  const perLine = Math.max(8, Math.floor(width / (size * (bold ? 0.63 : 0.58))));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > perLine && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s,.;:]+\S*$/, '')}…`;
    return kept;
  }
  return lines;
}

const teks = (lines: string[], x: number, y: number, size: number, lh: number, attrs: string) =>
  lines.map((l, i) => `<text x="${x}" y="${y + i * lh}" font-size="${size}" ${attrs}>${xml(l)}</text>`).join('');

export interface PetaKecil {
  width: number;
  height: number;
  wilayah: { d: string; fill: string; sorot?: boolean }[];
  tetangga: string[];
  cincin?: { cx: number; cy: number; r: number } | null;
}

function peta(m: PetaKecil, x: number, y: number, w: number): string {
  const s = w / m.width;
  const h = m.height * s;
  const out = [
    `<g transform="translate(${x} ${y}) scale(${s.toFixed(4)})">`,
    `<rect width="${m.width}" height="${m.height}" fill="#e4eef3"/>`,
  ];
  for (const d of m.tetangga) out.push(`<path d="${d}" fill="#f4f1ea" stroke="#b9b3a6" stroke-width="0.8"/>`);
  for (const r of m.wilayah)
    out.push(
      `<path d="${r.d}" fill="${r.fill}" stroke="${r.sorot ? '#111' : '#555'}" stroke-width="${r.sorot ? 2 : 0.8}"/>`,
    );
  if (m.cincin)
    out.push(
      `<circle cx="${m.cincin.cx}" cy="${m.cincin.cy}" r="${m.cincin.r}" fill="none" stroke="${HIGHLIGHT}" stroke-width="4"/>`,
    );
  out.push('</g>');
  out.push(`<rect x="${x}" y="${y}" width="${w}" height="${h.toFixed(1)}" fill="none" stroke="#d5d9de"/>`);
  return out.join('');
}

export interface KartuOg {
  /** Small line above the title: site name and section. */
  atas: string;
  judul: string;
  /** The headline figure, short form ("33,73%"), or a short statement ("Belum diumumkan"). */
  angka: string;
  /** What the figure is, with its period. */
  label: string;
  /** Footer: release date, newest source date, map attribution (no data version). */
  bawah: string;
  peta: PetaKecil | null;
}

export function kartuSvg(k: KartuOg): string {
  // Title across the top: large when it fits on two lines, smaller (up to three) otherwise.
  let judulSize = 54;
  let judul = bungkus(k.judul, judulSize, OG_W - 128, 2, true);
  if (judul.at(-1)!.endsWith('…')) {
    judulSize = 44;
    judul = bungkus(k.judul, judulSize, OG_W - 128, 3, true);
  }
  const lh = judulSize + 10;
  const judulBawah = 120 + judulSize + (judul.length - 1) * lh;
  const kolom = k.peta ? 540 : OG_W - 128;
  const angkaSize = k.angka.length > 16 ? 44 : 68;
  const angkaLines = bungkus(k.angka, angkaSize, kolom, 2, true);
  const yAngka = judulBawah + 40 + angkaSize;
  const yLabel = yAngka + (angkaLines.length - 1) * (angkaSize + 6) + 44;
  const label = bungkus(k.label, 26, kolom, 3);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_W}" height="${OG_H}" viewBox="0 0 ${OG_W} ${OG_H}" font-family="${FONT}">`,
    `<rect width="${OG_W}" height="${OG_H}" fill="#ffffff"/>`,
    `<rect width="${OG_W}" height="12" fill="${ACCENT}"/>`,
    teks([k.atas], 64, 76, 26, 30, `font-weight="700" fill="${ACCENT}"`),
    teks(judul, 64, 120 + judulSize, judulSize, lh, 'font-weight="700" fill="#111111"'),
  ];
  if (k.peta) {
    const y = judulBawah + 34;
    const w = Math.min(520, ((OG_H - 64 - y) * k.peta.width) / k.peta.height);
    out.push(peta(k.peta, OG_W - 64 - w, y, w));
  }
  out.push(teks(angkaLines, 64, yAngka, angkaSize, angkaSize + 6, `font-weight="700" fill="${ACCENT}"`));
  out.push(teks(label, 64, yLabel, 26, 32, 'fill="#333333"'));
  out.push(teks(bungkus(k.bawah, 18, OG_W - 128, 2), 64, OG_H - 44, 18, 22, 'fill="#4d5560"'));
  out.push('</svg>');
  return out.join('\n');
}

export function pngDariSvg(svg: string): Uint8Array<ArrayBuffer> {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: OG_W }, font: RESVG_FONT }).render().asPng();
  return new Uint8Array(png);
}

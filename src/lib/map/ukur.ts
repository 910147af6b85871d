/**
 * Text measurement for the static images, with resvg itself: the PNGs are rendered with the
 * same fonts, so a line measured to fit does fit. DejaVu Sans (Debian's fonts-dejavu-core) is
 * used when present, as a fixed file, so every machine renders alike; otherwise system fonts.
 * DejaVu is wider than Liberation Sans and Arial, so a viewer of the SVG with those fonts sees
 * lines that fit too.
 */
import { existsSync } from 'node:fs';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';

const DEJAVU = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf',
];
const files = DEJAVU.filter((f) => existsSync(f));

export const FONT_FAMILY = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
export const RESVG_FONT: NonNullable<ResvgRenderOptions['font']> =
  files.length === DEJAVU.length
    ? { fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }
    : { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' };

const REF = 100;
const advance = new Map<string, number>();

/** Ink extent of one <text> at font size 100, in px. */
function ink(text: string, bold: boolean): number {
  const esc = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="200"><text x="10" y="150" font-size="${REF}" font-family="${FONT_FAMILY}"${bold ? ' font-weight="700"' : ''} xml:space="preserve">${esc}</text></svg>`;
  const box = new Resvg(svg, { font: RESVG_FONT }).getBBox();
  return box ? box.x + box.width : 0;
}

/**
 * Advance width of one character at size 100: the ink of "HcH" minus that of "HH", so the
 * glyph's own side bearings and spaces count.
 */
function advanceOf(ch: string, bold: boolean): number {
  const key = `${bold ? 'b' : 'r'}${ch}`;
  let w = advance.get(key);
  if (w === undefined) {
    const base = advance.get(`${bold ? 'b' : 'r'}HH`) ?? ink('HH', bold);
    advance.set(`${bold ? 'b' : 'r'}HH`, base);
    w = ink(`H${ch}H`, bold) - base;
    advance.set(key, w);
  }
  return w;
}

/** Width of a line in px at a font size (kerning ignored: 2 % is added for it). */
export function lebarTeks(text: string, size: number, bold = false): number {
  let w = 0;
  for (const ch of text) w += advanceOf(ch, bold);
  return (w * size * 1.02) / REF;
}

/** Greedy word wrap to a width in px, measured as rendered. */
export function bungkusUkur(text: string, size: number, width: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && lebarTeks(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

import { Resvg } from '@resvg/resvg-js';
import { t } from '#i18n/id.ts';
import { formatAngka, formatPeriode, kutipan, teksNilai } from '#model/format.ts';
import { teksStempel, type Stempel } from '#lib/riwayat.ts';
import type { MapModel } from './model.ts';
import { BOUNDARY_ATTRIBUTION, formatValue } from './model.ts';
import { bungkusUkur, FONT_FAMILY, lebarTeks, RESVG_FONT } from './ukur.ts';
import { LAND_DATA, MAP_SURFACES } from './classes.ts';

/** Escapes text for XML content and attribute values: data is text from outside. */
export function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Width the PNG is rendered at (resvg fits the SVG to it). */
export const PNG_LEBAR = 1200;

/** Pixel size of the map PNG (/peta/<indikator>.png), for width/height attributes. */
export function ukuranPng(m: MapModel, stempel: Stempel): { lebar: number; tinggi: number } {
  const svg = standaloneSvg(m, stempel);
  const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!;
  return { lebar: PNG_LEBAR, tinggi: Math.round((PNG_LEBAR * Number(h)) / Number(w)) };
}

/** The map PNG: resvg at build time, with the fonts the text was measured in. */
export function pngPeta(svg: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(
    new Resvg(svg, { fitTo: { mode: 'width', value: PNG_LEBAR }, font: RESVG_FONT }).render().asPng(),
  );
}

const cache = new WeakMap<MapModel, Map<string, string>>();

/**
 * A self-contained SVG of the map for print, downloads and the PNG: title, legend, sources
 * and boundary credit drawn in, no external references, no script. Every line of text is
 * measured (resvg, same fonts as the PNG) and wrapped to the canvas, so none is ever cut;
 * regions with a value carry their name.
 */
export function standaloneSvg(m: MapModel, stempel: Stempel): string {
  const key = `${stempel.rilis?.nomor ?? ''} ${stempel.rilis?.tanggal ?? ''} ${stempel.sumberTerbaru}`;
  let perModel = cache.get(m);
  if (!perModel) cache.set(m, (perModel = new Map()));
  let svg = perModel.get(key);
  if (!svg) perModel.set(key, (svg = draw(m, stempel)));
  return svg;
}

function draw(m: MapModel, stempel: Stempel): string {
  const W = m.width;
  const PAD = 16;
  const inner = W - PAD * 2;
  const total = formatAngka(m.regions.length);
  // The short citation the pages use ("Pos Kupang, 13 Agustus 2024"): the publisher's web
  // address in brackets would stack a second pair of brackets on the date.
  const sources = m.sources.map((s) => kutipan(s, 'pendek')).join('; ');
  const sub = m.province
    ? t.gambarPeta.subProvinsi(
        teksNilai(m.indicator, m.province.entry, 'ringkas'),
        formatPeriode(m.province.entry.periode),
        formatAngka(m.counts.nilai + m.counts.lama),
        total,
      )
    : t.gambarPeta.sub(formatAngka(m.counts.nilai + m.counts.lama), total);
  const credit = m.varian === 'petak' ? t.gambarPeta.petak : `${t.batas.kredit(BOUNDARY_ATTRIBUTION)}.`;
  const out: string[] = [];
  const lines: { text: string; x: number; y: number; size: number; attrs: string }[] = [];
  let y = PAD;
  const block = (text: string, size: number, lh: number, attrs: string, bold = false) => {
    for (const line of bungkusUkur(text, size, inner, bold)) {
      y += lh;
      lines.push({ text: line, x: PAD, y, size, attrs: `${bold ? 'font-weight="700" ' : ''}${attrs}` });
    }
  };
  block(m.indicator.nama, 22, 26, 'fill="#111"', true);
  block(sub, 14, 18, 'fill="#333"');
  const top = y + 12;
  y = top + m.height + 8;
  // Legend: one row per class, wrapped like any other text; the target beside it only if it fits.
  const legend: { swatch: string; text: string }[] = [
    ...m.classes.map((c) => ({
      swatch: `fill="${c.color}"`,
      text: c.count ? `${c.label} (${t.peta.legendaWilayah(String(c.count))})` : c.label,
    })),
    ...m.symbolLegend.map((s) => ({
      swatch: 'fill="#0b5563" fill-opacity="0.75"',
      text: `${s.text} (${t.peta.legendaSimbol.toLowerCase()})`,
    })),
    ...(m.counts.ragu
      ? [
          {
            swatch:
              m.kind === 'kelas' ? 'fill="url(#ragu)"' : 'fill="#0b5563" fill-opacity="0.15" stroke-dasharray="3 2"',
            text: `${t.peta.legendaRagu} (${t.peta.legendaWilayah(String(m.counts.ragu))})`,
          },
        ]
      : []),
    { swatch: 'fill="url(#arsir)"', text: `${t.peta.legendaKosong} (${t.peta.legendaWilayah(String(m.noDataCount))})` },
  ];
  const legendTop = y;
  for (const item of legend) {
    const rows = bungkusUkur(item.text, 13, inner - 30);
    out.push(`<rect x="${PAD}" y="${y + 6}" width="22" height="16" ${item.swatch} stroke="#555"/>`);
    rows.forEach((row, i) =>
      lines.push({ text: row, x: PAD + 30, y: y + 19 + i * 16, size: 13, attrs: 'fill="#222"' }),
    );
    y += 6 + Math.max(16, rows.length * 16) + 2;
  }
  if (m.target !== null) {
    const text = t.gambarPeta.target(formatValue(m.indicator, m.target));
    const x = W / 2;
    if (x + lebarTeks(text, 13) <= W - PAD) lines.push({ text, x, y: legendTop + 19, size: 13, attrs: 'fill="#222"' });
    else {
      lines.push({ text, x: PAD, y: y + 16, size: 13, attrs: 'fill="#222"' });
      y += 20;
    }
  }
  y += 8;
  block(`${t.source}: ${sources || t.gambarPeta.tanpaSumber}.`, 11, 15, 'fill="#333"');
  block(`${credit} ${t.gambarPeta.arsir} ${teksStempel(stempel, '. ', true)}. ${t.siteName}.`, 11, 15, 'fill="#333"');
  const H = Math.ceil(y + PAD);

  const head = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="${FONT_FAMILY}">`,
    `<title>${xml(t.gambarPeta.judul(m.indicator.nama))}</title>`,
    `<defs><pattern id="arsir" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${MAP_SURFACES.light.hatchBg}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${MAP_SURFACES.light.hatchLine}" stroke-width="2"/></pattern><pattern id="ragu" width="7" height="7" patternUnits="userSpaceOnUse"><rect width="7" height="7" fill="#fbe9b7"/><circle cx="3.5" cy="3.5" r="1.6" fill="#8a6100"/></pattern></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g transform="translate(0 ${top})">`,
    `<rect width="${W}" height="${m.height}" fill="#e4eef3"/>`,
  ];
  for (const c of m.context) head.push(`<path d="${c.d}" fill="#f4f1ea" stroke="#b9b3a6" stroke-width="0.6"/>`);
  const fill = (r: MapModel['regions'][number]) =>
    r.kelas >= 0
      ? r.fill
      : r.state === 'ragu' && m.kind === 'kelas'
        ? 'url(#ragu)'
        : r.entry
          ? LAND_DATA
          : 'url(#arsir)';
  for (const r of m.regions)
    head.push(
      `<path d="${r.d}" fill="${fill(r)}" stroke="#444" stroke-width="0.6"><title>${xml(r.label)}</title></path>`,
    );
  for (const r of m.regions.filter((x) => x.kecil))
    head.push(
      `<circle cx="${Math.round(r.cx)}" cy="${Math.round(r.cy)}" r="8" fill="${fill(r)}" stroke="#444" stroke-width="1.2"/>`,
    );
  if (m.kind === 'simbol')
    for (const r of m.regions.filter((x) => x.entry).sort((a, b) => b.radius - a.radius))
      head.push(
        `<circle cx="${Math.round(r.cx)}" cy="${Math.round(r.cy)}" r="${r.radius.toFixed(1)}" fill="#0b5563" fill-opacity="${r.state === 'nilai' ? 0.75 : 0.15}" stroke="#0b5563" stroke-width="1.2"${r.state === 'nilai' ? '' : ' stroke-dasharray="3 2"'}/>`,
      );
  for (const l of m.labels) {
    const tile = l.kelas?.includes('petak-label');
    const fill = tile ? (l.kelas!.includes('terang') ? '#ffffff' : '#1b1f23') : '#34495e';
    head.push(
      `<text x="${l.x}" y="${l.y}" font-size="${tile ? 18 : 13}" ${tile ? 'font-weight="700" dominant-baseline="central"' : 'font-style="italic"'} fill="${fill}" text-anchor="middle">${xml(l.text)}</text>`,
    );
  }
  // Regions with a value carry their name and value (white halo, kept inside the canvas); the
  // tile map already names every tile.
  for (const l of m.valueLabels)
    head.push(
      `<text x="${l.x}" y="${l.y}" font-size="13" font-weight="700" fill="#111" stroke="#fff" stroke-width="3" paint-order="stroke" text-anchor="${l.anchor}" data-nama-wilayah="">${xml(l.text)}</text>`,
    );
  head.push(`</g>`);
  for (const l of lines) out.push(`<text x="${l.x}" y="${l.y}" font-size="${l.size}" ${l.attrs}>${xml(l.text)}</text>`);
  out.push(`</svg>`);
  return [...head, ...out].join('\n') + '\n';
}

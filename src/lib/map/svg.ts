import { formatPeriode, formatTanggal } from '#model/format.ts';
import type { MapModel } from './model.ts';
import { BOUNDARY_ATTRIBUTION, formatValue } from './model.ts';
import { LAND_DATA, MAP_SURFACES } from './classes.ts';
import { t } from '#i18n/id.ts';

/** Escapes text for XML content and attribute values: data is text from outside. */
export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Width the PNG is rendered at (resvg fits the SVG to it). */
export const PNG_LEBAR = 1200;

/** Pixel size of the map PNG (/peta/<indikator>.png), for width/height attributes. */
export function ukuranPng(m: MapModel, meta: { diperbarui: string; versi: string }): { lebar: number; tinggi: number } {
  const svg = standaloneSvg(m, meta);
  const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!;
  return { lebar: PNG_LEBAR, tinggi: Math.round((PNG_LEBAR * Number(h)) / Number(w)) };
}

/**
 * A self-contained SVG of the map for print, social cards and the PNG: title, legend, sources
 * and boundary attribution drawn in, no external references, no script.
 */
export function standaloneSvg(m: MapModel, meta: { diperbarui: string; versi: string }): string {
  const W = m.width;
  const top = 64;
  const legendY = top + m.height + 16;
  const rows = m.classes.length + m.symbolLegend.length + (m.counts.ragu ? 1 : 0) + 1;
  const footY = legendY + rows * 22 + 12;
  const H = footY + 56;
  const font = `font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif"`;
  const sources = m.sources.map((s) => `${s.penerbit} (${formatTanggal(s.tanggalTerbit)})`).join('; ');
  const sub = m.province
    ? `Provinsi NTT: ${m.province.text}, ${formatPeriode(m.province.entry.periode)}. ${m.counts.nilai + m.counts.lama} dari ${m.regions.length} kabupaten/kota berdata.`
    : `${m.counts.nilai + m.counts.lama} dari ${m.regions.length} kabupaten/kota berdata.`;
  const wrap = (text: string, max = 110) => {
    const words = text.split(' ');
    const lines: string[] = [''];
    for (const w of words) {
      if ((lines[lines.length - 1]! + ' ' + w).trim().length > max) lines.push(w);
      else lines[lines.length - 1] = (lines[lines.length - 1]! + ' ' + w).trim();
    }
    return lines;
  };
  const footLines = [...wrap(`Sumber: ${sources}.`), `Batas wilayah: ${BOUNDARY_ATTRIBUTION}. Wilayah berarsir: belum ada data. Sumber terbaru bertanggal ${formatTanggal(meta.diperbarui)}. Jamsostek NTT.`];
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H + (footLines.length - 2) * 16}" width="${W}" height="${H + (footLines.length - 2) * 16}" ${font}>`);
  out.push(`<title>${xml(`Peta ${m.indicator.nama}, Nusa Tenggara Timur`)}</title>`);
  out.push(`<defs><pattern id="arsir" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${MAP_SURFACES.light.hatchBg}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${MAP_SURFACES.light.hatchLine}" stroke-width="2"/></pattern><pattern id="ragu" width="7" height="7" patternUnits="userSpaceOnUse"><rect width="7" height="7" fill="#fbe9b7"/><circle cx="3.5" cy="3.5" r="1.6" fill="#8a6100"/></pattern></defs>`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<text x="16" y="30" font-size="22" font-weight="700" fill="#111">${xml(m.indicator.nama)}</text>`);
  out.push(`<text x="16" y="52" font-size="14" fill="#333">${xml(sub)}</text>`);
  out.push(`<g transform="translate(0 ${top})">`);
  out.push(`<rect width="${W}" height="${m.height}" fill="#e4eef3"/>`);
  for (const c of m.context) out.push(`<path d="${c.d}" fill="#f4f1ea" stroke="#b9b3a6" stroke-width="0.6"/>`);
  const fill = (r: MapModel['regions'][number]) => (r.kelas >= 0 ? r.fill : r.state === 'ragu' && m.kind === 'kelas' ? 'url(#ragu)' : r.entry ? LAND_DATA : 'url(#arsir)');
  for (const r of m.regions) out.push(`<path d="${r.d}" fill="${fill(r)}" stroke="#444" stroke-width="0.6"><title>${xml(r.label)}</title></path>`);
  for (const r of m.regions.filter((x) => x.kecil)) out.push(`<circle cx="${Math.round(r.cx)}" cy="${Math.round(r.cy)}" r="8" fill="${fill(r)}" stroke="#444" stroke-width="1.2"/>`);
  if (m.kind === 'simbol') for (const r of m.regions.filter((x) => x.entry).sort((a, b) => b.radius - a.radius)) out.push(`<circle cx="${Math.round(r.cx)}" cy="${Math.round(r.cy)}" r="${r.radius.toFixed(1)}" fill="#0b5563" fill-opacity="${r.state === 'nilai' ? 0.75 : 0.15}" stroke="#0b5563" stroke-width="1.2"${r.state === 'nilai' ? '' : ' stroke-dasharray="3 2"'}/>`);
  for (const l of m.labels) out.push(`<text x="${l.x}" y="${l.y}" font-size="13" font-style="italic" fill="#34495e" text-anchor="middle">${xml(l.text)}</text>`);
  for (const l of m.valueLabels) out.push(`<text x="${l.x}" y="${l.y}" font-size="13" font-weight="700" fill="#111" stroke="#fff" stroke-width="3" paint-order="stroke" text-anchor="${l.anchor}">${xml(l.text)}</text>`);
  out.push(`</g>`);
  const rowsOut: { swatch: string; text: string }[] = [
    ...m.classes.map((c) => ({ swatch: `fill="${c.color}"`, text: c.count ? `${c.label} (${t.peta.legendaWilayah(String(c.count))})` : c.label })),
    ...m.symbolLegend.map((s) => ({ swatch: 'fill="#0b5563" fill-opacity="0.75"', text: `${s.text} (${t.peta.legendaSimbol.toLowerCase()})` })),
    ...(m.counts.ragu ? [{ swatch: m.kind === 'kelas' ? 'fill="url(#ragu)"' : 'fill="#0b5563" fill-opacity="0.15" stroke-dasharray="3 2"', text: `${t.peta.legendaRagu} (${t.peta.legendaWilayah(String(m.counts.ragu))})` }] : []),
    { swatch: 'fill="url(#arsir)"', text: `${t.peta.legendaKosong} (${t.peta.legendaWilayah(String(m.noDataCount))})` },
  ];
  rowsOut.forEach((row, i) => {
    const y = legendY + i * 22;
    out.push(`<rect x="16" y="${y}" width="22" height="16" ${row.swatch} stroke="#555"/><text x="46" y="${y + 13}" font-size="13" fill="#222">${xml(row.text)}</text>`);
  });
  if (m.target !== null) out.push(`<text x="${W / 2}" y="${legendY + 13}" font-size="13" fill="#222">${xml(`Target UCJ: ${formatValue(m.indicator, m.target)}`)}</text>`);
  footLines.forEach((line, i) => out.push(`<text x="16" y="${footY + i * 16}" font-size="11" fill="#333">${xml(line)}</text>`));
  out.push(`</svg>`);
  return out.join('\n') + '\n';
}

// Dates, citations and units in what partners and sharers see (issue 10 items 9 and 10): live
// and pinned embeds, the downloadable map images and the map pages. "Diperbarui" is the date
// this site released the data shown, never the newest source's date, which is labelled as such;
// no data version (a hex hash) in their text; sources cited short ("Pos Kupang, 13 Agustus
// 2024"), never with the publisher's address in brackets; "%" in labels, legends and the
// region select ("25–50%", "Belu · 90%"). Reads the files of the build in dist/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTanggal } from '#model/format.ts';
import { DIST, listPages, ROOT } from '#support/site.ts';

const built = existsSync(join(DIST, 'index.html'));
const unduhan = built
  ? (JSON.parse(readFileSync(join(DIST, 'unduh', 'data-ucj-ntt.json'), 'utf8')) as {
      versi: string;
      diperbarui: string;
    })
  : { versi: '', diperbarui: '' };
// The release that published the live data, from its record's file name (NNNN-YYYY-MM-DD-versi.json).
const rilis = readdirSync(join(ROOT, 'data', 'rilis'))
  .map((f) => /^(\d{4})-(\d{4}-\d{2}-\d{2})-([0-9a-f]+)\.json$/.exec(f))
  .filter((x) => x !== null)
  .map((x) => ({ nomor: Number(x[1]), tanggal: x[2]!, versi: x[3]! }))
  .filter((r) => r.versi === unduhan.versi)
  .at(-1);
const sumberTerbaru = built ? formatTanggal(unduhan.diperbarui) : '';

/** A hex run of seven or more characters with both digits and letters: a commit or version id. */
const HEX = /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/gi;
/** A publisher's web address in brackets, "Pos Kupang (kupang.tribunnews.com)": the long form. */
const ALAMAT_DALAM_KURUNG = /\([a-z0-9-]+(\.[a-z0-9-]+)+\)/i;

/** The text a reader meets: no script, style or markup, entities decoded, spaces collapsed. */
const teks = (markup: string) =>
  markup
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** What is wrong with the dates, version and citations in one text (empty when nothing is). */
function masalahStempel(nama: string, text: string): string[] {
  const out: string[] = [];
  // Only wrong when the two dates differ: then "Diperbarui <source date>" would claim a release on it.
  if (rilis && formatTanggal(rilis.tanggal) !== sumberTerbaru && text.includes(`Diperbarui ${sumberTerbaru}`))
    out.push(`${nama}: "Diperbarui ${sumberTerbaru}" adalah tanggal sumber terbaru, bukan tanggal rilis`);
  for (const m of text.matchAll(HEX)) out.push(`${nama}: "${m[0]}"`);
  if (/versi data/i.test(text)) out.push(`${nama}: "versi data"`);
  if (text.includes(') ('))
    out.push(`${nama}: kurung ganda "${text.slice(text.indexOf(') (') - 40, text.indexOf(') (') + 20)}"`);
  const alamat = ALAMAT_DALAM_KURUNG.exec(text);
  if (alamat) out.push(`${nama}: penerbit dengan alamat dalam kurung "${alamat[0]}"`);
  return out;
}

describe.skipIf(!built)('stempel tanggal, sumber, dan satuan', () => {
  const embeds = built ? listPages().filter((p) => p.path.startsWith('/embed/')) : [];
  const live = embeds.filter((p) => /^\/embed\/(peta|petak)\/[^/]+\/$/.test(p.path));
  const pinned = embeds.filter((p) => /^\/embed\/[0-9a-f]{7,}\/peta\/[^/]+\/$/.test(p.path));
  const images = built
    ? [
        ...readdirSync(join(DIST, 'peta'))
          .filter((f) => f.endsWith('.svg'))
          .map((f) => join(DIST, 'peta', f)),
        ...readdirSync(join(DIST, 'peta', 'petak'))
          .filter((f) => f.endsWith('.svg'))
          .map((f) => join(DIST, 'peta', 'petak', f)),
      ]
    : [];

  it('the live data has been released, and there are live and pinned embeds and map images to check', () => {
    expect(rilis, `versi ${unduhan.versi} tidak ada di data/rilis`).toBeDefined();
    expect(live.length).toBeGreaterThanOrEqual(2);
    expect(pinned.length).toBeGreaterThan(0);
    expect(images.length).toBeGreaterThanOrEqual(2);
  });

  it('live embeds: "Diperbarui" the release date, the newest source labelled, no hash, short citations', () => {
    const problems: string[] = [];
    for (const p of live) {
      const text = teks(readFileSync(p.file, 'utf8'));
      problems.push(...masalahStempel(p.path, text));
      if (!text.includes(`Diperbarui ${formatTanggal(rilis!.tanggal)}`))
        problems.push(`${p.path}: tanpa tanggal rilis`);
      if (!text.includes(`Sumber terbaru bertanggal ${sumberTerbaru}`))
        problems.push(`${p.path}: tanpa "Sumber terbaru bertanggal ${sumberTerbaru}"`);
      if (/dipublikasikan, bukan nol/.test(text)) problems.push(`${p.path}: "dipublikasikan" (halaman: "diumumkan")`);
    }
    expect(problems).toEqual([]);
  });

  it('pinned embeds name their release by number and date, never by hash', () => {
    const problems: string[] = [];
    for (const p of pinned) {
      const text = teks(readFileSync(p.file, 'utf8'));
      problems.push(...masalahStempel(p.path, text));
      if (!/rilis \d+, \d{1,2} \p{L}+ \d{4}/u.test(text)) problems.push(`${p.path}: tanpa nomor dan tanggal rilis`);
    }
    expect(problems).toEqual([]);
  });

  it('map images: the same dates, no hash, no double brackets in the credit, "%" in the legend', () => {
    const problems: string[] = [];
    for (const f of images) {
      // What the image prints: the <title>s (tooltips, names for screen readers) are sentences.
      const text = teks(readFileSync(f, 'utf8').replace(/<title>[^<]*<\/title>/g, ' '));
      const nama = f.slice(DIST.length);
      problems.push(...masalahStempel(nama, text));
      if (!text.includes(`Sumber terbaru bertanggal ${sumberTerbaru}`)) problems.push(`${nama}: tanpa tanggal sumber`);
      if (/\d%–/.test(text)) problems.push(`${nama}: rentang "…%–…%" (gaya rumah: "25–50%")`);
      if (/\d persen/.test(text)) problems.push(`${nama}: "persen" di gambar`);
    }
    expect(problems).toEqual([]);
  });

  it('map pages: the region select and the legend print "%", the availability key has no double brackets', () => {
    const problems: string[] = [];
    const maps = listPages().filter((p) => p.type === 'peta');
    expect(maps.length).toBeGreaterThan(0);
    let options = 0;
    for (const p of maps) {
      const html = readFileSync(p.file, 'utf8');
      const select = /data-pilih-wilayah[\s\S]*?<\/select>/.exec(html)?.[0] ?? '';
      for (const o of select.matchAll(/<option[^>]*>([^<]*)<\/option>/g)) {
        options++;
        if (/persen/.test(o[1]!)) problems.push(`${p.path}: pilihan "${o[1]!.trim()}"`);
      }
      // The legend, and any other range on the page: the unit once, after both limits.
      const range = /\d+(,\d+)?%–\d+(,\d+)?%/.exec(teks(html));
      if (range) problems.push(`${p.path}: rentang "${range[0]}" (gaya rumah: "25–50%")`);
    }
    expect(options).toBeGreaterThan(0);
    const index = teks(readFileSync(join(DIST, 'peta', 'index.html'), 'utf8'));
    if (index.includes(') ('))
      problems.push(`/peta/: kurung ganda "${index.slice(index.indexOf(') (') - 40, index.indexOf(') (') + 30)}"`);
    expect(problems).toEqual([]);
  });
});

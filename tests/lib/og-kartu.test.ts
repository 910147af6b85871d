// The social cards' text (og/peta/<id>.png, og/kabupaten/<slug>.png): the figure in the short
// form cards use ("33,73%", never "33,73 persen"), "Diperbarui" only with the release date, the
// newest source date labelled as such, and no data version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kartuKabupaten, kartuPeta } from '#lib/charts/og-kartu.ts';
import { formatTanggal } from '#model/format.ts';
import { indikatorPeta, kabupatenKota } from '#model/query.ts';
import type { SiteData } from '#model/schema.ts';
import { ROOT } from '#support/site.ts';

const site = JSON.parse(readFileSync(join(ROOT, 'src', 'generated', 'site-data.json'), 'utf8')) as SiteData;
// A release date unlike any source date, so a card that stamps the source date as "Diperbarui" shows.
const stempel = { rilis: { nomor: 7, tanggal: '2027-03-31' }, sumberTerbaru: site.meta.diperbarui };
const HEX = /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/i;

function masalah(nama: string, k: { angka: string; label: string; bawah: string }): string[] {
  const out: string[] = [];
  if (/\d persen/.test(k.angka)) out.push(`${nama}: angka "${k.angka}"`);
  if (!k.bawah.includes('Diperbarui 31 Maret 2027')) out.push(`${nama}: tanpa tanggal rilis: ${k.bawah}`);
  if (!k.bawah.includes(`Sumber terbaru bertanggal ${formatTanggal(site.meta.diperbarui)}`))
    out.push(`${nama}: tanpa tanggal sumber terbaru: ${k.bawah}`);
  if (k.bawah.includes(`Diperbarui ${formatTanggal(site.meta.diperbarui)}`)) out.push(`${nama}: ${k.bawah}`);
  for (const s of [k.angka, k.label, k.bawah])
    if (HEX.test(s) || s.includes(site.meta.versi)) out.push(`${nama}: ${s}`);
  return out;
}

describe('kartu sosial', () => {
  it('map cards: short figure, release and source dates, no version', () => {
    const cards = indikatorPeta(site).map((i) => [i.id, kartuPeta(site, i.id, stempel)] as const);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.flatMap(([id, k]) => masalah(id, k))).toEqual([]);
    // The UCJ map card leads with the province's figure, as a label: "33,73%".
    const ucj = cards.find(([id]) => id === 'ucj_persen')![1];
    expect(ucj.angka).toMatch(/^\d+(,\d+)?%$/);
  });

  it('kabupaten cards: short figure, release and source dates, no version', () => {
    const cards = kabupatenKota(site).map((w) => [w.slug, kartuKabupaten(site, w, stempel)] as const);
    expect(cards.flatMap(([slug, k]) => masalah(slug, k))).toEqual([]);
    const withFigure = cards.filter(([, k]) => /\d/.test(k.angka));
    expect(withFigure.length).toBeGreaterThan(0);
    for (const [slug, k] of withFigure) expect(k.angka, slug).toMatch(/%$/);
  });

  it('without a release, a card names only the newest source date, and no "Diperbarui"', () => {
    const k = kartuPeta(site, 'ucj_persen', { rilis: null, sumberTerbaru: site.meta.diperbarui });
    expect(k.bawah).not.toContain('Diperbarui');
    expect(k.bawah).toContain(`Sumber terbaru bertanggal ${formatTanggal(site.meta.diperbarui)}`);
  });
});

/**
 * Articles keep their date. A figure an article writes without an explicit period or source
 * resolves against the data as it stood on the article's date: only observations whose source
 * was published on or before it (`updated`, else `date`). New data never silently rewrites a
 * published article; a correction of an observation it uses (same region, indicator, period
 * and source) does flow in, with a note, and a newer observation earns a "newer data" note.
 *
 * Pure: it takes the live site data and the releases, so tests can run it on any dataset.
 */
import type { Perubahan } from '#pipeline/diff.ts';
import type { RilisSitus } from '#pipeline/pipeline.ts';
import { buildSiteData } from '#pipeline/outputs.ts';
import type { SiteData } from '#model/schema.ts';

const cache = new WeakMap<SiteData, Map<string, SiteData>>();

/** The data as an article dated `tanggal` (YYYY-MM-DD) could see it. */
export function dataPerTanggal(site: SiteData, tanggal: string): SiteData {
  let perSite = cache.get(site);
  if (!perSite) cache.set(site, (perSite = new Map()));
  const hit = perSite.get(tanggal);
  if (hit) return hit;
  const terbit = new Map(site.sumber.map((s) => [s.id, s.tanggalTerbit]));
  const ada = (id: string) => (terbit.get(id) ?? '9999') <= tanggal;
  const indikator = site.indikator.map(
    ({ jumlahWilayah: _j, periode: _p, periodeTerbaru: _t, adaProvinsi: _a, ...i }) => i,
  );
  const ds = {
    wilayah: site.wilayah,
    indikator,
    sumber: site.sumber,
    observasi: site.observasi.filter((o) => ada(o.sumber)),
    klaim: site.klaim.filter((c) => ada(c.sumber)),
    konteks: (site.konteks ?? []).filter((k) => ada(k.sumber)),
  };
  const out = buildSiteData(ds as Parameters<typeof buildSiteData>[0], site.meta.versi, site.meta.jumlahBaris);
  perSite.set(tanggal, out);
  return out;
}

export interface CatatanKoreksi {
  /** The figure's data-bind: indicator|region|period|source. */
  bind: string;
  indikator: string;
  wilayah: string;
  periode: string;
  sebelum: number | null;
  sesudah: number | null;
  rilis: { nomor: number; tanggal: string; versi: string };
}

export interface CatatanBaru {
  bind: string;
  indikator: string;
  wilayah: string;
  /** The live figure's period, newer than the one the article shows. */
  periode: string;
}

const keyOf = (c: Pick<Perubahan, 'indikator' | 'wilayah' | 'periode' | 'sumber'>) =>
  `${c.indikator}|${c.wilayah}|${c.periode}|${c.sumber}`;

/**
 * Corrections made after the article's date to figures it shows: every release dated after it
 * that changed one of them, oldest first.
 */
export function koreksiSetelah(riwayat: RilisSitus[], binds: Iterable<string>, tanggal: string): CatatanKoreksi[] {
  const used = new Set(binds);
  const out: CatatanKoreksi[] = [];
  for (const r of riwayat) {
    if (r.tanggal <= tanggal) continue;
    for (const c of r.perubahan) {
      if (c.jenis !== 'dikoreksi' || !used.has(keyOf(c))) continue;
      out.push({
        bind: keyOf(c),
        indikator: c.indikator,
        wilayah: c.wilayah,
        periode: c.periode,
        sebelum: c.sebelum?.nilai ?? null,
        sesudah: c.sesudah?.nilai ?? null,
        rilis: { nomor: r.nomor, tanggal: r.tanggal, versi: r.versi },
      });
    }
  }
  return out;
}

/** Figures the article shows as of its date for which the live data has a more recent observation. */
export function lebihBaru(live: SiteData, binds: Iterable<string>): CatatanBaru[] {
  const out: CatatanBaru[] = [];
  const seen = new Set<string>();
  for (const bind of binds) {
    const [indikator, wilayah, periode, sumber] = bind.split('|');
    if (!indikator || !wilayah || !periode || !sumber || seen.has(`${indikator}|${wilayah}`)) continue;
    const now = live.terkini[indikator]?.[wilayah];
    if (!now) continue;
    const shown = live.observasi.find(
      (o) => o.indikator === indikator && o.wilayah === wilayah && o.periode.id === periode && o.sumber === sumber,
    );
    if (now.periode.id === periode && now.sumber === sumber) continue;
    // Only a later period counts as newer: another source for the same period is not news.
    if (shown && now.periode.akhir <= shown.periode.akhir) continue;
    seen.add(`${indikator}|${wilayah}`);
    out.push({ bind, indikator, wilayah, periode: now.periode.id });
  }
  return out;
}

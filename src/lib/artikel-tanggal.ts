/**
 * Articles keep their date. A figure an article writes without an explicit period or source
 * resolves against the data as it stood on the article's date: only observations whose source
 * was published on or before it (`updated`, else `date`). New data never silently rewrites a
 * published article; a correction of an observation it uses (same region, indicator, period
 * and source) does flow in, with a note, and a newer observation earns a "newer data" note.
 *
 * Pure: it takes the live site data and the releases, so tests can run it on any dataset.
 */
import type { NilaiRilis, Perubahan } from '#pipeline/diff.ts';
import type { RilisSitus } from '#pipeline/pipeline.ts';
import { buildSiteData } from '#pipeline/outputs.ts';
import type { Klaim, Observasi, SiteData } from '#model/schema.ts';

const cache = new WeakMap<SiteData, Map<string, SiteData>>();

/** The data as an article dated `tanggal` (YYYY-MM-DD) could see it. */
export function dataPerTanggal(site: SiteData, tanggal: string): SiteData {
  let perSite = cache.get(site);
  if (!perSite) cache.set(site, (perSite = new Map()));
  const hit = perSite.get(tanggal);
  if (hit) return hit;
  const terbit = new Map(site.sumber.map((s) => [s.id, s.tanggalTerbit]));
  const ada = (id: string) => (terbit.get(id) ?? '9999') <= tanggal;
  const out = bangunUlang(site, {
    observasi: site.observasi.filter((o) => ada(o.sumber)),
    klaim: site.klaim.filter((c) => ada(c.sumber)),
    konteks: (site.konteks ?? []).filter((k) => ada(k.sumber)),
  });
  perSite.set(tanggal, out);
  return out;
}

/** `site` rebuilt from other rows (the derived parts: latest figures, per-indicator summaries). */
function bangunUlang(site: SiteData, rows: Pick<SiteData, 'observasi' | 'klaim' | 'konteks'>): SiteData {
  const indikator = site.indikator.map(
    ({ jumlahWilayah: _j, periode: _p, periodeTerbaru: _t, adaProvinsi: _a, ...i }) => i,
  );
  const ds = { wilayah: site.wilayah, indikator, sumber: site.sumber, ...rows };
  return buildSiteData(ds as Parameters<typeof buildSiteData>[0], site.meta.versi, site.meta.jumlahBaris);
}

export interface CatatanKoreksi {
  /** The figure's data-bind: indicator|region|period|source. */
  bind: string;
  indikator: string;
  wilayah: string;
  periode: string;
  /** Claims only: which measure the note is about (cases or rupiah). */
  ukuran?: 'kasus' | 'nominal';
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
/** A row's key as releases name it (claims: `klaim:<PROGRAM>` for the indicator). */
const kunciObservasi = (o: Observasi) => `${o.indikator}|${o.wilayah}|${o.periode.id}|${o.sumber}`;
const kunciKlaim = (c: Klaim) => `klaim:${c.program}|${c.wilayah}|${c.periode.id}|${c.sumber}`;

type UkuranKlaim = 'kasus' | 'nominal';

/**
 * A figure's bind as releases key its row. Text claims bind one measure
 * (`klaim:P|wilayah|periode|kasus|sumber`) of a row the release keys without it; a map or chart
 * passes row keys, so every measure of the row counts as shown.
 */
function kunciRilis(bind: string): { kunci: string; ukuran: UkuranKlaim[] } {
  const p = bind.split('|');
  if (bind.startsWith('klaim:') && p.length === 5 && (p[3] === 'kasus' || p[3] === 'nominal'))
    return { kunci: [p[0], p[1], p[2], p[4]].join('|'), ukuran: [p[3]] };
  return { kunci: bind, ukuran: ['kasus', 'nominal'] };
}

const nilaiUkuran = (v: NilaiRilis | undefined, ukuran: UkuranKlaim | null) =>
  (ukuran === 'nominal' ? v?.nominalRp : v?.nilai) ?? null;

/**
 * Corrections made after the article's date to figures it shows: every release dated after it
 * that changed one of them, oldest first. A claim gets one note per measure it shows that changed
 * (cases, rupiah), so the note never reports a change the reader cannot see.
 */
export function koreksiSetelah(riwayat: RilisSitus[], binds: Iterable<string>, tanggal: string): CatatanKoreksi[] {
  const used = new Map<string, { bind: string; ukuran: UkuranKlaim }[]>();
  for (const bind of binds) {
    const { kunci, ukuran } = kunciRilis(bind);
    const list = used.get(kunci) ?? [];
    for (const u of ukuran) if (!list.some((x) => x.ukuran === u)) list.push({ bind, ukuran: u });
    used.set(kunci, list);
  }
  const out: CatatanKoreksi[] = [];
  for (const r of riwayat) {
    if (r.tanggal <= tanggal) continue;
    for (const c of r.perubahan) {
      const shown = c.jenis === 'dikoreksi' ? used.get(keyOf(c)) : undefined;
      if (!shown) continue;
      const klaim = c.indikator.startsWith('klaim:');
      for (const { bind, ukuran } of klaim ? shown : shown.slice(0, 1)) {
        const sebelum = nilaiUkuran(c.sebelum, klaim ? ukuran : null);
        const sesudah = nilaiUkuran(c.sesudah, klaim ? ukuran : null);
        // A claim correction may leave this measure as it was (only the other one changed).
        if (klaim && sebelum === sesudah) continue;
        out.push({
          bind: klaim ? bind : keyOf(c),
          indikator: c.indikator,
          wilayah: c.wilayah,
          periode: c.periode,
          ...(klaim ? { ukuran } : {}),
          sebelum,
          sesudah,
          rilis: { nomor: r.nomor, tanggal: r.tanggal, versi: r.versi },
        });
      }
    }
  }
  return out;
}

/**
 * Two notes about the same change, e.g. a claim in the text (bound to one measure) and a chart
 * drawing its row: same release, row and measure. Every bind form ends with the source.
 */
export const samaKoreksi = (a: CatatanKoreksi, b: CatatanKoreksi): boolean =>
  a.rilis.nomor === b.rilis.nomor &&
  a.indikator === b.indikator &&
  a.wilayah === b.wilayah &&
  a.periode === b.periode &&
  a.ukuran === b.ukuran &&
  a.bind.split('|').at(-1) === b.bind.split('|').at(-1);

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

/** What a row becomes in a what-if rebuild: another value (a correction's old one, or any other). */
type Ganti = Map<string, NilaiRilis | 'lain'>;

function dataDiganti(view: SiteData, ganti: Ganti): SiteData {
  const lain = (n: number | null) => (n === null ? 1 : n * 2 + 1);
  return bangunUlang(view, {
    observasi: view.observasi.map((o) => {
      const g = ganti.get(kunciObservasi(o));
      if (!g) return o;
      return g === 'lain'
        ? { ...o, nilai: lain(o.nilai) }
        : { ...o, nilai: g.nilai ?? o.nilai, kualifikasi: g.kualifikasi, ragu: g.ragu };
    }),
    klaim: view.klaim.map((c) => {
      const g = ganti.get(kunciKlaim(c));
      if (!g) return c;
      return g === 'lain'
        ? { ...c, kasus: lain(c.kasus), nominalRp: lain(c.nominalRp) }
        : {
            ...c,
            kasus: g.nilai,
            kualifikasiKasus: g.kualifikasi,
            nominalRp: g.nominalRp ?? null,
            kualifikasiNominal: g.kualifikasiNominal ?? null,
            ragu: g.ragu,
          };
    }),
    konteks: view.konteks,
  });
}

/**
 * The rows among `calon` a map or chart depends on: those whose other value changes what it
 * draws. A picture has no list of the figures behind it (a ranking, a sum, a scale all depend
 * on rows it does not print), so the test is the drawing itself, computed again with the row
 * changed; any map or chart, present or future, is covered without listing its inputs. All
 * candidates are tried together first, so a picture that uses none of them costs one redraw.
 */
function dipakai(view: SiteData, gambar: (s: SiteData) => unknown, calon: Ganti): Set<string> {
  const sidik = (s: SiteData) => {
    try {
      return JSON.stringify(gambar(s));
    } catch (err) {
      // A drawing that fails without the row depends on it.
      return `gagal: ${String(err)}`;
    }
  };
  const out = new Set<string>();
  if (!calon.size) return out;
  const asli = sidik(view);
  if (sidik(dataDiganti(view, calon)) === asli) return out;
  for (const [kunci, g] of calon) if (sidik(dataDiganti(view, new Map([[kunci, g]]))) !== asli) out.add(kunci);
  return out;
}

/**
 * The notes a map or chart block in an article earns, like its text figures: corrections after
 * the article's date of rows it draws (the drawing shows the corrected value), and, for a block
 * without an explicit period or source (`tersirat`), newer live figures for the latest rows it draws.
 * `view` is the data the block drew from (src/lib/artikel/resolve.ts konteksBlok).
 */
export function catatanBlok(
  riwayat: RilisSitus[],
  live: SiteData,
  view: SiteData,
  gambar: (s: SiteData) => unknown,
  tanggal: string,
  tersirat: boolean,
): { koreksi: CatatanKoreksi[]; baru: CatatanBaru[] } {
  const ada = new Set([...view.observasi.map(kunciObservasi), ...view.klaim.map(kunciKlaim)]);
  const koreksi = koreksiSetelah(riwayat, ada, tanggal);
  // The value before the first later correction: what the article's date saw.
  const sebelum: Ganti = new Map();
  for (const r of riwayat) {
    if (r.tanggal <= tanggal) continue;
    for (const c of r.perubahan)
      if (c.jenis === 'dikoreksi' && c.sebelum && ada.has(keyOf(c)) && !sebelum.has(keyOf(c)))
        sebelum.set(keyOf(c), c.sebelum);
  }
  const dikoreksi = dipakai(view, gambar, sebelum);
  let baru: CatatanBaru[] = [];
  if (tersirat) {
    const terkini = Object.values(view.terkini).flatMap((perWilayah) => Object.values(perWilayah));
    const calon = lebihBaru(live, terkini.map(kunciObservasi));
    const terpakai = dipakai(view, gambar, new Map(calon.map((b) => [b.bind, 'lain' as const])));
    baru = calon.filter((b) => terpakai.has(b.bind));
  }
  return { koreksi: koreksi.filter((c) => dikoreksi.has(c.bind)), baru };
}

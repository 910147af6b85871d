/**
 * Everything a kabupaten/kota fact sheet shows, derived from the data: a new figure in data/
 * appears here without any change to the page.
 */
import { INDIKATOR_UCJ, isTarget } from '#model/constants.ts';
import { formatPeriode, teksAngka, teksNilai } from '#model/format.ts';
import { cariIndikator, cariSumber, peringkat, terkini, urutKronologis } from '#model/query.ts';
import { t } from '#i18n/id.ts';
import type {
  Klaim,
  RingkasanIndikator,
  ObservasiTerkini,
  Observasi,
  Wilayah,
  SiteData,
  Sumber,
} from '#model/schema.ts';

export interface BarisAngka {
  obs: Observasi;
  teks: string;
  periode: string;
  sumber: Sumber;
  /** This is the figure the map and the rankings use for this region. */
  terkini: boolean;
}

export interface KelompokAngka {
  indikator: RingkasanIndikator;
  baris: BarisAngka[];
  /** Rank among kabupaten/kota with a usable figure, when at least two have one. */
  peringkat: { rank: number; dari: number; seri: boolean; entry: ObservasiTerkini } | null;
}

export interface ModelKabupaten {
  wilayah: Wilayah;
  ucj: ObservasiTerkini | null;
  /** The UCJ figure as sentences print it: "90 persen". */
  ucjTeks: string | null;
  /** The same figure as cards and labels print it: "90%". */
  ucjRingkas: string | null;
  ucjSumber: Sumber | null;
  ucjPeringkat: { rank: number; dari: number } | null;
  kelompok: KelompokAngka[];
  klaim: { c: Klaim; nominal: string | null; kasus: string | null; periode: string; sumber: Sumber }[];
  belumAda: string[];
  sumber: Sumber[];
  jumlahAngka: number;
}

/** Indicators a reader looks for first; when absent they are listed as missing. */
export const KUNCI: { id: string; kosong: string }[] = [INDIKATOR_UCJ, 'peserta_aktif', 'rentan_apbd_provinsi'].map(
  (id) => ({ id, kosong: t.kabupaten.kosong[id]! }),
);

export function modelKabupaten(site: SiteData, wilayah: Wilayah): ModelKabupaten {
  const kode = wilayah.kode;
  const obs = site.observasi.filter((o) => o.wilayah === kode);
  const order = new Map(site.indikator.map((d, i) => [d.id, i]));
  const byInd = new Map<string, Observasi[]>();
  for (const o of obs) byInd.set(o.indikator, [...(byInd.get(o.indikator) ?? []), o]);
  const kelompok: KelompokAngka[] = [...byInd.entries()]
    .sort((a, b) => order.get(a[0])! - order.get(b[0])!)
    .map(([id, list]) => {
      const ind = cariIndikator(site, id);
      const latest = terkini(site, id, kode) ?? null;
      const order = urutKronologis(site);
      const rows = [...list]
        .sort((a, b) => order(b, a))
        .map((o) => ({
          obs: o,
          // Tables and cards take "%", sentences "persen" (house style).
          teks: teksNilai(ind, o, 'ringkas'),
          periode: formatPeriode(o.periode),
          sumber: cariSumber(site, o.sumber),
          terkini: !!latest && latest.baris === o.baris,
        }));
      const r = latest ? peringkat(site, id, kode, 'tertinggi') : null;
      return {
        indikator: ind,
        baris: rows,
        peringkat: r && r.dari >= 2 && !isTarget(id) ? { ...r, entry: latest! } : null,
      };
    });

  const ucj = terkini(site, INDIKATOR_UCJ, kode) ?? null;
  const ucjRank = ucj ? peringkat(site, INDIKATOR_UCJ, kode, 'tertinggi') : null;
  const klaim = site.klaim
    .filter((c) => c.wilayah === kode)
    .sort((a, b) => b.periode.akhir.localeCompare(a.periode.akhir))
    .map((c) => ({
      c,
      nominal:
        c.nominalRp === null
          ? null
          : teksAngka({ nilai: c.nominalRp, satuan: 'rupiah', kualifikasi: c.kualifikasiNominal }),
      kasus: c.kasus === null ? null : teksAngka({ nilai: c.kasus, satuan: 'kasus', kualifikasi: c.kualifikasiKasus }),
      periode: formatPeriode(c.periode),
      sumber: cariSumber(site, c.sumber),
    }));
  // What a reader would look for and cannot use: missing key figures, key figures that are all
  // doubtful, and a UCJ percentage whose base (the workers it divides by) was never published.
  const belumAda = KUNCI.flatMap((k) => {
    const list = byInd.get(k.id);
    if (!list) return [k.kosong];
    if (list.every((o) => o.ragu)) return [t.kabupaten.raguSaja(site.indikator.find((d) => d.id === k.id)!.nama)];
    return [];
  });
  if (ucj && !byInd.has('pekerja_ucj')) belumAda.push(t.kabupaten.dasarKosong);
  if (!klaim.length) belumAda.push(t.kabupaten.kosong.klaim!);
  const sumber = new Map<string, Sumber>();
  for (const o of obs) sumber.set(o.sumber, cariSumber(site, o.sumber));
  for (const c of klaim) sumber.set(c.sumber.id, c.sumber);
  return {
    wilayah,
    ucj,
    ucjTeks: ucj ? teksNilai(cariIndikator(site, INDIKATOR_UCJ), ucj) : null,
    ucjRingkas: ucj ? teksNilai(cariIndikator(site, INDIKATOR_UCJ), ucj, 'ringkas') : null,
    ucjSumber: ucj ? cariSumber(site, ucj.sumber) : null,
    ucjPeringkat: ucjRank && ucjRank.dari >= 2 ? ucjRank : null,
    kelompok,
    klaim,
    belumAda,
    sumber: [...sumber.values()].sort((a, b) => b.tanggalTerbit.localeCompare(a.tanggalTerbit)),
    jumlahAngka: obs.length + klaim.length,
  };
}

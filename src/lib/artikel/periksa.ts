/**
 * The article checker: takes what the MDX pipeline read from an article (baca.ts), checks each
 * component's props against the registry (komponen.ts), resolves every component against the
 * data, and reports every problem of every article together, in the same form as data errors.
 */
import { formatIssues, TidakDidukung, type Issue } from '#model/errors.ts';
import { cariWilayah, isProvinsi, kabupatenKota } from '#model/query.ts';
import type { Sumber } from '#model/schema.ts';
import { tulisKomponen, type Pemakaian } from './baca.ts';
import { KOMPONEN, masalahKomponen, sumberGrafik as sumberRegistri, tampilkan } from './komponen.ts';
import { periksaPernyataan } from './pernyataan.ts';
import type { Props } from './props.ts';
import type { Angka, Konteks } from './resolve.ts';

export interface HasilArtikel {
  /** Sources behind every figure shown, in order of first use. */
  sumber: Sumber[];
  /** Kabupaten/kota the article names or cites a figure for. */
  wilayah: string[];
  /** Every statement the build checks for this article, in words, with its line. */
  pernyataan: { baris: number; uraian: string }[];
  /** How many bound figures the article shows. */
  jumlahAngka: number;
}

/**
 * Checks every component of an article against the registry and the data. Returns what the
 * article uses, and the problems (unknown components or props, missing figures, false
 * statements) for the build to report. `sumberGrafik` gives the sources and validity of figure
 * blocks (maps and charts); by default the registry's, on the article's data.
 */
export function periksaArtikel(
  k: Konteks,
  berkas: string,
  pemakaian: Pemakaian[],
  sumberGrafik: (komponen: string, props: Props) => { sumber: Sumber[] } = (n, p) => sumberRegistri(k, n, p),
  tautanAda: (path: string) => boolean = () => true,
): { hasil: HasilArtikel; masalah: Issue[] } {
  const masalah: Issue[] = [];
  const sumber = new Map<string, Sumber>();
  const wilayah = new Set<string>();
  const pernyataan: HasilArtikel['pernyataan'] = [];
  let jumlahAngka = 0;
  const tambah = (dasar: Angka[]) => {
    for (const a of dasar) {
      for (const s of a.sumber) sumber.set(s.id, s);
      for (const w of a.wilayah) wilayah.add(w);
    }
  };
  const lapor = (u: Pemakaian, message: string) =>
    masalah.push({
      file: berkas,
      line: u.baris,
      column: u.kolom,
      excerpt: KOMPONEN[u.komponen] ? tulisKomponen(u.komponen, u.props) : `<${u.komponen}>`,
      message,
      severity: 'error',
    });
  for (const u of pemakaian) {
    const salah = masalahKomponen(u.komponen, u.props);
    if (salah) {
      lapor(u, salah);
      continue;
    }
    try {
      switch (KOMPONEN[u.komponen]!.jenis) {
        case 'angka':
          tambah(tampilkan(k, u.komponen, u.props).dasar);
          jumlahAngka++;
          break;
        case 'pernyataan': {
          const h = periksaPernyataan(k, u.props);
          const w = typeof u.props.wilayah === 'string' ? cariWilayah(k.site, u.props.wilayah) : null;
          if (w && !isProvinsi(k.site, w.kode)) wilayah.add(w.kode);
          for (const a of h.dasar) for (const c of a.wilayah) wilayah.add(c);
          pernyataan.push({ baris: u.baris, uraian: h.uraian });
          break;
        }
        case 'tautan': {
          const ke = String(u.props.ke);
          if (!tautanAda(ke.replace(/#.*$/, ''))) throw new TidakDidukung(`halaman ${ke} tidak ada di situs ini.`);
          break;
        }
        case 'grafik':
          for (const s of sumberGrafik(u.komponen, u.props).sumber) sumber.set(s.id, s);
      }
    } catch (err) {
      if (!(err instanceof TidakDidukung)) throw err;
      lapor(u, err.alasan);
    }
  }
  return {
    hasil: {
      sumber: [...sumber.values()],
      wilayah: kabupatenKota(k.site)
        .map((r) => r.kode)
        .filter((c) => wilayah.has(c)),
      pernyataan,
      jumlahAngka,
    },
    masalah,
  };
}

/** The build's message: every problem with file, line, column, the component as written, and why. */
export function formatMasalah(masalah: Issue[]): string {
  return formatIssues(masalah, {
    judul: (n) =>
      `Build dihentikan: ${n} masalah di artikel. Angka atau pernyataan di artikel tidak lagi didukung data, jadi artikel itu tidak diterbitkan dengan kalimat yang salah.`,
    saran:
      'Ubah kalimat dan komponennya di artikel itu agar sesuai dengan data terbaru (atau perbaiki datanya), lalu jalankan lagi npm run build.',
  });
}

export class ArtikelTidakCocok extends Error {
  readonly masalah: Issue[];
  constructor(masalah: Issue[]) {
    super(formatMasalah(masalah));
    this.name = 'ArtikelTidakCocok';
    this.masalah = masalah;
  }
}

/**
 * The contract between the pipeline and the pages: the shape of src/generated/site-data.json.
 *
 * The pipeline's types are inferred from these schemas, so what it writes and what the pages
 * read cannot drift apart; the pages parse the JSON once with `siteData` (src/lib/data.ts)
 * instead of trusting it with a cast. Objects are strict: a field the pipeline adds without
 * adding it here fails the build instead of disappearing silently.
 */
import { z } from 'zod';

export const kualifikasi = z.enum(['sekitar', 'lebih dari', 'kurang dari']).nullable();
export const satuan = z.enum(['persen', 'orang']);
export const PROGRAM = ['JKK', 'JKM', 'JHT', 'JP', 'JKP', 'BEASISWA', 'TOTAL'] as const;
export const program = z.enum(PROGRAM);

const yyyymm = z.string().regex(/^\d{4}-\d{2}$/);

export const periode = z.strictObject({
  /** Canonical text as written in the data dictionary, e.g. "2024-06" or "2025-01/2025-04". */
  id: z.string(),
  jenis: z.enum(['tahun', 'bulan', 'rentang-bulan', 'rentang-tahun']),
  /** First month covered, "YYYY-MM". */
  mulai: yyyymm,
  /** Last month covered, "YYYY-MM". */
  akhir: yyyymm,
});

export const wilayah = z.strictObject({
  kode: z.string(),
  nama: z.string(),
  jenis: z.enum(['Provinsi', 'Kabupaten', 'Kota']),
  ibuKota: z.string(),
  kantorCabang: z.string().nullable(),
  keteranganKantor: z.string().nullable(),
  alias: z.array(z.string()),
  slug: z.string(),
});

export const indikator = z.strictObject({
  id: z.string(),
  nama: z.string(),
  satuan,
  definisi: z.string(),
  batasKelas: z.array(z.number()).nullable(),
});

export const sumber = z.strictObject({
  id: z.string(),
  penerbit: z.string(),
  judul: z.string(),
  url: z.string().nullable(),
  tanggalTerbit: z.string(),
  tanggalAkses: z.string().nullable(),
  /** Title and address checked against the published page; otherwise shown "belum diverifikasi". Snapshots recorded before the column read as unchecked. */
  terverifikasi: z.boolean().default(false),
  /** Note for readers. Research notes (catatan_internal) are validated but never leave the CSV. */
  catatan: z.string().nullable(),
});

export const observasi = z.strictObject({
  wilayah: z.string(),
  periode,
  indikator: z.string(),
  nilai: z.number(),
  kualifikasi,
  sumber: z.string(),
  ragu: z.boolean(),
  catatan: z.string().nullable(),
  /** Line in data/kepesertaan.csv, for messages that send an editor to the row. */
  baris: z.number().int(),
});

export const klaim = z.strictObject({
  wilayah: z.string(),
  periode,
  program,
  kasus: z.number().nullable(),
  nominalRp: z.number().nullable(),
  kualifikasiKasus: kualifikasi,
  kualifikasiNominal: kualifikasi,
  sumber: z.string(),
  ragu: z.boolean(),
  catatan: z.string().nullable(),
  baris: z.number().int(),
});

export const JENIS_DASAR = [
  'penduduk_bekerja',
  'angkatan_kerja',
  'potensi_pekerja',
  'target_pekerja',
  'tidak_disebut',
] as const;

/**
 * A coverage figure for Indonesia or another province (data/konteks-nasional.csv), for national
 * context only. These regions are outside the site's geography and their figures use different
 * bases (dasar hitungan): pages group them by base and never rank them together.
 */
export const konteksNasional = z.strictObject({
  wilayah: z.string(),
  tingkat: z.enum(['nasional', 'provinsi']),
  periode,
  ukuran: z.enum(['capaian', 'target']),
  nilai: z.number(),
  jenisDasar: z.enum(JENIS_DASAR),
  /** The base as the source words it, e.g. "935.079 peserta dari 1.873.899 penduduk bekerja". */
  dasarHitungan: z.string().nullable(),
  sumber: z.string(),
  ragu: z.boolean(),
  catatan: z.string().nullable(),
  baris: z.number().int(),
});

export const observasiTerkini = observasi.extend({
  /** True when a more recent period exists for this indicator in another region. */
  lebihLama: z.boolean(),
  /** Other usable figures for the same region and indicator, older or from other sources. */
  lainnya: z.number().int(),
});

export const ringkasanIndikator = indikator.extend({
  /** Kabupaten/kota that have a usable, non-doubtful value. */
  jumlahWilayah: z.number().int(),
  periode: z.array(z.string()),
  periodeTerbaru: z.string().nullable(),
  adaProvinsi: z.boolean(),
});

export const siteData = z.strictObject({
  meta: z.strictObject({
    versi: z.string(),
    /** Most recent publication date among the sources actually used. */
    diperbarui: z.string(),
    jumlahBaris: z.record(z.string(), z.number()),
  }),
  wilayah: z.array(wilayah),
  indikator: z.array(ringkasanIndikator),
  sumber: z.array(sumber),
  observasi: z.array(observasi),
  /** indikator → kode wilayah → the latest usable observation (see terkini.ts for the rule). */
  terkini: z.record(z.string(), z.record(z.string(), observasiTerkini)),
  /** indikator → every provincial observation, oldest first. */
  provinsi: z.record(z.string(), z.array(observasi)),
  klaim: z.array(klaim),
  /** National and other provinces' figures, for context only. */
  konteks: z.array(konteksNasional).default([]),
});

export type Kualifikasi = z.infer<typeof kualifikasi>;
export type Satuan = z.infer<typeof satuan>;
export type Program = z.infer<typeof program>;
export type Periode = z.infer<typeof periode>;
export type JenisPeriode = Periode['jenis'];
export type Wilayah = z.infer<typeof wilayah>;
export type Indikator = z.infer<typeof indikator>;
export type Sumber = z.infer<typeof sumber>;
export type Observasi = z.infer<typeof observasi>;
export type Klaim = z.infer<typeof klaim>;
export type KonteksNasional = z.infer<typeof konteksNasional>;
export type JenisDasar = KonteksNasional['jenisDasar'];
export type ObservasiTerkini = z.infer<typeof observasiTerkini>;
export type RingkasanIndikator = z.infer<typeof ringkasanIndikator>;
export type SiteData = z.infer<typeof siteData>;

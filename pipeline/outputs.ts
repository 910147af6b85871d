import { chronological, pickLatest } from '#model/latest.ts';
import {
  JENIS_DASAR,
  PROGRAM,
  type Observasi,
  type ObservasiTerkini,
  type RingkasanIndikator,
  type SiteData,
} from '#model/schema.ts';
import type { Dataset } from './dataset.ts';
import { writeCsv, writeCsvObjects, type CsvCell } from '#model/csv-write.ts';

/** Code-point order: every key sorted here is ASCII, and localeCompare (ICU) was the hot spot. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildSiteData(ds: Dataset, version: string, rowCounts: Record<string, number>): SiteData {
  const sourceDate = new Map(ds.sumber.map((s) => [s.id, s.tanggalTerbit]));
  const dateOf = (id: string) => sourceDate.get(id) ?? '';
  const recency = chronological(dateOf);
  // The province is whichever row of wilayah.csv says Provinsi; the loader guarantees one.
  const PROVINCE_CODE = ds.wilayah.find((w) => w.jenis === 'Provinsi')?.kode ?? '';

  // One pass groups the observations by indicator (in file order), not one pass per indicator.
  const byIndicator = new Map<string, Observasi[]>();
  for (const o of ds.observasi) {
    const list = byIndicator.get(o.indikator);
    if (list) list.push(o);
    else byIndicator.set(o.indikator, [o]);
  }
  const terkini: SiteData['terkini'] = {};
  const indikator: RingkasanIndikator[] = [];
  for (const ind of ds.indikator) {
    const usable = (byIndicator.get(ind.id) ?? []).filter((o) => !o.ragu);
    const perRegion = new Map<string, Observasi[]>();
    for (const o of usable) {
      const list = perRegion.get(o.wilayah);
      if (list) list.push(o);
      else perRegion.set(o.wilayah, [o]);
    }
    const latest: Record<string, ObservasiTerkini> = {};
    for (const [code, list] of perRegion) {
      latest[code] = { ...pickLatest(list, dateOf)!, lebihLama: false, lainnya: list.length - 1 };
    }
    const regionalEnds = Object.values(latest)
      .filter((e) => e.wilayah !== PROVINCE_CODE)
      .map((e) => e.periode.akhir)
      .sort();
    const newest = regionalEnds[regionalEnds.length - 1] ?? null;
    for (const e of Object.values(latest)) {
      if (e.wilayah !== PROVINCE_CODE && newest && e.periode.akhir < newest) e.lebihLama = true;
    }
    terkini[ind.id] = latest;
    const regional = Object.values(latest).filter((e) => e.wilayah !== PROVINCE_CODE);
    indikator.push({
      ...ind,
      jumlahWilayah: regional.length,
      periode: [...new Set(regional.map((e) => e.periode.id))].sort(),
      periodeTerbaru: newest,
      adaProvinsi: latest[PROVINCE_CODE] !== undefined,
    });
  }

  // The province's rows only, then sorted: the same order as sorting all and then picking
  // them (the sort is stable), without sorting 300,000 rows at national scale.
  const provinsi: SiteData['provinsi'] = {};
  for (const o of ds.observasi.filter((x) => x.wilayah === PROVINCE_CODE).sort(recency)) {
    (provinsi[o.indikator] ??= []).push(o);
  }

  const usedSources = new Set<string>();
  for (const o of ds.observasi) usedSources.add(o.sumber);
  for (const c of ds.klaim) usedSources.add(c.sumber);
  const diperbarui =
    ds.sumber
      .filter((s) => usedSources.has(s.id))
      .map((s) => s.tanggalTerbit)
      .sort()
      .at(-1) ?? '';

  const klaim = [...ds.klaim].sort(
    (a, b) =>
      cmp(a.wilayah, b.wilayah) ||
      cmp(a.periode.akhir, b.periode.akhir) ||
      cmp(a.program, b.program) ||
      a.baris - b.baris,
  );

  return {
    meta: { versi: version, diperbarui, jumlahBaris: rowCounts },
    wilayah: ds.wilayah,
    indikator,
    sumber: [...ds.sumber].sort((a, b) => cmp(a.id, b.id)),
    // cmp(wilayah) || cmp(indikator) || recency, by ranks (see sortByRanks).
    observasi: sortByRanks(ds.observasi, [
      [(o) => o.wilayah, 1],
      [(o) => o.indikator, 1],
      [(o) => o.periode.akhir, 1],
      [(o) => o.periode.mulai, 1],
      [(o) => dateOf(o.sumber), 1],
      [(o) => o.sumber, -1],
    ]),
    terkini,
    provinsi,
    klaim,
    konteks: [...ds.konteks].sort(
      (a, b) => cmp(a.periode.akhir, b.periode.akhir) || cmp(a.wilayah, b.wilayah) || a.baris - b.baris,
    ),
  };
}

/**
 * A stable sort by string keys compared in code-point order (cmp), ascending (1) or descending
 * (-1), exactly as a comparator chaining cmp on each key would sort. Each key is replaced by its
 * rank among the key's distinct values once, so the sort compares numbers: sorting 300,000
 * observations with string comparisons and source-date lookups in the comparator was most of
 * buildSiteData at national scale.
 */
function sortByRanks<T>(rows: readonly T[], keys: [key: (row: T) => string, direction: 1 | -1][]): T[] {
  const n = rows.length;
  const ranks = keys.map(([key, direction]) => {
    const values = new Map<string, number>();
    const of = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const v = key(rows[i]!);
      of[i] = v;
      values.set(v, 0);
    }
    const distinct = [...values.keys()].sort(cmp);
    distinct.forEach((v, r) => values.set(v, direction === 1 ? r : distinct.length - 1 - r));
    const rank = new Float64Array(n);
    for (let i = 0; i < n; i++) rank[i] = values.get(of[i]!)!;
    return { rank, size: distinct.length };
  });
  // One number per row when the ranks fit together in a double's 53 bits, else key by key.
  let span = 1;
  for (const r of ranks) span *= Math.max(r.size, 1);
  const order = Array.from({ length: n }, (_, i) => i);
  if (span <= Number.MAX_SAFE_INTEGER) {
    const composite = new Float64Array(n);
    for (const r of ranks) for (let i = 0; i < n; i++) composite[i] = composite[i]! * Math.max(r.size, 1) + r.rank[i]!;
    order.sort((a, b) => composite[a]! - composite[b]! || a - b);
  } else {
    order.sort((a, b) => {
      for (const r of ranks) if (r.rank[a] !== r.rank[b]) return r.rank[a]! - r.rank[b]!;
      return a - b;
    });
  }
  return order.map((i) => rows[i]!);
}

/** Plain numbers with a dot decimal and no grouping: the download is for machines as well. */
const num = (n: number | null) => (n === null ? '' : n);

export function downloads(data: SiteData): Record<string, string> {
  const region = new Map(data.wilayah.map((w) => [w.kode, w]));
  const source = new Map(data.sumber.map((s) => [s.id, s]));
  const unit = new Map(data.indikator.map((i) => [i.id, i.satuan]));
  // Rows are built as arrays: at national scale (see npm run bench) per-row objects and key
  // enumeration dominated this step. Every CSV goes through the one safe writer.
  const unparse = (fields: string[], rows: CsvCell[][]) => (rows.length === 0 ? '' : writeCsv(fields, rows));
  const csv = (rows: Record<string, string>[]) => writeCsvObjects(rows);
  const sourceCols = (id: string) => {
    const s = source.get(id);
    return [id, s?.penerbit ?? '', s?.judul ?? '', s?.tanggalTerbit ?? '', s?.url ?? ''];
  };
  const SOURCE_COLS = ['sumber_id', 'sumber_penerbit', 'sumber_judul', 'sumber_tanggal', 'sumber_url'];
  const OBS_COLS = [
    'kode_wilayah',
    'nama_wilayah',
    'periode',
    'periode_mulai',
    'periode_akhir',
    'indikator',
    'satuan',
    'nilai',
    'kualifikasi',
    'ragu',
    'catatan',
    ...SOURCE_COLS,
  ];
  const CLAIM_COLS = [
    'kode_wilayah',
    'nama_wilayah',
    'periode',
    'periode_mulai',
    'periode_akhir',
    'program',
    'kasus',
    'kualifikasi_kasus',
    'nominal_rp',
    'kualifikasi_nominal',
    'ragu',
    'catatan',
    ...SOURCE_COLS,
  ];
  // The figures the national-context reporting compares NTT with: each keeps its base (jenis_dasar).
  const KONTEKS_COLS = [
    'wilayah',
    'tingkat',
    'periode',
    'periode_mulai',
    'periode_akhir',
    'ukuran',
    'nilai',
    'jenis_dasar',
    'dasar_hitungan',
    'ragu',
    'catatan',
    ...SOURCE_COLS,
  ];
  const konteksRows = data.konteks.map((k) => [
    k.wilayah,
    k.tingkat,
    k.periode.id,
    k.periode.mulai,
    k.periode.akhir,
    k.ukuran,
    num(k.nilai),
    k.jenisDasar,
    k.dasarHitungan ?? '',
    k.ragu ? 'ya' : 'tidak',
    k.catatan ?? '',
    ...sourceCols(k.sumber),
  ]);
  const obsRows = data.observasi.map((o) => [
    o.wilayah,
    region.get(o.wilayah)?.nama ?? '',
    o.periode.id,
    o.periode.mulai,
    o.periode.akhir,
    o.indikator,
    unit.get(o.indikator) ?? '',
    num(o.nilai),
    o.kualifikasi ?? '',
    o.ragu ? 'ya' : 'tidak',
    o.catatan ?? '',
    ...sourceCols(o.sumber),
  ]);
  const claimRows = data.klaim.map((c) => [
    c.wilayah,
    region.get(c.wilayah)?.nama ?? '',
    c.periode.id,
    c.periode.mulai,
    c.periode.akhir,
    c.program,
    num(c.kasus),
    c.kualifikasiKasus ?? '',
    num(c.nominalRp),
    c.kualifikasiNominal ?? '',
    c.ragu ? 'ya' : 'tidak',
    c.catatan ?? '',
    ...sourceCols(c.sumber),
  ]);
  // The JSON download is normalised (rows cite sumber_id; the sources are listed once),
  // unlike the CSV, which repeats them so a spreadsheet user needs no lookup.
  const asObjects = (cols: string[], rows: CsvCell[][]) => {
    const n = cols.length - SOURCE_COLS.length + 1;
    return rows.map((r) => {
      const o: Record<string, string> = {};
      for (let i = 0; i < n; i++) o[cols[i]!] = String(r[i]!);
      return o;
    });
  };
  const wilayah = data.wilayah.map((w) => ({
    kode: w.kode,
    nama: w.nama,
    jenis: w.jenis,
    ibu_kota: w.ibuKota,
    kantor_cabang: w.kantorCabang ?? '',
    alias: w.alias.join('|'),
    slug: w.slug,
  }));
  const sumber = data.sumber.map((s) => ({
    id: s.id,
    penerbit: s.penerbit,
    judul: s.judul,
    url: s.url ?? '',
    tanggal_terbit: s.tanggalTerbit,
    tanggal_akses: s.tanggalAkses ?? '',
    terverifikasi: s.terverifikasi ? 'ya' : 'tidak',
    catatan: s.catatan ?? '',
  }));
  const indikator = data.indikator.map((i) => ({
    id: i.id,
    nama: i.nama,
    satuan: i.satuan,
    definisi: i.definisi,
    batas_kelas: (i.batasKelas ?? []).join('|'),
  }));

  const json = {
    versi: data.meta.versi,
    diperbarui: data.meta.diperbarui,
    wilayah,
    indikator,
    sumber,
    kepesertaan: asObjects(OBS_COLS, obsRows),
    klaim: asObjects(CLAIM_COLS, claimRows),
    konteks_nasional: asObjects(KONTEKS_COLS, konteksRows),
  };
  return {
    'kepesertaan.csv': unparse(OBS_COLS, obsRows),
    'klaim.csv': unparse(CLAIM_COLS, claimRows),
    'konteks-nasional.csv': unparse(KONTEKS_COLS, konteksRows),
    'wilayah.csv': csv(wilayah),
    'sumber.csv': csv(sumber),
    'indikator.csv': csv(indikator),
    'data-ucj-ntt.json': JSON.stringify(json) + '\n',
    'datapackage.json': JSON.stringify(dataPackage(data), null, 2) + '\n',
  };
}

const SOURCE_FIELDS = [
  { name: 'sumber_id', type: 'string', description: 'Kode sumber; lihat sumber.csv' },
  { name: 'sumber_penerbit', type: 'string', description: 'Penerbit sumber' },
  { name: 'sumber_judul', type: 'string', description: 'Judul sumber' },
  { name: 'sumber_tanggal', type: 'date', description: 'Tanggal terbit sumber' },
  { name: 'sumber_url', type: 'string', format: 'uri', description: 'Alamat sumber' },
];
const PERIOD_FIELDS = [
  {
    name: 'periode',
    type: 'string',
    description: 'Periode seperti ditulis: YYYY, YYYY-MM, YYYY-MM/YYYY-MM, atau YYYY/YYYY',
  },
  { name: 'periode_mulai', type: 'yearmonth', description: 'Bulan pertama yang dicakup' },
  { name: 'periode_akhir', type: 'yearmonth', description: 'Bulan terakhir yang dicakup' },
];
const QUALIFIER = { type: 'string', constraints: { enum: ['', 'sekitar', 'lebih dari', 'kurang dari'] } };

/** Every download is a UTF-8 CSV named after its resource; only the fields and key differ. */
const csvResource = (name: string, fields: Record<string, unknown>[], primaryKey: string[]) => ({
  name,
  path: `${name}.csv`,
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  schema: { fields, primaryKey },
});

/** Frictionless Data Package (v1) describing every download, its fields, units and sources. */
function dataPackage(data: SiteData) {
  return {
    profile: 'tabular-data-package',
    name: 'ucj-ntt',
    title: 'Cakupan Jamsostek (BPJS Ketenagakerjaan) di Nusa Tenggara Timur',
    description: `Angka kepesertaan dan klaim BPJS Ketenagakerjaan untuk Provinsi NTT dan ${data.wilayah.filter((w) => w.jenis !== 'Provinsi').length} kabupaten/kota, dihimpun dari publikasi berita dan pemerintah. Setiap baris menyebut sumbernya. Wilayah tanpa angka yang dipublikasikan tidak punya baris.`,
    version: data.meta.versi,
    created: data.meta.diperbarui,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ],
    sources: data.sumber.map((s) => ({
      title: `${s.penerbit}: ${s.judul} (${s.tanggalTerbit})`,
      ...(s.url ? { path: s.url } : {}),
    })),
    resources: [
      csvResource(
        'kepesertaan',
        [
          { name: 'kode_wilayah', type: 'string', description: 'Kode BPS: 53 provinsi, 53xx kabupaten/kota' },
          { name: 'nama_wilayah', type: 'string' },
          ...PERIOD_FIELDS,
          {
            name: 'indikator',
            type: 'string',
            description: 'Kode indikator; lihat indikator.csv',
            constraints: { enum: data.indikator.map((i) => i.id) },
          },
          {
            name: 'satuan',
            type: 'string',
            description: '"persen" (0-100) atau "orang"',
            constraints: { enum: ['persen', 'orang'] },
          },
          {
            name: 'nilai',
            type: 'number',
            description: 'Nilai dalam satuan pada kolom satuan; titik sebagai tanda desimal',
            constraints: { required: true, minimum: 0 },
          },
          { name: 'kualifikasi', ...QUALIFIER, description: 'Kata sumber tentang ketepatan angka' },
          {
            name: 'ragu',
            type: 'boolean',
            trueValues: ['ya'],
            falseValues: ['tidak'],
            description: 'Angka diragukan (lihat catatan); tidak dipakai di peta',
          },
          { name: 'catatan', type: 'string' },
          ...SOURCE_FIELDS,
        ],
        ['kode_wilayah', 'periode', 'indikator', 'sumber_id'],
      ),
      csvResource(
        'klaim',
        [
          { name: 'kode_wilayah', type: 'string' },
          { name: 'nama_wilayah', type: 'string' },
          ...PERIOD_FIELDS,
          {
            name: 'program',
            type: 'string',
            description:
              'JKK kecelakaan kerja, JKM kematian, JHT hari tua, JP pensiun, JKP kehilangan pekerjaan, BEASISWA, TOTAL',
            constraints: { enum: [...PROGRAM] },
          },
          {
            name: 'kasus',
            type: 'integer',
            description: 'Jumlah kasus atau penerima (lihat catatan); kosong = tidak dipublikasikan',
            constraints: { minimum: 0 },
          },
          { name: 'kualifikasi_kasus', ...QUALIFIER },
          {
            name: 'nominal_rp',
            type: 'integer',
            description: 'Nominal dibayarkan, rupiah penuh; kosong = tidak dipublikasikan',
            constraints: { minimum: 0 },
          },
          { name: 'kualifikasi_nominal', ...QUALIFIER },
          { name: 'ragu', type: 'boolean', trueValues: ['ya'], falseValues: ['tidak'] },
          { name: 'catatan', type: 'string' },
          ...SOURCE_FIELDS,
        ],
        ['kode_wilayah', 'periode', 'program', 'sumber_id'],
      ),
      csvResource(
        'konteks-nasional',
        [
          { name: 'wilayah', type: 'string', description: 'Indonesia atau nama provinsi' },
          { name: 'tingkat', type: 'string', constraints: { enum: ['nasional', 'provinsi'] } },
          ...PERIOD_FIELDS,
          {
            name: 'ukuran',
            type: 'string',
            description: 'capaian (angka yang dicapai) atau target',
            constraints: { enum: ['capaian', 'target'] },
          },
          {
            name: 'nilai',
            type: 'number',
            description: 'Persen (0-100); titik sebagai tanda desimal',
            constraints: { required: true, minimum: 0, maximum: 100 },
          },
          {
            name: 'jenis_dasar',
            type: 'string',
            description: 'Dasar hitungan persentase menurut sumber; angka dengan dasar berbeda tidak sebanding',
            constraints: { enum: [...JENIS_DASAR] },
          },
          { name: 'dasar_hitungan', type: 'string', description: 'Dasar hitungan seperti ditulis sumber' },
          { name: 'ragu', type: 'boolean', trueValues: ['ya'], falseValues: ['tidak'] },
          { name: 'catatan', type: 'string' },
          ...SOURCE_FIELDS,
        ],
        ['wilayah', 'periode', 'ukuran', 'sumber_id'],
      ),
      csvResource(
        'wilayah',
        [
          { name: 'kode', type: 'string', description: 'Kode BPS' },
          { name: 'nama', type: 'string' },
          { name: 'jenis', type: 'string', constraints: { enum: ['Provinsi', 'Kabupaten', 'Kota'] } },
          { name: 'ibu_kota', type: 'string' },
          { name: 'kantor_cabang', type: 'string', description: 'Kantor cabang BPJS Ketenagakerjaan yang melayani' },
          { name: 'alias', type: 'string', description: 'Nama lain, dipisah |' },
          { name: 'slug', type: 'string', description: 'Bagian alamat halaman wilayah' },
        ],
        ['kode'],
      ),
      csvResource(
        'sumber',
        [
          { name: 'id', type: 'string' },
          { name: 'penerbit', type: 'string' },
          { name: 'judul', type: 'string' },
          { name: 'url', type: 'string', format: 'uri' },
          { name: 'tanggal_terbit', type: 'date' },
          { name: 'tanggal_akses', type: 'date' },
          {
            name: 'terverifikasi',
            type: 'boolean',
            trueValues: ['ya'],
            falseValues: ['tidak'],
            description: 'Judul dan alamat sudah dicocokkan dengan halaman aslinya',
          },
          { name: 'catatan', type: 'string' },
        ],
        ['id'],
      ),
      csvResource(
        'indikator',
        [
          { name: 'id', type: 'string' },
          { name: 'nama', type: 'string' },
          { name: 'satuan', type: 'string', constraints: { enum: ['persen', 'orang'] } },
          { name: 'definisi', type: 'string' },
          { name: 'batas_kelas', type: 'string', description: 'Batas kelas warna peta, dipisah |' },
        ],
        ['id'],
      ),
    ],
  };
}

// The data page (src/pages/data/index.astro): what the downloads hold, per dataset and per
// indicator, then the files. Patterns with {holes}: src/i18n/teks.ts.
export const data = {
  judul: 'Data',
  deskripsi:
    'Unduh data cakupan dan klaim Jamsostek di NTT (CSV dan JSON), lengkap dengan kamus data dan daftar sumber.',
  dek: 'Semua angka kepesertaan dan klaim di situs ini bisa diunduh. Data boleh dipakai ulang dengan menyebut situs ini dan sumber aslinya (CC BY 4.0).',

  isiJudul: 'Isi data',
  // Sentences start with a word, not a figure (house style).
  kepesertaan: 'Kepesertaan',
  kepesertaanRingkas: (angka: string, indikator: string, kabupaten: string, dari: string, rentang: string) =>
    `Berisi ${angka} angka untuk ${indikator} indikator, Provinsi NTT dan ${kabupaten} dari ${dari} kabupaten/kota, periode ${rentang}`,
  klaim: 'Klaim dan manfaat',
  klaimRingkas: (angka: string, rentang: string) =>
    `Berisi ${angka} angka klaim per program (kasus atau penerima dan nilai rupiah), periode ${rentang}`,
  konteks: 'Angka nasional dan provinsi lain',
  konteksRingkas: (angka: string) =>
    `Berisi ${angka} angka pembanding untuk laporan tentang posisi NTT, masing-masing dengan tanggal dan dasar hitungannya`,
  sumberSet: 'Sumber',
  sumberRingkas: (jumlah: string) => `Daftar ${jumlah} publikasi media, pemerintah daerah, dan BPJS Ketenagakerjaan`,
  diragukan: (n: string) => `${n} di antaranya diragukan`,
  sumberTerbaru: 'Sumber terbaru',
  ukuranBerkas: (kb: string) => `${kb} KB`,

  indikator: 'Indikator',
  indikatorDek: (dari: string) =>
    `Tiap indikator dengan jumlah kabupaten/kota (dari ${dari}) yang punya angka yang bisa dipakai, yaitu tidak diragukan, dan periode angka terbarunya. Ketuk nama indikator untuk definisi, sumber, dan unduhan.`,
  adaKabupaten: 'Dengan angka kabupaten/kota',
  hanyaProvinsi: 'Tanpa angka kabupaten/kota yang bisa dipakai',
  jumlahKabupaten: (n: string, dari: string) => `${n} dari ${dari} kabupaten/kota`,
  provinsiAda: 'angka provinsi ada',
  provinsiBelum: 'angka provinsi belum ada',
  periodeTerbaru: (periode: string) => `terbaru ${periode}`,
  kode: 'Kode',
  satuan: 'satuan',
  jumlahAngka: (n: string) => `${n} angka`,
  lihatPeta: 'Peta',
  lihatTabel: 'Tabel per kabupaten/kota',
  unduhIndikator: 'CSV indikator ini',

  unduhan: 'Unduhan',
  ukuran: '{berkas} ({kb} KB): {isi}',
  berkas: {
    'kepesertaan.csv': 'Semua angka kepesertaan: satu baris per wilayah, periode, indikator, dan sumber',
    'klaim.csv': 'Klaim dan manfaat yang dibayarkan per program',
    'konteks-nasional.csv':
      'Angka UCJ nasional dan provinsi lain dengan tanggal dan dasar hitungannya; angka dengan dasar berbeda tidak sebanding',
    'wilayah.csv': 'Provinsi dan {kab} kabupaten/kota dengan kode BPS, ibu kota, dan kantor cabang',
    'sumber.csv': 'Daftar sumber dengan penerbit, judul, alamat, dan tanggal',
    'indikator.csv': 'Daftar indikator dengan satuan dan definisi',
    'data-ucj-ntt.json': 'Semua tabel di atas dalam satu berkas JSON',
    'datapackage.json': 'Deskripsi Frictionless Data Package: kolom, satuan, dan sumber',
  } as Record<string, string>,

  kamus: 'Kamus data',
  kamusRingkas: 'Arti setiap kolom di berkas unduhan',
  kamusKet: 'Kolom di `kepesertaan.csv` (dan di CSV per indikator):',
  // Column names are the CSV headers, the same in every edition (see the README's naming rule).
  kamusKolom: [
    ['`kode_wilayah`, `nama_wilayah`', 'Kode BPS (53 provinsi, 53xx kabupaten/kota) dan nama resmi.'],
    [
      '`periode`, `periode_mulai`, `periode_akhir`',
      'Periode seperti ditulis sumber (tahun `2024`, bulan `2024-06`, atau rentang `2025-01/2025-04`) serta bulan pertama dan terakhir yang dicakup.',
    ],
    [
      '`indikator`, `satuan`',
      'Kode indikator (lihat daftar di atas) dan satuannya: `persen` (0 sampai 100) atau `orang`.',
    ],
    ['`nilai`', 'Angka seperti dipublikasikan, dengan titik sebagai tanda desimal dan tanpa pemisah ribuan.'],
    ['`kualifikasi`', 'Kosong, `sekitar`, `lebih dari`, atau `kurang dari`, sesuai kata sumber.'],
    [
      '`ragu`, `catatan`',
      '`ya` bila definisi atau angkanya tidak jelas di sumber; alasannya di catatan. Angka ragu tidak dipakai di peta atau peringkat.',
    ],
    ['`sumber_*`', 'Kode, penerbit, judul, tanggal terbit, dan alamat sumber.'],
  ],
  kamusKlaim:
    '`klaim.csv` memakai kolom wilayah, periode, sumber, ragu, dan catatan yang sama, ditambah `program` (JKK, JKM, JHT, JP, JKP, BEASISWA, TOTAL), `kasus` (kasus atau penerima), dan `nominal_rp` (rupiah penuh). Sel kosong berarti angka itu tidak dipublikasikan, bukan nol.',

  sumber: 'Sumber',
  daftarSumber: (n: string) => `Daftar ${n} sumber, yang terbaru lebih dulu`,
} as const;

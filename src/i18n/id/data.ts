// The data page (src/pages/data/index.astro). Patterns with {holes}: src/i18n/teks.ts.
export const data = {
  judul: 'Data',
  deskripsi:
    'Unduh data cakupan dan klaim Jamsostek di NTT (CSV dan JSON), lengkap dengan kamus data dan daftar sumber.',
  dek: 'Semua angka di situs ini bisa diunduh. {versi}. Data boleh dipakai ulang dengan menyebut situs ini dan sumber aslinya (CC BY 4.0).',
  versi: 'Versi data `{versi}`, sumber terbaru bertanggal {tanggal}',
  unduhan: 'Unduhan',
  ukuran: '{berkas} ({kb} KB): {isi}',
  berkas: {
    'kepesertaan.csv': 'Semua angka kepesertaan: satu baris per wilayah, periode, indikator, dan sumber',
    'klaim.csv': 'Klaim dan manfaat yang dibayarkan per program',
    'wilayah.csv': 'Provinsi dan {kab} kabupaten/kota dengan kode BPS, ibu kota, dan kantor cabang',
    'sumber.csv': 'Daftar sumber dengan penerbit, judul, alamat, dan tanggal',
    'indikator.csv': 'Daftar indikator dengan satuan dan definisi',
    'data-ucj-ntt.json': 'Semua tabel di atas dalam satu berkas JSON',
    'datapackage.json': 'Deskripsi Frictionless Data Package: kolom, satuan, dan sumber',
  } as Record<string, string>,
  indikator: 'Indikator dan ketersediaannya',
  indikatorKet:
    'Berapa dari {kab} kabupaten/kota yang punya angka yang bisa dipakai (tidak diragukan) untuk tiap indikator:',
  indikatorCaption: 'Indikator kepesertaan',
  kolom: {
    indikator: 'Indikator',
    kode: 'Kode',
    satuan: 'Satuan',
    berdata: 'Kabupaten/kota berdata',
    provinsi: 'Provinsi',
    definisi: 'Definisi',
  },
  dariJumlah: (ada: number, semua: number) => `${ada} dari ${semua}`,
  provinsiAda: 'ada',
  provinsiBelum: 'belum ada',
  kamus: 'Kamus data',
  kamusKet: 'Kolom di `kepesertaan.csv`:',
  // Column names are the CSV headers, the same in every edition (see the README's naming rule).
  kamusKolom: [
    ['`kode_wilayah`, `nama_wilayah`', 'Kode BPS (53 provinsi, 53xx kabupaten/kota) dan nama resmi.'],
    [
      '`periode`, `periode_mulai`, `periode_akhir`',
      'Periode seperti ditulis sumber (tahun `2024`, bulan `2024-06`, atau rentang `2025-01/2025-04`) serta bulan pertama dan terakhir yang dicakup.',
    ],
    [
      '`indikator`, `satuan`',
      'Kode indikator (lihat tabel di atas) dan satuannya: `persen` (0 sampai 100) atau `orang`.',
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
} as const;

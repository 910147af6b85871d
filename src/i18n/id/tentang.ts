// The about page (src/pages/tentang/index.astro). Patterns with {holes}: src/i18n/teks.ts.
export const tentang = {
  judul: 'Tentang situs ini',
  deskripsi:
    'Siapa yang membuat situs ini, dari mana angkanya, lisensi data dan peta, serta cara mengutip dan mengoreksi.',
  apaIni: 'Apa ini',
  apaIniTeks: [
    '{situs} menghimpun angka kepesertaan dan klaim BPJS Ketenagakerjaan ("Jamsostek") untuk Provinsi Nusa Tenggara Timur dan {kab} kabupaten/kotanya: {angka} angka dari {sumber} sumber, masing-masing dengan periode dan tanggal terbitnya. Tujuannya sederhana: membantu warga, wartawan, dan pemerintah daerah melihat seberapa banyak pekerja yang sudah terlindungi dan di mana datanya masih kosong.',
    'Situs ini bukan situs BPJS Ketenagakerjaan atau pemerintah, dan tidak berafiliasi dengan keduanya. Angka resmi tetap milik lembaga yang mempublikasikannya; situs ini hanya mengutip, menandai yang meragukan, dan menautkan sumbernya.',
  ],
  asal: 'Dari mana angkanya',
  asalTeks:
    'Semua angka berasal dari publikasi yang bisa diperiksa: berita media, rilis pemerintah daerah, BPS, dan pernyataan pejabat BPJS Ketenagakerjaan yang diberitakan. Daftar lengkap sumber ada di halaman {data}. Cara memilih dan membandingkan angka dijelaskan di halaman {metodologi}.',
  tautanData: 'data',
  tautanMetodologi: 'metodologi',
  pakaiUlang: 'Memakai ulang',
  lisensiData:
    'Data himpunan: Creative Commons Atribusi 4.0 (CC BY 4.0). Sebut situs ini dan sumber asli setiap angka.',
  lisensiKode: 'Kode situs: lisensi MIT.',
  batasPeta: (atribusi: string, lisensi: string) => `Batas wilayah pada peta: ${atribusi}. ${lisensi}`,
  petak:
    'Peta petak (satu petak sama besar per kabupaten/kota) tidak memakai data batas wilayah, sehingga boleh disematkan dan diterbitkan ulang, termasuk oleh media komersial, dengan menyebut sumbernya.',
  sematan: 'Peta bisa disematkan di situs berita lewat kode sematan di setiap {peta}.',
  tautanPeta: 'halaman peta',
  ringan: 'Ringan dan terbuka',
  ringanTeks:
    'Halaman dibuat sebagai berkas statis tanpa pelacak, tanpa iklan, dan tanpa font web, supaya hemat kuota. Semua isi bisa dibaca tanpa JavaScript dan di layar kecil. Artikel dan halaman kabupaten/kota bisa dicetak sebagai lembar fakta A4.',
  penerbit: 'Penerbit',
  koreksi: 'Koreksi',
  koreksiKontak: 'Kirim koreksi ke',
  /** With a corrections contact in situs.config.json. */
  koreksiTeks:
    'Bila menemukan angka yang keliru, sumber yang lebih baru, atau angka yang belum tercatat, kirimkan beserta tautan sumbernya. Setiap koreksi data dicatat di {riwayat} bersama alasannya.',
  /** Without one: no invitation to write to an address that does not exist. */
  koreksiTanpaKontak:
    'Setiap angka di situs ini menyebut sumber aslinya, sehingga bisa diperiksa sendiri. Setiap koreksi data dicatat di {riwayat} bersama alasannya.',
  tautanRiwayat: 'riwayat data',
} as const;

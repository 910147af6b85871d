// Embeds: the embed page, its dialog and the codes it offers (src/components/embed, src/lib/sematan*.ts).
export const sematan = {
  judulHalaman: (indikator: string, penerbit: string) => `Peta ${indikator}, ${penerbit}`,
  judulPendek: (indikator: string) => `Peta ${indikator}`,
  judulPetak: (indikator: string, penerbit: string) => `Peta petak ${indikator}, ${penerbit}`,
  judulPetakPendek: (indikator: string) => `Peta petak ${indikator}`,
  peta: 'Peta',
  sumber: 'Sumber',
  data: 'Data',
  gambar: 'Gambar',
  catatan: 'Catatan',
  /** Which release of the data the embed shows, by number and date (never the version hash). */
  rilis: (nomor: number, tanggal: string) => `Data rilis ${nomor}, ${tanggal}.`,
  tabel: 'Lihat sebagai tabel',
  petaLengkap: (penerbit: string) => `Lihat peta lengkap, tabel, dan data di ${penerbit}`,
  periode: (daftar: string[]) => `Periode: ${daftar.length ? daftar.join(', ') : 'tidak ada'}.`,
  lebihLama: 'Wilayah bertanda ◷ memakai angka yang lebih lama dari periode terbaru indikator ini.',
  arsir: 'Wilayah berarsir: belum ada angka yang diumumkan, bukan nol.',
  // The embed dialog on every map page.
  dialog: 'Sematkan peta ini',
  dialogDek:
    'Tempel kode di artikel Anda. Sematan tidak memasang cookie dan tidak memuat apa pun dari situs lain. Tingginya menyesuaikan isi lewat skrip kecil kami atau pym.js; tanpa skrip, bingkai bawaan sudah memuat peta, legenda, dan baris sumber di layar 375 piksel.',
  belumBerAlamat: 'Setel alamat situs sebelum menerbitkan.',
  belumBerAlamatKet:
    'Kode sematan baru tersedia setelah alamat publik situs diisi di situs.config.json (atau SITE_URL) dan situs dibangun ulang. Build ini hanya untuk pratinjau.',
  opsi: 'Pilihan',
  varian: 'Bentuk peta',
  varianPeta: 'Peta wilayah',
  varianPetak: 'Peta petak',
  lisensiPeta: (atribusi: string, lisensi: string) => `Batas wilayah ${atribusi}: ${lisensi}`,
  lisensiPetak:
    'Tanpa data batas wilayah: satu petak sama besar per kabupaten/kota, bebas diterbitkan, termasuk secara komersial.',
  indikator: 'Indikator',
  tema: 'Tema',
  temaNama: { terang: 'Terang', gelap: 'Gelap', otomatis: 'Ikuti perangkat pembaca' } as Record<string, string>,
  tampilJudul: 'Tampilkan judul dan keterangan',
  sorot: 'Sorot kabupaten/kota',
  sorotTidak: 'Tidak ada',
  pratinjau: 'Pratinjau',
  kodeIframe: 'Kode sematan (iframe)',
  kodeIframeKet:
    'Untuk kebanyakan CMS. Skripnya menyesuaikan tinggi; bila CMS membuang skrip, bingkai tetap memuat peta dan sumbernya.',
  kodeAmp: 'Kode untuk halaman AMP',
  kodeAmpKet: 'Pasang juga skrip komponen amp-iframe di <head> halaman AMP. Tinggi bingkai menyesuaikan isi.',
  kodeStatis: 'Cadangan gambar statis',
  kodeStatisKet:
    'Tempel setelah kode iframe: pembaca tanpa JavaScript, pembaca RSS, dan buletin surel melihat gambar peta yang tertaut ke halaman peta.',
  luapan: 'Tampilkan seluruh peta',
  salin: 'Salin kode',
  disalin: 'Kode sudah disalin.',
  salinManual: 'Salin manual: kode sudah dipilih, tekan Ctrl+C.',
} as const;

// Every interface string in one place, so an English edition only needs a sibling file.
export const t = {
  siteName: 'Jamsostek NTT',
  siteTagline: 'Data cakupan jaminan sosial ketenagakerjaan di Nusa Tenggara Timur',
  skipToContent: 'Langsung ke isi',
  nav: { home: 'Beranda', data: 'Data', label: 'Navigasi utama' },
  source: 'Sumber',
  period: 'Periode',
  value: 'Nilai',
  region: 'Wilayah',
  noData: 'belum ada data',
  noDataLong: 'Belum ada angka yang dipublikasikan',
  doubtful: 'Angka diragukan',
  dataVersion: 'Versi data',
  updated: 'Diperbarui',
  footer: {
    about: 'Situs ini menghimpun angka yang sudah dipublikasikan BPJS Ketenagakerjaan, pemerintah daerah, dan media. Setiap angka menyebut sumber dan tanggalnya; angka yang belum pernah dipublikasikan ditampilkan sebagai kosong.',
    code: 'Kode dan data terbuka',
  },
} as const;

// The words of numbers and dates in this edition. src/model/format.ts composes every figure a reader
// sees from these, so an English edition swaps the words (and the locale) here, not the formatting code.
export const angka = {
  /** Locale of digit grouping and decimal sign: "558.115", "33,73". */
  locale: 'id-ID',
  bulan: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  /** Zero to ten in words: newsroom style writes small counts in running text as words. */
  kata: ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'],
  skala: { triliun: 'triliun', miliar: 'miliar', juta: 'juta', ribu: 'ribu' },
  persen: (x: string) => `${x} persen`,
  persenRingkas: (x: string) => `${x}%`,
  rupiah: (x: string) => `Rp${x}`,
  poin: (x: string) => `${x} poin persentase`,
  kali: (x: string) => `${x} kali`,
  /** Ordinals in running text: "kedua" to "kesepuluh" in words, "ke-11" beyond. */
  urutanPertama: 'pertama',
  urutanKata: (x: string) => `ke${x}`,
  urutanAngka: (x: string) => `ke-${x}`,
  peringkat: (ke: string, dari: string) => `${ke} dari ${dari}`,
  /** Joining a list in a sentence: "A dan B", "A, B, dan C". */
  dan: ' dan ',
  koma: ', ',
  danAkhir: ', dan ',
  /** A month range within one year: "Januari–April 2025". */
  rentangBulan: (awal: string, akhir: string, tahun: string) => `${awal}–${akhir} ${tahun}`,
  rentang: (awal: string, akhir: string) => `${awal}–${akhir}`,
  bulanTahun: (bulan: string, tahun: string) => `${bulan} ${tahun}`,
  tanggal: (hari: number, bulan: string, tahun: string) => `${hari} ${bulan} ${tahun}`,
};

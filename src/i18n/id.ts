// Every interface string in one place, so an English edition only needs a sibling file.
import { metodologi } from './id/metodologi.ts';
import { tentang } from './id/tentang.ts';
import { data } from './id/data.ts';
import { peta } from './id/peta.ts';
import { sematan } from './id/sematan.ts';
import { angka } from './id/angka.ts';

export const t = {
  /** BCP 47 language of this edition (html lang, JSON-LD inLanguage) and its Open Graph locale. */
  bahasa: 'id',
  ogLocale: 'id_ID',
  siteName: 'Jamsostek NTT',
  siteTagline: 'Data cakupan jaminan sosial ketenagakerjaan di Nusa Tenggara Timur',
  /** Alt text of the default social image (the UCJ map card). */
  gambarBawaanAlt: 'Peta cakupan Universal Coverage Jamsostek per kabupaten/kota di Nusa Tenggara Timur',
  skipToContent: 'Langsung ke isi',
  nav: {
    home: 'Beranda',
    data: 'Data',
    label: 'Navigasi utama',
    artikel: 'Artikel',
    peta: 'Peta',
    kabupaten: 'Kabupaten/kota',
    metodologi: 'Metodologi',
    tentang: 'Tentang',
  },
  source: 'Sumber',
  period: 'Periode',
  value: 'Nilai',
  region: 'Wilayah',
  noData: 'belum ada data',
  noDataLong: 'Belum ada angka yang dipublikasikan',
  doubtful: 'Angka diragukan',
  updated: 'Diperbarui',
  doubtfulShort: 'diragukan',
  rss: 'Artikel Jamsostek NTT (RSS)',
  grafik: {
    klaim: {
      program: {
        TOTAL: 'Semua program',
        JHT: 'Jaminan Hari Tua (JHT)',
        JKK: 'Jaminan Kecelakaan Kerja (JKK)',
        JKM: 'Jaminan Kematian (JKM)',
        JP: 'Jaminan Pensiun (JP)',
        JKP: 'Jaminan Kehilangan Pekerjaan (JKP)',
        BEASISWA: 'Beasiswa anak peserta',
      } as Record<string, string>,
    },
    provinsiNtt: 'Provinsi NTT',
  },
  artikel: {
    /** The tooltip of a figure in running text: its period, sources and, if doubtful, why. */
    judulAngka: {
      periode: (p: string) => `Periode: ${p}`,
      sumber: (s: string) => `Sumber: ${s}`,
      ragu: (c: string) => `Diragukan: ${c}`,
      target: 'Target nasional Universal Coverage Jamsostek',
      peringkat: (urutan: string, indikator: string) =>
        `Peringkat ${urutan} di antara kabupaten/kota yang punya angka ${indikator}`,
      namaPeringkat: (ke: string, urutan: string, indikator: string) =>
        `Peringkat ${ke} (${urutan}) untuk ${indikator}`,
    },
    indeksJudul: 'Artikel',
    indeksDek:
      'Laporan tentang perlindungan Jamsostek bagi pekerja di Nusa Tenggara Timur. Setiap angka di artikel diambil langsung dari data dan diperiksa ulang setiap kali datanya diperbarui.',
    oleh: 'Oleh',
    terbit: 'Terbit',
    diperbarui: 'Diperbarui',
    sumber: 'Sumber',
    sumberKosong: 'Artikel ini tidak memuat angka bersumber.',
    sumberTerbaru: 'sumber terbaru',
    raguJudul: 'Angka yang diragukan',
    raguTanpaAlasan: 'sumbernya tidak konsisten atau definisinya tidak jelas.',
    raguLabel: (n: number) => `angka diragukan, lihat catatan ${n}`,
    rujukanLabel: (n: number) => `sumber ${n}`,
    rujukanBanyak: (n: number) => `${n} sumber, lihat daftar sumber`,
    rujukanBanyakPendek: 'sumber',
    gambarAlt: (judul: string) => `${judul}: gambar ringkas dengan peta Nusa Tenggara Timur`,
    metodologi: 'Cara angka dihimpun, dibandingkan, dan diperiksa: baca metodologi',
    wilayah: 'Kabupaten/kota di artikel ini',
    semua: 'Semua artikel',
    utama: 'Laporan utama',
    terbaru: 'Artikel terbaru',
    baca: 'Baca laporan',
    label: 'Topik',
  },
  kabupaten: {
    indeksJudul: 'Kabupaten dan kota',
    indeksPeta: 'Peta capaian UCJ',
    indeksUnduh: 'Unduh semua data',
    indeksDek: (jumlah: string) =>
      `Semua angka kepesertaan Jamsostek yang pernah dipublikasikan untuk ${jumlah} kabupaten/kota di Nusa Tenggara Timur, masing-masing dengan periode dan sumbernya.`,
    ibuKota: 'Ibu kota',
    kantor: 'Kantor cabang BPJS Ketenagakerjaan',
    kantorKosong: 'belum dipastikan',
    ucj: 'Capaian UCJ',
    ucjKosong: 'Belum diumumkan',
    peringkat: 'Peringkat',
    semuaAngka: 'Semua angka yang dipublikasikan',
    klaim: 'Klaim yang dibayarkan',
    belumAda: 'Yang belum ada',
    artikel: 'Artikel yang menyebut wilayah ini',
    artikelKosong: 'Belum ada artikel yang menyebut wilayah ini.',
    sumber: 'Sumber',
    indikator: 'Indikator',
    catatan: 'Catatan',
    mengapaRagu: 'Alasannya',
    sumberTerbaru: 'Sumber terbaru bertanggal',
    jumlahAngka: 'Jumlah angka yang ditemukan',
    kembali: 'Semua kabupaten/kota',
    sebelumnya: 'Sebelumnya',
    berikutnya: 'Berikutnya',
    cetak: 'Halaman ini dapat dicetak sebagai lembar fakta A4.',
    tabelCaption: (nama: string) =>
      `Angka kepesertaan ${nama} menurut indikator, periode, dan sumber. Angka yang diragukan tidak dipakai untuk peta atau urutan.`,
    klaimCaption: (nama: string) => `Klaim dan manfaat BPJS Ketenagakerjaan yang dibayarkan di ${nama}`,
    indeksCaption:
      'Kabupaten/kota di Nusa Tenggara Timur, capaian UCJ terbaru yang diumumkan, dan jumlah angka yang tersedia',
    kolomProgram: 'Program',
    kolomNominal: 'Nilai',
    kolomKasus: 'Kasus/penerima',
    semuaProgram: 'Semua program',
    tanpaAngka: (nama: string) =>
      `Belum ada satu pun angka kepesertaan Jamsostek untuk ${nama} yang ditemukan dalam publikasi media, pemerintah daerah, atau BPJS Ketenagakerjaan.`,
    lengkap: (nama: string) =>
      `Untuk ${nama}, angka capaian UCJ, dasar hitungannya, jumlah peserta aktif, dan jumlah pekerja rentan yang dibiayai APBD Provinsi sudah diumumkan.`,
    raguSaja: (apa: string) => `${apa}: hanya ada angka yang diragukan`,
    dasarKosong: 'belum ada jumlah pekerja yang menjadi dasar hitungan UCJ',
    ucjKosongKet: (ada: string, total: string, nama: string) =>
      `Baru ${ada} dari ${total} kabupaten/kota yang angka UCJ-nya pernah diumumkan. Angka per kabupaten/kota dipegang BPJS Ketenagakerjaan; untuk ${nama} belum ada yang diumumkan.`,
    ucjKosongTanda: '–',
    mengapa: 'Mengapa angka ini belum ada',
    /**
     * Position among the regions whose figures may be compared (periods close together); small
     * sets get words, not "ke-2 dari 2".
     */
    posisi: (rank: number, dari: number, dariKata: string, urutan: string) =>
      dari <= 1
        ? null
        : rank === 1
          ? `Tertinggi di antara ${dariKata} kabupaten/kota yang angkanya bisa dibandingkan`
          : rank === dari
            ? `Terendah di antara ${dariKata} kabupaten/kota yang angkanya bisa dibandingkan`
            : `Urutan ${urutan} dari ${dariKata} kabupaten/kota yang angkanya bisa dibandingkan`,
    petaPeringkat: 'peta dan peringkat',
    lokasiKet: (nama: string, batas: string) =>
      `Letak ${nama} (disorot) di Provinsi Nusa Tenggara Timur. Batas wilayah: ${batas}.`,
    lokasiLabel: (nama: string) => `Letak ${nama} di Nusa Tenggara Timur`,
    navLabel: 'Kabupaten/kota lain',
    deskripsiAda: (nama: string, nilai: string, periode: string) =>
      `${nama}: capaian UCJ ${nilai} (${periode}), dan semua angka kepesertaan Jamsostek yang pernah dipublikasikan, dengan periode dan sumbernya.`,
    deskripsiKosong: (nama: string) =>
      `${nama}: angka UCJ belum diumumkan. Semua angka kepesertaan Jamsostek yang ada, dengan periode dan sumbernya, dan yang belum ada.`,
    gambarAlt: (nama: string) => `Peta letak ${nama} di Nusa Tenggara Timur dengan angka capaian UCJ-nya`,
    kosong: {
      ucj_persen: 'angka UCJ belum diumumkan',
      peserta_aktif: 'jumlah peserta aktif belum diumumkan',
      rentan_apbd_provinsi: 'jumlah pekerja rentan yang dibiayai APBD Provinsi belum diumumkan',
      klaim: 'angka klaim belum diumumkan',
    } as Record<string, string>,
    ogAda: (jumlah: string, kantor: string) =>
      `Jumlah angka kepesertaan yang ditemukan: ${jumlah}. Kantor cabang BPJS Ketenagakerjaan: ${kantor}.`,
    ogKosong: (jumlah: number, jumlahTeks: string, kantor: string) =>
      `${jumlah === 0 ? 'Belum ada angka kepesertaan lain yang diumumkan.' : `Ditemukan ${jumlahTeks} angka kepesertaan lain.`} Kantor cabang BPJS Ketenagakerjaan: ${kantor}.`,
    dipakai: 'dipakai di peta',
    terbaru: 'angka terbaru',
  },
  peta,
  angka,
  beranda: {
    judul: 'Jamsostek NTT',
    kicker: 'Jaminan sosial pekerja di NTT',
    deskripsi:
      'Berapa pekerja di Nusa Tenggara Timur yang terlindungi BPJS Ketenagakerjaan? Capaian, kepesertaan, dan klaim, masing-masing dengan sumber dan tanggalnya.',
    /** "Dua dari tiga pekerja NTT belum terlindungi Jamsostek": the fraction comes from the data. */
    judulPecahan: (pecahan: string) => `${pecahan} pekerja NTT belum terlindungi Jamsostek`,
    judulPersen: (persen: string) => `Sekitar ${persen} pekerja NTT belum terlindungi Jamsostek`,
    dek: (periode: string, umur: string, kosong: string, total: string, target: string, adaKosong: boolean) =>
      `Angka resmi terakhir, dari ${periode}, sudah berumur ${umur}, dan masih di bawah target ${target}.` +
      (adaKosong ? ` Di ${kosong} dari ${total} kabupaten/kota, angkanya belum pernah diumumkan.` : ''),
    bulan: (n: string) => `${n} bulan`,
    visualJudul: 'Berapa persen pekerja yang terlindungi',
    visualKet: 'Skala 0–100%. Garis tegak: target UCJ.',
    barisNtt: 'Semua pekerja NTT (UCJ)',
    barisFormal: 'Pekerja formal',
    barisInformal: 'Pekerja informal',
    target: (v: string) => `Target ${v}`,
    sumberBaris: 'Sumber',
    kartuJudul: 'Angka resmi terakhir',
    kartuDek:
      'Dikelompokkan menurut sumber dan periode: angka dari kelompok yang berbeda tidak bisa dibandingkan langsung.',
    kartu: {
      ucj_persen: 'Capaian UCJ Provinsi NTT',
      peserta_aktif: 'Peserta aktif',
      pekerja_ucj: 'Pekerja dalam hitungan UCJ',
      cakupan_formal_persen: 'Capaian pekerja formal',
      cakupan_informal_persen: 'Capaian pekerja informal',
      rentan_apbd_provinsi: 'Pekerja rentan dibiayai APBD Provinsi',
    } as Record<string, string>,
    kelompokSumber: 'Sumber',
    petaJudul: 'Capaian UCJ per kabupaten/kota',
    petaTautan: 'Peringkat, tabel, unduhan, dan kode sematan peta ini',
    provinsiJudul: 'Angka provinsi yang tidak sama',
    provinsiDek:
      'Sumber-sumber resmi menyebut angka cakupan provinsi yang berbeda karena tanggal dan dasar hitungannya berbeda. Kami menampilkan semuanya berdampingan, tidak merata-ratakannya.',
    provinsiCaption: 'Capaian Provinsi NTT menurut berbagai sumber',
    kolomPeriode: 'Periode',
    kolomNilai: 'Capaian',
    kolomSumber: 'Sumber',
    kolomCatatan: 'Catatan',
    semuaData: 'Semua data, kamus data, dan unduhan',
  },
  sumber: { belumDiverifikasi: 'belum diverifikasi' },
  /** Article charts shaped to their point (src/lib/charts/cerita.ts). Charts and tables use %, prose "persen". */
  cerita: {
    target: (teks: string) => `Target ${teks.replace(' persen', '%')}`,
    tabel: 'Angka yang sama dalam tabel',
    proporsi: {
      formal: 'Pekerja formal',
      informal: 'Pekerja informal',
      judul: (wilayah: string, periode: string) =>
        `Pekerja informal paling banyak, paling sedikit terlindungi (${wilayah}, ${periode})`,
      ket: 'Lebar kolom sebanding dengan jumlah pekerja; bagian yang terisi adalah yang terlindungi Jamsostek.',
      dariSeratus: (n: number, kelompok: string) => `Dari setiap 100 ${kelompok.toLowerCase()}, ${n} terlindungi`,
      kolomKelompok: 'Kelompok',
      kolomPekerja: 'Jumlah pekerja',
      kolomCakupan: 'Terlindungi',
      labelKolom: (kelompok: string, pekerja: string, persen: string) =>
        `${kelompok}: ${pekerja} pekerja, ${persen} terlindungi`,
    },
    linimasa: {
      judul: 'Satu provinsi, banyak persentase: angka cakupan NTT menurut tanggal acuannya',
      ket: 'Titik penuh: angka UCJ dari BPJS Ketenagakerjaan. Titik jingga: “tingkat kepesertaan” tanpa definisi. Titik berongga: angka yang diragukan. Skala dipotong agar selisihnya terlihat.',
      ucj: 'UCJ',
      lain: 'Kepesertaan, definisi tidak disebut',
      targetDiAtas: (teks: string) => `Target UCJ ${teks.replace(' persen', '%')} berada jauh di atas skala ini ↑`,
      kolomPeriode: 'Periode',
      kolomNilai: 'Angka',
      kolomJenis: 'Jenis',
    },
    kuota: {
      judul: (kuota: string) => `Dari ${kuota} kartu, baru sebagian yang diketahui tujuannya`,
      ket: 'Batang atas: kuota provinsi. Bagian gelap dijumlahkan dari angka kabupaten/kota yang jelas; sisanya belum bisa ditelusuri. Angka yang diragukan ditampilkan tetapi tidak dijumlahkan.',
      diketahui: (n: string, p: string) => `Diketahui: ${n} (${p})`,
      sisa: (n: string, p: string) => `Belum diketahui: ${n} (${p})`,
      // The counts come in words, capitalised (formatBilangan): a sentence never opens with a digit.
      ragu: (n: string) => `${n} kabupaten/kota hanya punya angka yang diragukan`,
      kosong: (n: string) => `${n} kabupaten/kota belum punya angka sama sekali`,
      tidakDiketahui: 'tidak diketahui',
      kolomWilayah: 'Kabupaten/kota',
      kolomJumlah: 'Kartu',
    },
    konteks: {
      judul: 'NTT dan provinsi lain: angka yang tidak bisa diperingkat',
      ket: 'Setiap provinsi mengumumkan angkanya pada tanggal dan dengan dasar hitungan yang berbeda, jadi angka-angka ini dikelompokkan menurut dasar hitungannya dan diurutkan menurut tanggal, bukan diperingkat. Garis tegak tipis di setiap baris: capaian UCJ NTT.',
      ntt: 'Nusa Tenggara Timur (angka yang dipakai situs ini)',
      nasional: 'Indonesia',
      dasarNtt: (n: string) => `dasar hitungan: ${n} pekerja menurut BPJS Ketenagakerjaan`,
      target: (tahun: string, teks: string) => `target ${tahun}: ${teks}`,
      jenis: {
        penduduk_bekerja: 'Dasar hitungan: penduduk bekerja (BPS)',
        angkatan_kerja: 'Dasar hitungan: angkatan kerja',
        potensi_pekerja: 'Dasar hitungan: “potensi pekerja” menurut data BPS',
        target_pekerja: 'Dasar hitungan: target jumlah pekerja',
        tidak_disebut: 'Dasar hitungan tidak disebut',
      } as Record<string, string>,
      /** The same kinds in the table's "Dasar hitungan" column. */
      dasarSel: {
        penduduk_bekerja: 'penduduk bekerja (BPS)',
        angkatan_kerja: 'angkatan kerja',
        potensi_pekerja: '“potensi pekerja” menurut data BPS',
        target_pekerja: 'target jumlah pekerja',
        tidak_disebut: 'tidak disebut',
      } as Record<string, string>,
      kolomWilayah: 'Wilayah',
      kolomNilai: 'Capaian',
      kolomDasar: 'Dasar hitungan',
    },
    klaim: {
      judulTahun: (wilayah: string) => `Klaim yang dibayarkan BPJS Ketenagakerjaan, ${wilayah}`,
      ketTahun:
        'Tahun penuh pada satu skala. Periode yang kurang dari setahun dipisahkan dan berarsir: jangan dibandingkan langsung dengan tahun penuh.',
      parsialLabel: (periode: string, bulan: number) => `${periode} (${bulan} bulan)`,
      sebagian: 'Periode kurang dari setahun',
      judulProgram: (periode: string) => `Klaim per program, ${periode}, sebagai bagian dari total`,
      ketProgram:
        'Setiap batang: bagian program itu dari total klaim yang dibayarkan (batang penuh = total). Program yang nominalnya tidak diumumkan tidak diberi batang.',
      tidakDipublikasikan: 'nominal tidak dipublikasikan',
      tidakTerinci: 'Tidak terinci',
      /** A programme's amount and its share of the total: "Rp342,9 miliar (90%)". */
      bagian: (teks: string, persen: string) => `${teks} (${persen})`,
      melebihi: 'Rincian per program melebihi totalnya; sumbernya tidak konsisten.',
      kolomPeriode: 'Periode',
      kolomProgram: 'Program',
      kolomNilai: 'Nilai',
    },
  },
  metodologi,
  tentang,
  data,
  tidakDitemukan: {
    judul: 'Halaman tidak ditemukan',
    deskripsi: 'Halaman yang Anda cari tidak ada.',
    teks: 'Alamat ini tidak ada atau sudah dipindahkan. Kembali ke {beranda} atau lihat {data}.',
    beranda: 'beranda',
    data: 'semua data',
  },
  sematan,
  gambarPeta: {
    judul: (indikator: string) => `Peta ${indikator}, Nusa Tenggara Timur`,
    sub: (ada: string, total: string) => `${ada} dari ${total} kabupaten/kota berdata.`,
    subProvinsi: (nilai: string, periode: string, ada: string, total: string) =>
      `Provinsi NTT: ${nilai}, ${periode}. ${ada} dari ${total} kabupaten/kota berdata.`,
    kelas: (label: string, jumlah: string) => `${label} (${jumlah} wilayah)`,
    target: (nilai: string) => `Target UCJ: ${nilai}`,
    tanpaSumber: 'belum ada',
    arsir: 'Wilayah berarsir: belum ada data.',
    petak: 'Peta petak: satu petak sama besar per kabupaten/kota, tanpa data batas wilayah.',
  },
  /**
   * The dates on maps, cards and embeds: "Diperbarui" is the date this site published the data
   * shown (its release); the newest source date is labelled as such. No hash: readers get the
   * release's number and date.
   */
  stempel: {
    diperbarui: (tanggal: string) => `Diperbarui ${tanggal}`,
    rilis: (nomor: number, tanggal: string) => `rilis data ${nomor}, ${tanggal}`,
    diperbaruiRilis: (nomor: number, tanggal: string) => `Diperbarui ${tanggal} (rilis data ${nomor})`,
    sumberTerbaru: (tanggal: string) => `Sumber terbaru bertanggal ${tanggal}`,
  },
  kartuPeta: {
    berdata: (ada: string, total: string) => `${ada} dari ${total} kabupaten/kota berdata`,
    provinsi: (periode: string, ada: string, total: string) =>
      `Provinsi NTT, ${periode}. Peta: ${ada} dari ${total} kabupaten/kota punya angka yang dipublikasikan.`,
    perWilayah: 'Angka terbaru yang dipublikasikan per kabupaten/kota, dengan periode dan sumbernya',
  },
  seo: {
    datasetNama: 'Cakupan Jamsostek (BPJS Ketenagakerjaan) di Nusa Tenggara Timur',
    datasetDeskripsi: (kab: string) =>
      `Angka kepesertaan dan klaim BPJS Ketenagakerjaan untuk Provinsi Nusa Tenggara Timur dan ${kab} kabupaten/kota, dihimpun dari publikasi berita dan pemerintah. Setiap baris menyebut sumber, periode, dan apakah angkanya diragukan.`,
    kataKunci: [
      'BPJS Ketenagakerjaan',
      'Jamsostek',
      'Universal Coverage Jamsostek',
      'UCJ',
      'Nusa Tenggara Timur',
      'jaminan sosial',
    ],
    tempat: (provinsi: string) => `${provinsi}, Indonesia`,
  },
  batas: {
    kredit: (atribusi: string) => `Batas wilayah: ${atribusi}`,
    kreditKecil: (atribusi: string) => `batas wilayah ${atribusi}`,
    /** Social card of an article: which map it shows, then the boundary credit. */
    kartuPeta: (indikator: string, atribusi: string) => `Peta: ${indikator}; batas wilayah ${atribusi}`,
  },
  riwayat: {
    judul: 'Riwayat data',
    dek: 'Setiap kali redaksi memperbarui data, perubahannya dicatat di sini sebagai rilis: angka yang ditambahkan, dikoreksi, atau dihapus, per kabupaten/kota, dengan sumbernya. Rilis terbaru di atas.',
    kosong: 'Belum ada rilis data yang dicatat.',
    feed: 'Langganan riwayat data (RSS)',
    feedJudul: 'Riwayat data Jamsostek NTT',
    rilis: (nomor: number) => `Rilis ${nomor}`,
    versi: 'versi',
    terkini: 'versi yang tampil di situs sekarang',
    // A sentence never starts with a figure: "Ada 57 perubahan …", not "57 perubahan …".
    ringkas: (angka: string, wilayah: string) => `Ada ${angka} perubahan angka di ${wilayah} wilayah.`,
    pertama: (angka: string, sumber: string, wilayah: string) =>
      `Rilis pertama: ${angka} angka dari ${sumber} sumber untuk ${wilayah} wilayah.`,
    tanpaAngka: 'Tidak ada angka yang berubah; perubahan hanya pada keterangan sumber, indikator, atau wilayah.',
    lihatTabel: (n: string) => `Lihat ${n} perubahan`,
    lihatRilis: (nomor: number) => `Lihat semua perubahan pada rilis ${nomor}`,
    semuaRilis: 'Semua rilis data',
    tabelCaption: (nomor: number, tanggal: string) =>
      `Perubahan data pada rilis ${nomor} (${tanggal}), per kabupaten/kota`,
    kolomWilayah: 'Wilayah',
    kolomIndikator: 'Angka',
    kolomPeriode: 'Periode',
    kolomPerubahan: 'Perubahan',
    kolomSumber: 'Sumber',
    baru: 'Ditambahkan',
    dikoreksi: 'Dikoreksi',
    dihapus: 'Dihapus',
    keterangan: 'Keterangan diperbarui',
    // A change reads "5.426, diragukan; sumber baru": no brackets, so a cited source never stacks a second pair.
    nilaiRagu: (nilai: string) => `${nilai}, diragukan`,
    denganSumberBaru: (nilai: string) => `${nilai}; sumber baru`,
    koreksi: (sebelum: string, sesudah: string) => `${sebelum} → ${sesudah}`,
    /** One change as a sentence in the feed: "Malaka: Capaian …, Mei 2025. Dikoreksi: 3 persen → 3,4 persen. Sumber: Pena Malaka, 16 Mei 2025." */
    feedBaris: (
      wilayah: string,
      indikator: string,
      periode: string,
      jenis: string,
      perubahan: string,
      sumber: string,
    ) =>
      `${wilayah}: ${indikator}, ${periode}. ${jenis}${perubahan ? `: ${perubahan.replace(/[.\s]+$/, '')}` : ''}.${sumber ? ` Sumber: ${sumber}.` : ''}`,
    klaim: (program: string) => `Klaim: ${program}`,
    kasus: (n: string) => `${n} kasus`,
    lainnya: { sumber: 'Keterangan sumber', indikator: 'Definisi indikator', wilayah: 'Data wilayah' } as Record<
      string,
      string
    >,
    lainnyaJenis: { baru: 'ditambahkan', diubah: 'diubah', dihapus: 'dihapus' } as Record<string, string>,
    petaVersi: 'Peta pada versi ini',
    tautanStempel: 'Lihat riwayat perubahan data',
  },
  rilis: {
    lebihBaru: 'Data lebih baru tersedia.',
    lihatTerbaru: 'Lihat peta terbaru',
    tetap: (nomor: number, tanggal: string) => `Peta ini tetap pada data rilis ${nomor}, ${tanggal}.`,
    rilisPendek: (nomor: number) => `rilis ${nomor}`,
    selaluTerbaru: 'Selalu terbaru',
    selaluTerbaruKet: 'Peta di artikel Anda ikut berubah setiap kali data diperbarui.',
    tetapVersi: 'Tetap pada versi ini',
    tetapVersiKet: (nomor: number, tanggal: string) =>
      `Peta di artikel Anda selalu menampilkan data rilis ${nomor}, ${tanggal}, dengan pemberitahuan bila ada data yang lebih baru. Cocok untuk artikel bertanggal.`,
    belumDirilis: 'Versi data ini belum dicatat sebagai rilis, jadi belum bisa disematkan secara tetap.',
    koreksi: 'Koreksi',
    koreksiTeks: (apa: string, dari: string, jadi: string, nomor: number, tanggal: string) =>
      `${apa} dikoreksi dari ${dari} menjadi ${jadi} pada rilis data ${nomor} (${tanggal}). Artikel ini sudah memakai angka yang dikoreksi.`,
    lebihBaruArtikel: 'Angka lebih baru tersedia',
    lebihBaruTeks: (apa: string, periode: string, tanggal: string) =>
      `${apa}: sudah ada angka untuk ${periode}. Artikel ini memakai angka yang tersedia pada ${tanggal}.`,
    lihatAngka: (tempat: string) => `Lihat angka terbaru di ${tempat}`,
    pindahJudul: 'Halaman ini sudah pindah',
    pindahKet: 'Nama wilayah ini berubah di data, jadi alamat halamannya ikut berubah.',
    pindahTeks: (nama: string) => `Angka untuk ${nama} sekarang ada di halaman baru:`,
    pindahDaftar: 'Wilayah ini tidak ada lagi di data. Lihat daftar semua kabupaten/kota:',
    kutip: 'Kutip',
    kutipKet: 'Cara menyebut sumber peta dan data ini:',
    kutipTeks: (penerbit: string, judul: string, tanggal: string, versi: string, alamat: string) =>
      `${penerbit}. ${judul}. Data versi ${versi}, ${tanggal}. ${alamat}`,
  },
  footer: {
    about:
      'Situs ini menghimpun angka yang sudah dipublikasikan BPJS Ketenagakerjaan, pemerintah daerah, dan media. Setiap angka menyebut sumber dan tanggalnya; angka yang belum pernah dipublikasikan ditampilkan sebagai kosong.',
    unduh: 'Unduh data',
    /** The newest publication date among the sources, labelled as such (not the site's update date). */
    sumberTerbaru: 'Sumber terbaru bertanggal',
    riwayat: 'Riwayat data',
  },
} as const;

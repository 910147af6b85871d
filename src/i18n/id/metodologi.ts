// The methodology page (src/pages/metodologi/index.astro). Patterns with {holes}: src/i18n/teks.ts.
export const metodologi = {
  judul: 'Metodologi',
  deskripsi:
    'Apa yang diukur Universal Coverage Jamsostek, dasar hitungan yang berbeda-beda, mengapa sumber tidak sepakat, cara kelas peta ditarik, batas wilayah, dan cara setiap angka di artikel diperiksa.',
  dek: 'Cara situs ini menghimpun, memilih, membandingkan, dan memeriksa angka kepesertaan Jamsostek di Nusa Tenggara Timur.',
  isiLabel: 'Isi halaman',
  bagian: {
    ucj: 'Apa yang diukur UCJ',
    penyebut: 'Dasar hitungan yang berbeda-beda',
    berbeda: 'Mengapa sumber tidak sepakat',
    ragu: 'Angka yang diragukan',
    kelas: 'Kelas warna peta',
    batas: 'Batas wilayah',
    pemeriksaan: 'Cara angka di artikel diperiksa',
    belumAda: 'Yang belum ada',
  },
  ucj: 'Universal Coverage Jamsostek (UCJ) adalah persentase pekerja yang tercatat sebagai peserta aktif BPJS Ketenagakerjaan terhadap jumlah pekerja yang dijadikan dasar hitungan oleh BPJS Ketenagakerjaan. Peserta aktif mencakup pekerja penerima upah (formal), bukan penerima upah (informal atau mandiri), pekerja jasa konstruksi, dan pekerja migran. Peserta yang berhenti membayar iuran tidak lagi dihitung aktif.',
  target:
    'Target UCJ adalah **{target}** pekerja terlindungi. Di peta, target ini menjadi batas kelas tertinggi, dan di grafik ditandai dengan garis tegak.',
  ucjProvinsi:
    'Angka UCJ provinsi yang dipakai situs ini adalah {nilai} ({periode}): {peserta} peserta aktif dari {pekerja} pekerja, menurut {sumber}.',
  ucjProvinsiKosong:
    'Situs ini belum punya angka UCJ provinsi dengan pembilang dan dasar hitungan yang dipublikasikan.',
  bukanBps: 'Dasar hitungan UCJ bukan jumlah penduduk bekerja versi Badan Pusat Statistik (BPS).',
  sakernas: 'Survei Angkatan Kerja Nasional mencatat sekitar {jumlah} penduduk bekerja di NTT ({periode}).',
  tidakTerbuka:
    'BPJS Ketenagakerjaan tidak menjelaskan secara terbuka bagaimana dasar hitungannya disusun, dan pernyataan pejabat yang berbeda kadang menyiratkan dasar hitungan yang berbeda pula.',
  tidakDihitungUlang:
    'Karena itu situs ini tidak pernah menghitung ulang cakupan dengan dasar hitungan lain, kecuali untuk menjelaskan perbedaan, dan selalu menyebut periode serta sumber di samping setiap angka.',
  alasanBerbeda: [
    '**Tanggal.** Angka “hingga Juni” dan angka “akhir tahun” berbeda walaupun sumbernya sama.',
    '**Rencana dan realisasi.** Rekap perencanaan daerah kadang menyebut “realisasi” untuk tahun yang belum selesai.',
    '**Istilah.** “Tingkat kepesertaan”, “partisipasi”, dan “coverage” tidak selalu berarti UCJ. Angka seperti itu disimpan sebagai indikator tersendiri yang tidak dibandingkan langsung dengan UCJ.',
    '**Wilayah kerja.** Kantor cabang BPJS Ketenagakerjaan melayani beberapa kabupaten sekaligus, sehingga angka “cabang” tidak sama dengan angka satu kabupaten.',
    '**Pembulatan dan salah cetak.** Angka yang dibulatkan sumbernya ditandai “sekitar”; angka yang jelas salah cetak dikosongkan sampai ada konfirmasi.',
  ],
  berdampingan:
    'Dua sumber yang memberi angka berbeda untuk hal yang sama disimpan berdampingan, tidak dirata-ratakan. Bila beberapa sumber menyebut angka untuk periode yang sama, situs memakai yang tidak diragukan dan yang paling baru terbit.',
  ragu: 'Angka ditandai diragukan bila definisinya tidak jelas atau angka-angka dalam satu sumber tidak saling cocok; alasannya selalu ditulis. Saat ini ada {jumlah} angka seperti itu. Angka diragukan tetap ditampilkan di halaman kabupaten/kota dan di grafik (dengan tanda), tetapi tidak dipakai untuk mewarnai peta atau menyusun peringkat. Artikel yang mengutipnya wajib menyebut keraguannya di kalimat.',
  kelasUcj:
    'Peta capaian UCJ memakai kelas tetap yang bertumpu pada target: {kelas}. Dengan begitu warna tidak berubah arti ketika angka baru masuk, dan kelas tertinggi berarti target sudah tercapai. Persentase lain memakai batas yang sama.',
  kelasJumlah:
    'Indikator berupa jumlah orang{contoh} memakai batas kuantil dari angka yang ada, dibulatkan ke angka yang mudah dibaca. Wilayah berarsir belum punya angka yang dipublikasikan; itu bukan nol. Angka yang lebih lama dari periode terbaru indikator yang sama diberi tanda ◷.',
  kelasJumlahContoh: ' (misalnya {daftar})',
  // Composed from data/geo/*.meta.json (src/lib/map/batas.ts): other boundaries, other paragraph.
  batas: {
    asal: 'Batas kabupaten/kota berasal dari **{sumber}**, disusun per kabupaten/kota menurut kode wilayahnya.',
    pemekaran:
      '{sumberPendek} belum mengenal {baru}, sehingga {baruPendek} disusun ulang dari {jumlah} kecamatannya yang di {sumberPendek} masih berkode {lama}.',
    tetangga: 'Daratan {nama} berasal dari {atribusi} ({lisensi}).',
    lisensi: 'Lisensi batas kabupaten/kota: {lisensi}',
    ganti:
      'Penerbit yang tidak bisa memenuhi lisensi ini, misalnya media komersial, sebaiknya mengganti batasnya dengan data resmi Badan Informasi Geospasial (BIG). Cara menggantinya dijelaskan di berkas `data/geo/README.md` dalam kode sumber situs.',
  },
  pemeriksaan: [
    'Artikel tidak mengetik angka. Setiap angka di teks diambil dari data (indikator, wilayah, periode, dan sumber) dan ditulis menurut gaya situs ini setiap kali data diperbarui. Nomor kecil di belakang angka merujuk ke daftar sumber bernomor di akhir artikel; tautan ke halaman aslinya ada di daftar itu. Angka yang diragukan diberi tanda “diragukan”, dan alasannya dijelaskan di akhir artikel.',
    'Pernyataan yang bergantung pada data, seperti “terendah”, “di bawah target”, atau “lebih besar daripada”, juga diperiksa otomatis terhadap data setiap kali data diperbarui. Bila angka baru membuat pernyataan itu keliru, atau angka yang dibutuhkan hilang, situs tidak diterbitkan ulang sampai kalimatnya diperbaiki; versi sebelumnya tetap tampil. Dengan cara ini kalimat di artikel tidak pernah tertinggal dari datanya.',
  ],
  belumAda:
    'Dari {kab} kabupaten/kota, baru {adaUcj} yang angka UCJ-nya pernah diumumkan, dan {kosong} belum punya angka kepesertaan apa pun yang dipublikasikan. BPJS Ketenagakerjaan memegang angka per kabupaten/kota, tetapi belum membukanya. Situs ini tidak memperkirakan angka yang hilang: wilayah tanpa angka ditampilkan sebagai “belum ada data”. Redaksi yang memperoleh angka baru bisa menambahkannya ke `data/`, dan angka itu akan muncul di peta, halaman kabupaten/kota, dan artikel yang merujuknya.',
  dataKamus: 'Data dan kamus data',
} as const;

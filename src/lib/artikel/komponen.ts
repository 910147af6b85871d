/**
 * The article-component registry: every component an article may use, what it needs
 * (required and optional props), what kind it is, and how a number component renders. The
 * MDX components map (src/pages/artikel/[slug].astro) and the checker (periksa.ts) both read
 * KOMPONEN, so the list is kept in one place; each name has its .astro in
 * src/components/article/.
 */
import {
  formatDaftar,
  formatPeriode,
  formatPeringkat,
  formatTanggal,
  kutipan,
  penerbitPendek,
  teksAngka,
  type SatuanAngka as Satuan,
} from '#model/format.ts';
import { TidakDidukung } from '#model/errors.ts';
import {
  cariIndikator,
  cariSumber,
  cariWilayah,
  kabupatenKota,
  peringkat,
  provinsi,
  wilayahBerdata,
  wilayahPadaPeringkat,
} from '#model/query.ts';
import type { Kualifikasi } from '#model/schema.ts';
import { flag, str, wajib, type Props } from './props.ts';
import { petaAtauData, resolve, type Angka, type Konteks } from './resolve.ts';

interface Spek {
  wajib: string[];
  boleh: string[];
  /** Renders a figure (so its text must be bound), a claim (renders nothing), a figure block, or a link. */
  jenis: 'angka' | 'pernyataan' | 'grafik' | 'tautan';
}

export const KOMPONEN: Record<string, Spek> = {
  Nilai: {
    jenis: 'angka',
    wajib: ['indikator', 'wilayah'],
    boleh: ['periode', 'sumber', 'ragu', 'bentuk', 'sebutPeriode', 'kapital', 'kata'],
  },
  Klaim: {
    jenis: 'angka',
    wajib: ['program', 'periode', 'tampil'],
    boleh: ['wilayah', 'sumber', 'ragu', 'bentuk', 'sebutPeriode'],
  },
  Angka: { jenis: 'angka', wajib: ['a'], boleh: ['ragu', 'bentuk', 'sebutPeriode', 'kata', 'kapital'] },
  Selisih: { jenis: 'angka', wajib: ['a', 'b'], boleh: ['ragu', 'desimal', 'bentuk'] },
  Bagian: { jenis: 'angka', wajib: ['a', 'b'], boleh: ['ragu', 'desimal'] },
  Kelipatan: { jenis: 'angka', wajib: ['a', 'b'], boleh: ['ragu', 'desimal'] },
  Kekurangan: { jenis: 'angka', wajib: ['peserta', 'pekerja'], boleh: ['target', 'bentuk'] },
  Penyebut: { jenis: 'angka', wajib: ['peserta', 'persen'], boleh: ['ragu'] },
  Peringkat: { jenis: 'angka', wajib: ['indikator', 'wilayah'], boleh: ['urutan'] },
  NamaPeringkat: { jenis: 'angka', wajib: ['indikator'], boleh: ['urutan', 'ke'] },
  Periode: { jenis: 'angka', wajib: ['a'], boleh: ['ragu'] },
  Tanggal: { jenis: 'angka', wajib: ['sumber'], boleh: [] },
  Target: { jenis: 'angka', wajib: [], boleh: [] },
  Daftar: { jenis: 'angka', wajib: ['pilih', 'indikator'], boleh: [] },
  Pastikan: {
    jenis: 'pernyataan',
    wajib: ['kondisi'],
    boleh: ['a', 'b', 'indikator', 'wilayah', 'min', 'maks', 'periode', 'toleransi'],
  },
  Tautan: { jenis: 'tautan', wajib: ['ke'], boleh: [] },
  Peta: { jenis: 'grafik', wajib: ['indikator'], boleh: ['tingkat'] },
  GrafikProporsi: { jenis: 'grafik', wajib: ['wilayah', 'periode'], boleh: [] },
  GrafikLinimasa: { jenis: 'grafik', wajib: [], boleh: [] },
  GrafikKuota: { jenis: 'grafik', wajib: ['indikator'], boleh: [] },
  GrafikKlaimTahun: { jenis: 'grafik', wajib: [], boleh: ['wilayah'] },
  GrafikKlaimProgram: { jenis: 'grafik', wajib: ['periode'], boleh: ['wilayah'] },
  GrafikKonteks: { jenis: 'grafik', wajib: [], boleh: [] },
};

/** What a number component renders. */
export interface Tampilan {
  teks: string;
  bind: string;
  tautan: string;
  /** Tooltip: source and period. */
  judul: string;
  ragu: boolean;
  /** For names (NamaPeringkat, Daftar): one link per region instead of one text. */
  daftar?: { nama: string; tautan: string }[];
  /** Every figure this depends on, for the article's source list and region links. */
  dasar: Angka[];
}

function refFromProps(p: Props): string {
  return [wajib(p, 'indikator'), wajib(p, 'wilayah'), str(p, 'periode') ?? '', str(p, 'sumber') ?? '']
    .join('|')
    .replace(/\|+$/, '');
}

function judulSumber(a: Angka): string {
  const src = a.sumber.map((s) => kutipan(s, 'pendek')).join('; ');
  const parts = [
    a.periode ? `Periode: ${formatPeriode(a.periode)}` : '',
    src ? `Sumber: ${src}` : '',
    a.ragu && a.catatan ? `Diragukan: ${a.catatan}` : '',
  ];
  return parts.filter(Boolean).join('. ');
}

/** A figure marked doubtful in the data must be cited as doubtful (attribute ragu), and only then. */
function cekRagu(p: Props, dasar: Angka[]): boolean {
  const ragu = dasar.filter((a) => a.ragu);
  if (ragu.length && !flag(p, 'ragu')) {
    throw new TidakDidukung(
      `${ragu.map((a) => a.uraian).join('; ')} ditandai ragu di data (${ragu.map((a) => a.catatan ?? 'tanpa catatan').join('; ')}). Sebut keraguannya di kalimat dan beri komponen ini atribut ragu.`,
    );
  }
  if (!ragu.length && flag(p, 'ragu')) {
    throw new TidakDidukung(
      `komponen ini diberi atribut ragu, tetapi angkanya (${dasar.map((a) => a.uraian).join('; ')}) tidak lagi ditandai ragu di data. Ubah kalimat yang menyebutnya diragukan.`,
    );
  }
  return ragu.length > 0;
}

const satuanSama = (a: Angka, b: Angka, apa: string) => {
  const dim = (s: Satuan) => (s === 'kasus' ? 'orang' : s);
  if (dim(a.satuan) !== dim(b.satuan))
    throw new TidakDidukung(
      `${apa} butuh dua angka bersatuan sama, tetapi ${a.uraian} (${a.satuan}) dan ${b.uraian} (${b.satuan}) berbeda.`,
    );
};
const gabungQ = (...xs: Angka[]): Kualifikasi => (xs.some((x) => x.kualifikasi) ? 'sekitar' : null);
const desimal = (p: Props, d: number) => {
  const v = str(p, 'desimal');
  return v === undefined ? d : Number(v);
};

function sebutPeriode(p: Props, a: Angka, teks: string): string {
  return flag(p, 'sebutPeriode') && a.periode ? `${teks} (${formatPeriode(a.periode)})` : teks;
}

/** Resolves a number component to what it shows; throws TidakDidukung when the data cannot support it. */
export function tampilkan(k: Konteks, komponen: string, p: Props): Tampilan {
  const site = k.site;
  const opsiTeks = { bentuk: str(p, 'bentuk'), kata: flag(p, 'kata'), kapital: flag(p, 'kapital') };
  const satu = (a: Angka, teks: string): Tampilan => {
    const ragu = cekRagu(p, [a]);
    return { teks: sebutPeriode(p, a, teks), bind: a.bind, tautan: a.tautan, judul: judulSumber(a), ragu, dasar: [a] };
  };
  switch (komponen) {
    case 'Nilai': {
      const a = resolve(k, refFromProps(p));
      return satu(a, teksAngka(a, opsiTeks));
    }
    case 'Klaim': {
      const tampil = wajib(p, 'tampil');
      if (tampil !== 'nominal' && tampil !== 'kasus')
        throw new TidakDidukung(`tampil="${tampil}" tidak dikenal; pakai "nominal" atau "kasus".`);
      const ref = [
        'klaim:' + wajib(p, 'program'),
        str(p, 'wilayah') ?? provinsi(site).kode,
        wajib(p, 'periode'),
        tampil,
        str(p, 'sumber') ?? '',
      ]
        .join('|')
        .replace(/\|+$/, '');
      const a = resolve(k, ref);
      return satu(a, teksAngka(a, opsiTeks));
    }
    case 'Angka': {
      const a = resolve(k, wajib(p, 'a'));
      if (a.bind.startsWith('angka:'))
        throw new TidakDidukung('angka:N hanya boleh dipakai sebagai ambang di <Pastikan>, bukan ditampilkan.');
      return satu(a, teksAngka(a, opsiTeks));
    }
    case 'Periode': {
      const a = resolve(k, wajib(p, 'a'));
      if (!a.periode) throw new TidakDidukung(`${a.uraian} tidak punya periode.`);
      const ragu = cekRagu(p, [a]);
      return {
        teks: formatPeriode(a.periode),
        bind: `periode(${a.bind})`,
        tautan: a.tautan,
        judul: judulSumber(a),
        ragu,
        dasar: [a],
      };
    }
    case 'Selisih': {
      const a = resolve(k, wajib(p, 'a'));
      const b = resolve(k, wajib(p, 'b'));
      satuanSama(a, b, 'Selisih');
      const diff = a.nilai - b.nilai;
      if (diff < 0)
        throw new TidakDidukung(
          `Selisih ditulis sebagai a dikurangi b, dan kalimatnya menganggap a lebih besar; kini ${a.uraian} lebih kecil daripada ${b.uraian}.`,
        );
      const ragu = cekRagu(p, [a, b]);
      const satuan: Satuan = a.satuan === 'persen' ? 'poin' : a.satuan;
      const teks = teksAngka(
        { nilai: diff, satuan, kualifikasi: gabungQ(a, b) },
        { desimal: desimal(p, 2), bentuk: str(p, 'bentuk') },
      );
      return {
        teks,
        bind: `selisih(${a.bind};${b.bind})`,
        tautan: (a.sumber.length ? a : b).tautan,
        judul: [judulSumber(a), judulSumber(b)].join(' — '),
        ragu,
        dasar: [a, b],
      };
    }
    case 'Bagian': {
      const a = resolve(k, wajib(p, 'a'));
      const b = resolve(k, wajib(p, 'b'));
      satuanSama(a, b, 'Bagian');
      if (b.nilai <= 0) throw new TidakDidukung(`${b.uraian} nol, tidak bisa menjadi penyebut.`);
      const ragu = cekRagu(p, [a, b]);
      const teks = teksAngka(
        { nilai: (100 * a.nilai) / b.nilai, satuan: 'persen', kualifikasi: gabungQ(a, b) },
        { desimal: desimal(p, 1) },
      );
      return {
        teks,
        bind: `bagian(${a.bind};${b.bind})`,
        tautan: (a.sumber.length ? a : b).tautan,
        judul: [judulSumber(a), judulSumber(b)].join(' — '),
        ragu,
        dasar: [a, b],
      };
    }
    case 'Kelipatan': {
      const a = resolve(k, wajib(p, 'a'));
      const b = resolve(k, wajib(p, 'b'));
      satuanSama(a, b, 'Kelipatan');
      if (b.nilai <= 0) throw new TidakDidukung(`${b.uraian} nol, tidak bisa menjadi pembagi.`);
      if (a.nilai < b.nilai)
        throw new TidakDidukung(
          `Kelipatan menganggap ${a.uraian} lebih besar daripada ${b.uraian}, tetapi kini lebih kecil.`,
        );
      const ragu = cekRagu(p, [a, b]);
      const teks = teksAngka(
        { nilai: a.nilai / b.nilai, satuan: 'kali', kualifikasi: gabungQ(a, b) },
        { desimal: desimal(p, 1) },
      );
      return {
        teks,
        bind: `kelipatan(${a.bind};${b.bind})`,
        tautan: a.tautan,
        judul: [judulSumber(a), judulSumber(b)].join(' — '),
        ragu,
        dasar: [a, b],
      };
    }
    case 'Kekurangan': {
      const peserta = resolve(k, wajib(p, 'peserta'));
      const pekerja = resolve(k, wajib(p, 'pekerja'));
      const target = resolve(k, str(p, 'target') ?? 'target:ucj');
      if (peserta.periode?.id !== pekerja.periode?.id)
        throw new TidakDidukung(
          `peserta dan pekerja harus dari periode yang sama, tetapi ${peserta.uraian} dan ${pekerja.uraian} berbeda.`,
        );
      const kurang = Math.ceil((target.nilai * pekerja.nilai) / 100 - peserta.nilai);
      if (kurang <= 0)
        throw new TidakDidukung(
          `${peserta.uraian} sudah mencapai ${target.uraian}; kalimat tentang kekurangan peserta tidak lagi benar.`,
        );
      const ragu = cekRagu(p, [peserta, pekerja]);
      const teks = teksAngka(
        { nilai: kurang, satuan: 'orang', kualifikasi: gabungQ(peserta, pekerja) },
        { bentuk: str(p, 'bentuk') },
      );
      return {
        teks,
        bind: `kekurangan(${peserta.bind};${pekerja.bind};${target.bind})`,
        tautan: peserta.tautan,
        judul: judulSumber(peserta),
        ragu,
        dasar: [peserta, pekerja],
      };
    }
    case 'Penyebut': {
      const peserta = resolve(k, wajib(p, 'peserta'));
      const persen = resolve(k, wajib(p, 'persen'));
      if (persen.satuan !== 'persen' || persen.nilai <= 0)
        throw new TidakDidukung(`${persen.uraian} harus persentase di atas nol.`);
      const ragu = cekRagu(p, [peserta, persen]);
      const teks = teksAngka(
        { nilai: (100 * peserta.nilai) / persen.nilai, satuan: 'orang', kualifikasi: 'sekitar' },
        { bentuk: 'singkat' },
      );
      return {
        teks,
        bind: `penyebut(${peserta.bind};${persen.bind})`,
        tautan: peserta.tautan,
        judul: [judulSumber(peserta), judulSumber(persen)].join(' — '),
        ragu,
        dasar: [peserta, persen],
      };
    }
    case 'Peringkat': {
      const ind = cariIndikator(site, wajib(p, 'indikator'));
      const w = cariWilayah(site, wajib(p, 'wilayah'));
      const urutan = urutanDari(p);
      const r = peringkat(site, ind.id, w.kode, urutan);
      if (!r) throw new TidakDidukung(`${w.nama} tidak punya angka ${ind.nama} yang bisa diperingkat.`);
      const a = resolve(k, `${ind.id}|${w.kode}`);
      return {
        teks: formatPeringkat(r.rank, r.dari),
        bind: `peringkat:${ind.id}|${w.kode}|${urutan}`,
        tautan: petaAtauData(k, ind.id),
        judul: `Peringkat ${urutan} di antara kabupaten/kota yang punya angka ${ind.nama}`,
        ragu: false,
        dasar: [a],
      };
    }
    case 'NamaPeringkat': {
      const ind = cariIndikator(site, wajib(p, 'indikator'));
      const urutan = urutanDari(p);
      const ke = Number(str(p, 'ke') ?? '1');
      const regions = wilayahPadaPeringkat(site, ind.id, urutan, ke);
      if (!regions.length)
        throw new TidakDidukung(`tidak ada kabupaten/kota di peringkat ${ke} (${urutan}) untuk ${ind.nama}.`);
      const dasar = regions.map((r) => resolve(k, `${ind.id}|${r.kode}`));
      return {
        teks: formatDaftar(regions.map((r) => r.nama)),
        bind: `nama-peringkat:${ind.id}|${urutan}|${ke}`,
        tautan: k.href(`/kabupaten/${regions[0]!.slug}/`),
        judul: `Peringkat ${ke} (${urutan}) untuk ${ind.nama}`,
        ragu: false,
        daftar: regions.map((r) => ({ nama: r.nama, tautan: k.href(`/kabupaten/${r.slug}/`) })),
        dasar,
      };
    }
    case 'Daftar': {
      const pilih = wajib(p, 'pilih');
      const indikator = wajib(p, 'indikator');
      if (indikator !== '*') cariIndikator(site, indikator);
      if (!['kosong', 'berdata', 'semua'].includes(pilih))
        throw new TidakDidukung(`pilih="${pilih}" tidak dikenal; pakai "kosong", "berdata", atau "semua".`);
      const withData = new Set(wilayahBerdata(site, indikator, pilih === 'berdata' ? 'berdata' : 'semua'));
      const regions = kabupatenKota(site).filter((r) =>
        pilih === 'kosong' ? !withData.has(r.kode) : withData.has(r.kode),
      );
      if (!regions.length)
        throw new TidakDidukung(
          `daftar ${pilih} untuk ${indikator} kosong; kalimat yang memuat daftar ini tidak lagi benar.`,
        );
      return {
        teks: formatDaftar(regions.map((r) => r.nama)),
        bind: `daftar:${pilih}|${indikator}`,
        tautan: k.href('/kabupaten/'),
        judul: '',
        ragu: false,
        daftar: regions.map((r) => ({ nama: r.nama, tautan: k.href(`/kabupaten/${r.slug}/`) })),
        dasar: regions.map((r) => ({ ...resolve(k, 'wilayah:semua'), wilayah: [r.kode] })),
      };
    }
    case 'Tanggal': {
      const s = cariSumber(site, wajib(p, 'sumber'));
      const a: Angka = {
        nilai: 0,
        satuan: 'orang',
        kualifikasi: null,
        periode: null,
        sumber: [s],
        ragu: false,
        catatan: null,
        wilayah: [],
        bind: `tanggal:${s.id}`,
        uraian: `tanggal ${s.id}`,
        tautan: s.url ?? k.href('/data/'),
      };
      return {
        teks: formatTanggal(s.tanggalTerbit),
        bind: `tanggal:${s.id}|${s.tanggalTerbit}`,
        tautan: a.tautan,
        judul: `${penerbitPendek(s)}: ${s.judul}`,
        ragu: false,
        dasar: [a],
      };
    }
    case 'Target': {
      const a = resolve(k, 'target:ucj');
      return {
        teks: teksAngka(a),
        bind: a.bind,
        tautan: a.tautan,
        judul: 'Target nasional Universal Coverage Jamsostek',
        ragu: false,
        dasar: [a],
      };
    }
  }
  throw new TidakDidukung(`komponen <${komponen}> bukan komponen angka.`);
}

function urutanDari(p: Props): 'tertinggi' | 'terendah' {
  const u = str(p, 'urutan') ?? 'tertinggi';
  if (u !== 'tertinggi' && u !== 'terendah')
    throw new TidakDidukung(`urutan="${u}" tidak dikenal; pakai "tertinggi" atau "terendah".`);
  return u;
}

/**
 * National context: where NTT stands among the coverage figures other provinces and the
 * country have published. The figures use different bases (dasar hitungan) and dates, so the
 * model groups them by base and orders each group by date; it never ranks across groups, and
 * each row carries its own date, base and source. NTT's own figure comes from kepesertaan.csv.
 */
import type { Konteks } from '#lib/artikel/resolve.ts';
import { TidakDidukung as KlaimGagal } from '#model/errors.ts';
import { cariSumber, provinsi } from '#model/query.ts';
import { teksAngka } from '#model/format.ts';
import { formatPeriode } from '#model/format.ts';
import { t } from '#i18n/id.ts';
import type { JenisDasar } from '#model/schema.ts';
import type { Sumber as Source } from '#model/schema.ts';

export interface BarisKonteks {
  wilayah: string;
  nilai: number;
  teks: string;
  periode: string;
  dasar: string | null;
  /** The base for the table's own column: the stated one, else its kind ("tidak disebut"). */
  dasarTabel: string;
  target: string | null;
  ragu: boolean;
  catatan: string | null;
  sumber: Source;
  /** Dot position 0..100 on the percent scale. */
  posisi: number;
  ntt: boolean;
}

export interface KelompokKonteks {
  jenis: JenisDasar | 'nasional' | 'ntt';
  judul: string;
  baris: BarisKonteks[];
}

export interface ModelKonteks {
  bind: string;
  judul: string;
  keterangan: string;
  kelompok: KelompokKonteks[];
  /** NTT's UCJ, drawn as a reference tick on every row. */
  nttPosisi: number;
  nttTeks: string;
  sumber: Source[];
}

const URUTAN: JenisDasar[] = [
  'penduduk_bekerja',
  'angkatan_kerja',
  'potensi_pekerja',
  'target_pekerja',
  'tidak_disebut',
];
const pct = (n: number) => teksAngka({ nilai: n, satuan: 'persen', kualifikasi: null }).replace(' persen', '%');

export function grafikKonteks(k: Konteks): ModelKonteks {
  const T = t.cerita.konteks;
  const rows = k.site.konteks ?? [];
  const ntt = k.site.terkini['ucj_persen']?.[provinsi(k.site).kode];
  if (!ntt) throw new KlaimGagal('belum ada angka UCJ provinsi NTT untuk dibandingkan.');
  if (!rows.some((r) => r.ukuran === 'capaian'))
    throw new KlaimGagal('belum ada angka konteks nasional di data/konteks-nasional.csv.');
  const base = k.site.terkini['pekerja_ucj']?.[provinsi(k.site).kode];
  const targetOf = (r: (typeof rows)[number]) => {
    const year = r.periode.akhir.slice(0, 4);
    const tg = rows.find(
      (x) => x.ukuran === 'target' && x.wilayah === r.wilayah && x.sumber === r.sumber && x.periode.id === year,
    );
    return tg ? T.target(year, pct(tg.nilai)) : null;
  };
  const toRow = (r: (typeof rows)[number]): BarisKonteks => ({
    wilayah: r.wilayah,
    nilai: r.nilai,
    teks: pct(r.nilai),
    periode: formatPeriode(r.periode),
    dasar: r.dasarHitungan,
    dasarTabel: r.dasarHitungan ?? T.dasarSel[r.jenisDasar]!,
    target: targetOf(r),
    ragu: r.ragu,
    catatan: r.catatan,
    sumber: cariSumber(k.site, r.sumber),
    posisi: r.nilai,
    ntt: false,
  });
  const capaian = rows.filter((r) => r.ukuran === 'capaian');
  const kelompok: KelompokKonteks[] = [
    {
      jenis: 'ntt' as const,
      judul: T.ntt,
      baris: [
        {
          wilayah: t.grafik.provinsiNtt,
          nilai: ntt.nilai,
          teks: pct(ntt.nilai),
          periode: formatPeriode(ntt.periode),
          dasar: base
            ? T.dasarNtt(teksAngka({ nilai: base.nilai, satuan: 'orang', kualifikasi: base.kualifikasi }))
            : null,
          dasarTabel: base
            ? T.dasarNtt(teksAngka({ nilai: base.nilai, satuan: 'orang', kualifikasi: base.kualifikasi }))
            : T.dasarSel.tidak_disebut!,
          target: null,
          ragu: false,
          catatan: null,
          sumber: cariSumber(k.site, ntt.sumber),
          posisi: ntt.nilai,
          ntt: true,
        },
      ],
    },
    {
      jenis: 'nasional' as const,
      judul: T.nasional,
      baris: capaian.filter((r) => r.tingkat === 'nasional').map(toRow),
    },
    ...URUTAN.map((jenis) => ({
      jenis,
      judul: T.jenis[jenis],
      baris: capaian
        .filter((r) => r.tingkat === 'provinsi' && r.jenisDasar === jenis)
        .sort((a, b) => b.periode.akhir.localeCompare(a.periode.akhir) || a.wilayah.localeCompare(b.wilayah))
        .map(toRow),
    })),
  ].filter((g) => g.baris.length);
  const sumber = [...new Map(kelompok.flatMap((g) => g.baris.map((b) => [b.sumber.id, b.sumber] as const))).values()];
  return {
    bind: 'grafik:konteks|ucj_persen',
    judul: T.judul,
    keterangan: T.ket,
    kelompok,
    nttPosisi: ntt.nilai,
    nttTeks: pct(ntt.nilai),
    sumber,
  };
}

/**
 * Checked statements (pernyataan): <Pastikan kondisi="…" /> renders nothing and states what
 * the prose claims about the figures ("Malaka is the lowest", "below the target"); the build
 * checks each one against the data and stops when it is no longer true. ("Klaim" is the BPJS
 * benefit claim, data/klaim.csv and <Klaim>, never a statement.)
 */
import { formatAngka, formatDaftar, formatPeriode, teksAngka } from '#model/format.ts';
import { TidakDidukung } from '#model/errors.ts';
import { cariIndikator, cariWilayah } from '#model/query.ts';
import { COMPARABLE_MONTHS, comparableEntries } from '#model/peta.ts';
import { wajib, type Props } from './props.ts';
import { resolve, type Angka, type Konteks } from './resolve.ts';

export const KONDISI: Record<string, { perlu: string[]; uraian: string }> = {
  terendah: {
    perlu: ['indikator', 'wilayah'],
    uraian: 'wilayah punya angka terendah di antara kabupaten/kota berdata',
  },
  tertinggi: {
    perlu: ['indikator', 'wilayah'],
    uraian: 'wilayah punya angka tertinggi di antara kabupaten/kota berdata',
  },
  'di-bawah-target': { perlu: ['a'], uraian: 'a di bawah target UCJ (atau b)' },
  'lebih-besar': { perlu: ['a', 'b'], uraian: 'a lebih besar daripada b' },
  'lebih-kecil': { perlu: ['a', 'b'], uraian: 'a lebih kecil daripada b' },
  'paling-banyak': { perlu: ['a', 'b'], uraian: 'a tidak lebih dari b' },
  'paling-sedikit': { perlu: ['a', 'b'], uraian: 'a tidak kurang dari b' },
  sama: { perlu: ['a', 'b'], uraian: 'a sama dengan b' },
  berbeda: { perlu: ['a', 'b'], uraian: 'a berbeda dari b' },
  antara: { perlu: ['a', 'min', 'maks'], uraian: 'a di antara min dan maks' },
  ada: { perlu: ['a'], uraian: 'angka a ada di data' },
  'tidak-ada': { perlu: ['indikator', 'wilayah'], uraian: 'wilayah belum punya angka indikator itu' },
  ragu: { perlu: ['a'], uraian: 'angka a ditandai ragu di data' },
  'sumber-sama': { perlu: ['a', 'b'], uraian: 'a dan b dari sumber dan periode yang sama' },
  'periode-sama': { perlu: ['a', 'b'], uraian: 'a dan b dari periode yang sama' },
  'periode-beda': { perlu: ['a', 'b'], uraian: 'a dan b dari periode yang berbeda' },
  'periode-sebelum': { perlu: ['a', 'periode'], uraian: 'periode a berakhir sebelum bulan yang disebut' },
  'lebih-dulu': { perlu: ['a', 'b'], uraian: 'periode a berakhir sebelum periode b dimulai' },
};

export interface HasilPernyataan {
  /** The claim in words, as the article states it (for the article footer and reports). */
  uraian: string;
  dasar: Angka[];
}

const num = (p: Props, key: string) => {
  const v = Number(wajib(p, key).replace(',', '.'));
  if (!Number.isFinite(v)) throw new TidakDidukung(`${key}="${p[key]}" bukan angka.`);
  return v;
};
const singkat = (a: Angka) => a.uraian;

/** Checks one <Pastikan>; returns the claim in words, or throws TidakDidukung saying why it is false. */
export function periksaPernyataan(k: Konteks, p: Props): HasilPernyataan {
  const site = k.site;
  const kondisi = wajib(p, 'kondisi');
  const spec = KONDISI[kondisi];
  if (!spec)
    throw new TidakDidukung(`kondisi="${kondisi}" tidak dikenal. Pilihan: ${Object.keys(KONDISI).join(', ')}.`);
  for (const key of spec.perlu) wajib(p, key);
  const A = () => resolve(k, wajib(p, 'a'));
  const B = () => resolve(k, wajib(p, 'b'));
  const gagal = (msg: string): never => {
    throw new TidakDidukung(msg);
  };
  switch (kondisi) {
    case 'terendah':
    case 'tertinggi': {
      const ind = cariIndikator(site, wajib(p, 'indikator'));
      const w = cariWilayah(site, wajib(p, 'wilayah'));
      const own = resolve(k, `${ind.id}|${w.kode}`);
      // Only figures the maps would compare: an old figure neither wins nor loses.
      const comparable = comparableEntries(site, ind.id);
      if (!comparable.some((e) => e.wilayah === w.kode))
        gagal(
          `pernyataan "${w.nama} ${kondisi}" tidak bisa diperiksa: angka ${ind.nama} ${w.nama} tidak sebanding dengan angka terbaru wilayah lain (periodenya berjarak ${COMPARABLE_MONTHS} bulan atau lebih).`,
        );
      const others = comparable.filter((e) => e.wilayah !== w.kode);
      if (!others.length)
        gagal(
          `pernyataan "${w.nama} ${kondisi}" butuh pembanding, tetapi hanya ${w.nama} yang punya angka ${ind.nama}.`,
        );
      const beat = others.filter((e) => (kondisi === 'terendah' ? e.nilai <= own.nilai : e.nilai >= own.nilai));
      if (beat.length) {
        const ringkas = (a: Angka, nama: string) =>
          `${nama} ${teksAngka(a)}${a.periode ? ` (${formatPeriode(a.periode)})` : ''}`;
        const names = beat.map((e) => ringkas(resolve(k, `${ind.id}|${e.wilayah}`), cariWilayah(site, e.wilayah).nama));
        gagal(
          `pernyataan "${w.nama} ${kondisi}" untuk ${ind.nama} tidak lagi benar: ${ringkas(own, w.nama)}, sedangkan ${formatDaftar(names)}.`,
        );
      }
      return {
        uraian: `${w.nama} punya ${ind.nama} ${kondisi} di antara ${others.length + 1} kabupaten/kota yang angkanya bisa dipakai`,
        dasar: [own],
      };
    }
    case 'di-bawah-target': {
      const a = A();
      const t = p.b ? B() : resolve(k, 'target:ucj');
      if (!(a.nilai < t.nilai)) gagal(`${singkat(a)} tidak lagi di bawah ${singkat(t)}.`);
      return { uraian: `${singkat(a)} di bawah ${singkat(t)}`, dasar: [a] };
    }
    case 'lebih-besar':
    case 'lebih-kecil':
    case 'paling-banyak':
    case 'paling-sedikit':
    case 'sama':
    case 'berbeda': {
      const a = A();
      const b = B();
      // sama/berbeda: equal within toleransi (default exact), for figures published with fewer decimals.
      const tol = p.toleransi === undefined ? 0 : num(p, 'toleransi');
      const equal = Math.abs(a.nilai - b.nilai) <= tol + 1e-9 * Math.max(1, Math.abs(b.nilai));
      const ok = {
        'lebih-besar': a.nilai > b.nilai,
        'lebih-kecil': a.nilai < b.nilai,
        'paling-banyak': a.nilai <= b.nilai,
        'paling-sedikit': a.nilai >= b.nilai,
        sama: equal,
        berbeda: !equal,
      }[kondisi];
      const kata = {
        'lebih-besar': 'lebih besar daripada',
        'lebih-kecil': 'lebih kecil daripada',
        'paling-banyak': 'tidak lebih dari',
        'paling-sedikit': 'tidak kurang dari',
        sama: 'sama dengan',
        berbeda: 'berbeda dari',
      }[kondisi];
      if (!ok) gagal(`pernyataan "${singkat(a)} ${kata} ${singkat(b)}" tidak lagi benar.`);
      return { uraian: `${singkat(a)} ${kata} ${singkat(b)}`, dasar: [a, b].filter((x) => x.sumber.length) };
    }
    case 'antara': {
      const a = A();
      const min = num(p, 'min');
      const maks = num(p, 'maks');
      if (!(a.nilai >= min && a.nilai <= maks))
        gagal(`${singkat(a)} tidak lagi di antara ${formatAngka(min, 2)} dan ${formatAngka(maks, 2)}.`);
      return { uraian: `${singkat(a)} di antara ${formatAngka(min, 2)} dan ${formatAngka(maks, 2)}`, dasar: [a] };
    }
    case 'ada': {
      const a = A();
      return { uraian: `ada angka: ${singkat(a)}`, dasar: [a] };
    }
    case 'tidak-ada': {
      const ind = cariIndikator(site, wajib(p, 'indikator'));
      const w = cariWilayah(site, wajib(p, 'wilayah'));
      const found = site.observasi.filter((o) => o.indikator === ind.id && o.wilayah === w.kode);
      if (found.length)
        gagal(
          `artikel menyebut ${w.nama} belum punya angka ${ind.nama}, tetapi kini ada ${found.length} angka (misalnya ${formatPeriode(found[0]!.periode)}).`,
        );
      return { uraian: `${w.nama} belum punya angka ${ind.nama} yang dipublikasikan`, dasar: [] };
    }
    case 'ragu': {
      const a = A();
      if (!a.ragu) gagal(`artikel menyebut ${singkat(a)} diragukan, tetapi data tidak lagi menandainya ragu.`);
      return { uraian: `${singkat(a)} ditandai ragu`, dasar: [a] };
    }
    case 'sumber-sama':
    case 'periode-sama':
    case 'periode-beda': {
      const a = A();
      const b = B();
      const samePeriod = a.periode?.id === b.periode?.id;
      const sameSource = a.sumber.map((s) => s.id).join() === b.sumber.map((s) => s.id).join();
      if (kondisi === 'sumber-sama' && !(samePeriod && sameSource))
        gagal(
          `artikel membandingkan ${singkat(a)} dengan ${singkat(b)} sebagai angka dari sumber dan periode yang sama, tetapi kini keduanya berbeda sumber atau periode.`,
        );
      if (kondisi === 'periode-sama' && !samePeriod)
        gagal(`artikel menganggap ${singkat(a)} dan ${singkat(b)} sama periodenya, tetapi kini berbeda.`);
      if (kondisi === 'periode-beda' && samePeriod)
        gagal(`artikel menyebut ${singkat(a)} dan ${singkat(b)} berbeda periode, tetapi kini periodenya sama.`);
      const kata =
        kondisi === 'sumber-sama'
          ? 'berasal dari sumber dan periode yang sama dengan'
          : kondisi === 'periode-sama'
            ? 'berperiode sama dengan'
            : 'berbeda periode dengan';
      return { uraian: `${singkat(a)} ${kata} ${singkat(b)}`, dasar: [] };
    }
    case 'lebih-dulu': {
      const a = A();
      const b = B();
      if (!a.periode || !b.periode) gagal(`${singkat(a)} dan ${singkat(b)} harus sama-sama punya periode.`);
      if (!(a.periode!.akhir < b.periode!.mulai))
        gagal(`artikel menyebut ${singkat(a)} lebih dulu daripada ${singkat(b)}, tetapi kini tidak lagi.`);
      return { uraian: `${singkat(a)} lebih dulu daripada ${singkat(b)}`, dasar: [] };
    }
    case 'periode-sebelum': {
      const a = A();
      const batas = wajib(p, 'periode');
      if (!/^\d{4}-\d{2}$/.test(batas)) gagal(`periode="${batas}" harus berbentuk YYYY-MM.`);
      if (!a.periode) gagal(`${singkat(a)} tidak punya periode.`);
      if (!(a.periode!.akhir < batas))
        gagal(
          `artikel menyebut angka terbaru masih lebih lama dari ${formatPeriode({ id: batas, jenis: 'bulan', mulai: batas, akhir: batas })}, tetapi kini ada ${singkat(a)}.`,
        );
      return {
        uraian: `angka terbaru (${singkat(a)}) lebih lama dari ${formatPeriode({ id: batas, jenis: 'bulan', mulai: batas, akhir: batas })}`,
        dasar: [a],
      };
    }
  }
  return gagal(`kondisi="${kondisi}" belum diperiksa.`);
}

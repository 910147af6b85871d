/**
 * The reference grammar: the text form of "which figure", shared by component props
 * (a="…", b="…", kartu: in frontmatter) and data-bind attributes.
 */
import { TidakDidukung } from '#model/errors.ts';

// Forms:
//
//   ucj_persen|53|2024-06|sumber-id      a published figure (period and source optional;
//                                        without a period: the latest usable figure)
//   klaim:TOTAL|53|2022|nominal|sumber   a claims figure: program, region, period, kasus|nominal
//   jumlah:rentan_apbd_provinsi          sum of the latest usable figure of every kabupaten/kota
//   cacah:ucj_persen                     how many kabupaten/kota have a usable figure (* = any indicator)
//   cacah-semua:ucj_persen               how many have any published figure, doubtful ones included
//   cacah-ragu:ucj_persen                how many have published figures that are all doubtful
//   kosong:ucj_persen                    how many have no published figure at all
//   wilayah:semua                        how many kabupaten/kota there are
//   target:ucj                           the national UCJ target (TARGET_UCJ in src/model/constants.ts)
//   konteks:Indonesia|2025-04|capaian    a national or other-province figure (data/konteks-nasional.csv):
//     [|sumber]                          region as written there, period (always explicit), capaian
//                                        or target, and the source when several rows match
//   bagian:REF;REF                       the first as a percentage of the second
//   angka:5                              a plain number, only for thresholds in <Pastikan>

export type Ref =
  | { jenis: 'nilai'; indikator: string; wilayah: string; periode: string | null; sumber: string | null }
  | {
      jenis: 'klaim';
      program: string;
      wilayah: string;
      periode: string;
      ukuran: 'kasus' | 'nominal';
      sumber: string | null;
    }
  | { jenis: 'jumlah'; indikator: string }
  | { jenis: 'cacah'; indikator: string; mode: 'berdata' | 'semua' | 'ragu' }
  | { jenis: 'kosong'; indikator: string }
  | { jenis: 'wilayah' }
  | { jenis: 'target' }
  | {
      jenis: 'konteks';
      wilayah: string;
      periode: string;
      ukuran: 'capaian' | 'target';
      sumber: string | null;
    }
  | { jenis: 'angka'; nilai: number }
  | { jenis: 'bagian'; a: Ref; b: Ref };

export function parseRef(teks: string): Ref {
  const t = teks.trim();
  const colon = t.indexOf(':');
  const prefix = colon > 0 && !t.slice(0, colon).includes('|') ? t.slice(0, colon) : '';
  const rest = prefix ? t.slice(colon + 1) : t;
  const parts = rest.split('|').map((p) => p.trim());
  const opt = (i: number) => (parts[i] ? parts[i]! : null);
  switch (prefix) {
    case '': {
      if (parts.length < 2 || parts.length > 4 || !parts[0] || !parts[1]) break;
      return { jenis: 'nilai', indikator: parts[0], wilayah: parts[1], periode: opt(2), sumber: opt(3) };
    }
    case 'klaim': {
      if (parts.length < 4 || parts.length > 5 || !parts[0] || !parts[1] || !parts[2]) break;
      if (parts[3] !== 'kasus' && parts[3] !== 'nominal') break;
      return {
        jenis: 'klaim',
        program: parts[0].toUpperCase(),
        wilayah: parts[1],
        periode: parts[2],
        ukuran: parts[3],
        sumber: opt(4),
      };
    }
    case 'jumlah':
      if (parts.length === 1 && parts[0]) return { jenis: 'jumlah', indikator: parts[0] };
      break;
    case 'cacah':
    case 'cacah-semua':
    case 'cacah-ragu':
      if (parts.length === 1 && parts[0])
        return {
          jenis: 'cacah',
          indikator: parts[0],
          mode: prefix === 'cacah' ? 'berdata' : prefix === 'cacah-semua' ? 'semua' : 'ragu',
        };
      break;
    case 'kosong':
      if (parts.length === 1 && parts[0]) return { jenis: 'kosong', indikator: parts[0] };
      break;
    case 'wilayah':
      if (rest === 'semua') return { jenis: 'wilayah' };
      break;
    case 'target':
      if (rest === 'ucj') return { jenis: 'target' };
      break;
    case 'konteks': {
      if (parts.length < 3 || parts.length > 4 || !parts[0] || !parts[1]) break;
      if (parts[2] !== 'capaian' && parts[2] !== 'target') break;
      return { jenis: 'konteks', wilayah: parts[0], periode: parts[1], ukuran: parts[2], sumber: opt(3) };
    }
    case 'bagian': {
      const [ra, rb, ...more] = rest.split(';');
      if (ra && rb && !more.length) return { jenis: 'bagian', a: parseRef(ra), b: parseRef(rb) };
      break;
    }
    case 'angka': {
      const n = Number(rest.replace(',', '.'));
      if (rest !== '' && Number.isFinite(n)) return { jenis: 'angka', nilai: n };
      break;
    }
  }
  throw new TidakDidukung(
    `acuan "${teks}" tidak dikenali. Bentuk yang diterima: indikator|wilayah[|periode[|sumber]], ` +
      'klaim:PROGRAM|wilayah|periode|kasus atau nominal[|sumber], jumlah:indikator, cacah:indikator, cacah-semua:indikator, cacah-ragu:indikator, ' +
      'kosong:indikator, wilayah:semua, target:ucj, konteks:wilayah|periode|capaian atau target[|sumber], bagian:ACUAN;ACUAN, angka:N.',
  );
}

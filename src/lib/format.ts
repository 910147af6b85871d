/**
 * Indonesian number and date formatting. Everything a reader sees goes through here so
 * that "558.115", "33,73 persen" and "Rp381,1 miliar" are written the same way everywhere.
 */
import type { Period, Qualifier } from './types.ts';

const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

export function formatAngka(n: number, maxDecimals = 0): string {
  return new Intl.NumberFormat('id-ID', { maximumFractionDigits: maxDecimals }).format(n);
}

/** Keeps the precision the source published (33,73 stays 33,73; 3 stays 3). */
export function formatPersen(n: number, style: 'prosa' | 'ringkas' = 'prosa'): string {
  const text = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(n);
  return style === 'prosa' ? `${text} persen` : `${text}%`;
}

const SCALES: [number, string][] = [
  [1e12, 'triliun'],
  [1e9, 'miliar'],
  [1e6, 'juta'],
];

/** Rupiah in words of scale: 381080853812 -> "Rp381,1 miliar"; below a million in full. */
export function formatRupiah(n: number, style: 'singkat' | 'penuh' = 'singkat'): string {
  if (style === 'penuh' || Math.abs(n) < 1e6) return `Rp${formatAngka(n)}`;
  for (const [size, word] of SCALES) {
    if (Math.abs(n) >= size) {
      const scaled = n / size;
      const digits = scaled >= 100 ? 1 : scaled >= 10 ? 1 : 2;
      return `Rp${new Intl.NumberFormat('id-ID', { maximumFractionDigits: digits }).format(scaled)} ${word}`;
    }
  }
  return `Rp${formatAngka(n)}`;
}

/** Large counts in words for headlines: 1654526 -> "1,65 juta". */
export function formatAngkaSingkat(n: number): string {
  if (Math.abs(n) >= 1e6) return `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(n / 1e6)} juta`;
  if (Math.abs(n) >= 1e4) return `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(n / 1e3)} ribu`;
  return formatAngka(n);
}

export function namaBulan(yyyymm: string): string {
  const [y, m] = yyyymm.split('-');
  return `${BULAN[Number(m) - 1]} ${y}`;
}

export function formatPeriode(p: Period): string {
  switch (p.kind) {
    case 'tahun':
      return p.id;
    case 'bulan':
      return namaBulan(p.start);
    case 'rentang-tahun':
      return `${p.start.slice(0, 4)}–${p.end.slice(0, 4)}`;
    case 'rentang-bulan': {
      const [ys, ms] = p.start.split('-');
      const [ye, me] = p.end.split('-');
      return ys === ye
        ? `${BULAN[Number(ms) - 1]}–${BULAN[Number(me) - 1]} ${ye}`
        : `${namaBulan(p.start)}–${namaBulan(p.end)}`;
    }
  }
}

export function formatTanggal(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${BULAN[Number(m) - 1]} ${y}`;
}

export function withQualifier(text: string, q: Qualifier): string {
  return q ? `${q} ${text}` : text;
}

/**
 * The tile map's layout (data/geo/petak.csv): one equal tile per kabupaten/kota at a column and
 * row chosen by geography, a short label, and the island group it belongs to. No boundary data,
 * so the tile map may be published by anyone. Checked like every data file: each error names
 * the file, line, column and the fix, and all of them are reported together.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cell, readCsv } from './csv.ts';
import type { Issue } from './errors.ts';

export interface Petak {
  kode: string;
  kolom: number;
  baris: number;
  /** Short name printed on the tile (at most 4 characters fit at phone size). */
  label: string;
  /** Island group, labelled once above its tiles. */
  pulau: string;
}

export const PETAK_FILE = 'geo/petak.csv';
const COLUMNS = { required: ['kode', 'kolom', 'baris', 'label', 'pulau'] };
const MAX_GRID = 30;

/** Reads and checks the layout against the regions of the dataset (codes of kabupaten/kota). */
export function loadPetak(
  text: string,
  regions: { kode: string; nama: string }[],
  file = `data/${PETAK_FILE}`,
): { petak: Petak[]; issues: Issue[] } {
  const { table, issues } = readCsv(file, text, COLUMNS);
  if (!table) return { petak: [], issues };
  const err = (line: number, name: string, value: string, message: string) =>
    issues.push({
      file,
      line,
      column: table.columnIndex[name] ?? 0,
      columnName: name,
      value,
      message,
      severity: 'error',
    });
  const known = new Map(regions.map((r) => [r.kode, r.nama]));
  const seen = new Map<string, number>();
  const cells = new Map<string, { kode: string; line: number }>();
  const petak: Petak[] = [];
  for (const row of table.rows) {
    const kode = cell(table, row, 'kode');
    const label = cell(table, row, 'label');
    const pulau = cell(table, row, 'pulau');
    const nums = (['kolom', 'baris'] as const).map((name) => {
      const raw = cell(table, row, name);
      const n = Number(raw);
      if (!/^\d+$/.test(raw) || n >= MAX_GRID) {
        err(
          row.line,
          name,
          raw,
          `${name === 'kolom' ? 'Kolom' : 'Baris'} petak harus bilangan bulat 0 sampai ${MAX_GRID - 1}, misalnya 3.`,
        );
        return null;
      }
      return n;
    });
    if (!known.has(kode))
      err(
        row.line,
        'kode',
        kode,
        `Kode ${kode || '(kosong)'} bukan kabupaten/kota di data/wilayah.csv. Pakai kode BPS empat angka, misalnya 5321 untuk Malaka.`,
      );
    else if (seen.has(kode))
      err(
        row.line,
        'kode',
        kode,
        `${known.get(kode)} (${kode}) sudah punya petak di baris ${seen.get(kode)}. Satu kabupaten/kota, satu petak: hapus salah satunya.`,
      );
    else seen.set(kode, row.line);
    if (!label || label.length > 4)
      err(
        row.line,
        'label',
        label,
        'Label petak harus 1 sampai 4 huruf (mis. MLK untuk Malaka), supaya terbaca di layar ponsel.',
      );
    if (!pulau) err(row.line, 'pulau', pulau, 'Tulis nama pulau atau gugus pulau, misalnya Timor.');
    const [kolom, baris] = nums;
    if (kolom === null || baris === null || kolom === undefined || baris === undefined) continue;
    const key = `${kolom},${baris}`;
    const other = cells.get(key);
    if (other)
      err(
        row.line,
        'kolom',
        String(kolom),
        `Petak ${kode} menempati kolom ${kolom}, baris ${baris} yang sudah dipakai ${other.kode} (baris ${other.line}). Pindahkan salah satunya.`,
      );
    else cells.set(key, { kode, line: row.line });
    petak.push({ kode, kolom, baris, label, pulau });
  }
  for (const [kode, nama] of known) {
    if (!seen.has(kode))
      issues.push({
        file,
        line: 0,
        column: 0,
        message: `${nama} (${kode}) belum punya petak. Tambahkan satu baris: ${kode},kolom,baris,label,pulau.`,
        severity: 'error',
      });
  }
  return { petak: petak.sort((a, b) => a.kode.localeCompare(b.kode)), issues };
}

/** The layout beside the boundaries (UCJ_GEO_DIR or data/geo/): geometry, not a dataset. */
export function readPetak(geoDir: string, regions: { kode: string; nama: string }[]) {
  const path = join(geoDir, 'petak.csv');
  if (!existsSync(path))
    return {
      petak: [],
      issues: [
        {
          file: `data/${PETAK_FILE}`,
          line: 0,
          column: 0,
          message: 'Berkas tata letak peta petak tidak ada. Kembalikan data/geo/petak.csv dari git.',
          severity: 'error' as const,
        },
      ],
    };
  return loadPetak(readFileSync(path, 'utf8'), regions);
}

// Source units (kecamatan, desa or kabupaten features) read into BPS kabupaten codes, and the
// kabupaten a source predates rebuilt from their kecamatan. Step 1–2 of buildTopology (topology.ts).

import type { MultiPolygon, Polygon } from 'geojson';
import { polygonsOf } from './rings.ts';
import type { AreaFeature, BuildOptions, BuildReport } from './topology.ts';

export interface ReassignRule {
  /** Kabupaten code under which the source still files the kecamatan. */
  from: string;
  /** Code of the newer kabupaten that should own them. */
  to: string;
  /** Official kecamatan names; matched after kecamatanKey on both sides. */
  kecamatan: string[];
}

export interface MovedUnit {
  sourceCode: string;
  sourceName: string;
  nama: string;
}

export interface Unit {
  code: string;
  kab: string;
  name: string;
  geometry: Polygon | MultiPolygon | null;
}

export function kecamatanKey(name: string): string {
  // GADM runs words together ("MalakaBarat", "Laenmanen"); BPS writes them
  // apart. Comparing letters and digits only makes both spellings meet.
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function digits(value: unknown): string {
  return value == null ? '' : String(value).replace(/\D/g, '');
}

function pick(rule: ReassignRule) {
  return { from: rule.from, to: rule.to };
}

/**
 * The features of the province, each with its kabupaten code, in code order; regencies the
 * source predates reassigned; every expected region present and no unknown one.
 */
export function sourceUnits(
  features: AreaFeature[],
  options: BuildOptions,
): { units: Unit[]; withoutCode: number; reassignment: BuildReport['reassignment'] } {
  const province = options.provinceCode;
  const expected = Object.keys(options.names).sort();
  const codeMap = new Map(Object.entries(options.codeMap ?? {}).map(([k, v]) => [digits(k), digits(v)]));
  // 1. Kabupaten code of each source unit.
  const units: Unit[] = [];
  let withoutCode = 0;
  for (const f of features) {
    const code = digits(f.properties?.[options.codeProperty]);
    if (code.length < 4) {
      withoutCode++;
      continue;
    }
    const kab = codeMap.get(code.slice(0, 4)) ?? code.slice(0, 4);
    if (!kab.startsWith(province)) continue;
    const name = options.nameProperty ? String(f.properties?.[options.nameProperty] ?? '') : '';
    units.push({ code, kab, name, geometry: f.geometry });
  }
  // A projected source (UTM metres, say) would run through the overlay and
  // come out as nonsense; catch it while the message can still say why.
  for (const u of units) {
    for (const rings of polygonsOf(u.geometry)) {
      for (const [x, y] of rings[0]) {
        if (!(Math.abs(x) <= 180 && Math.abs(y) <= 90)) {
          throw new Error(
            `Koordinat fitur ${u.code} (${x}, ${y}) bukan bujur/lintang. Ubah sumber ke WGS84 (EPSG:4326) lebih dahulu.`,
          );
        }
      }
    }
  }
  if (!units.length) {
    throw new Error(
      `Tidak ada fitur dengan kode provinsi ${province} pada properti "${options.codeProperty}". ` +
        'Periksa --code-property: nilainya harus kode BPS (mis. 5306010 atau 53.06).',
    );
  }
  // Code order, not source order, so that a reshuffled source gives the same file.
  units.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  // 2. Regencies the source predates (Malaka in GADM 4.1).
  const reassignment: BuildReport['reassignment'] = [];
  for (const rule of options.reassign ?? []) {
    if (units.some((u) => u.kab === rule.to)) {
      reassignment.push({ ...pick(rule), applied: false, reason: `sumber sudah memuat kode ${rule.to}`, moved: [] });
      continue;
    }
    if (!options.nameProperty) {
      throw new Error(
        `Sumber tidak memuat kode ${rule.to}; untuk menyusunnya dari kecamatan di ${rule.from} ` +
          'nama kecamatan diperlukan. Isi --name-property.',
      );
    }
    const wanted = new Map(rule.kecamatan.map((n) => [kecamatanKey(n), n]));
    const found = new Map<string, Unit[]>();
    for (const u of units) {
      if (u.kab !== rule.from) continue;
      const official = wanted.get(kecamatanKey(u.name));
      if (official !== undefined) (found.get(official) ?? found.set(official, []).get(official)!).push(u);
    }
    const missing = rule.kecamatan.filter((n) => !found.has(n));
    if (missing.length) {
      const available = units.filter((u) => u.kab === rule.from).map((u) => u.name);
      throw new Error(
        `Kecamatan untuk kode ${rule.to} tidak ditemukan di bawah kode ${rule.from}: ${missing.join(', ')}. ` +
          `Nama yang ada di sumber: ${[...new Set(available)].join(', ') || '(tidak ada)'}.`,
      );
    }
    const moved: MovedUnit[] = [];
    for (const n of rule.kecamatan) {
      for (const u of found.get(n)!) {
        u.kab = rule.to;
        moved.push({ sourceCode: u.code, sourceName: u.name, nama: n });
      }
    }
    reassignment.push({ ...pick(rule), applied: true, reason: `sumber belum memuat kode ${rule.to}`, moved });
  }

  const present = [...new Set(units.map((u) => u.kab))].sort();
  const missingRegions = expected.filter((k) => !present.includes(k));
  const unknownRegions = present.filter((k) => !expected.includes(k));
  if (missingRegions.length) {
    throw new Error(
      `Kabupaten/kota berikut tidak ada di sumber: ${missingRegions.map((k) => `${k} ${options.names[k]}`).join(', ')}.`,
    );
  }
  if (unknownRegions.length) {
    throw new Error(
      `Kode di sumber tidak dikenal di data/wilayah.csv: ${unknownRegions.join(', ')}. Periksa --code-map.`,
    );
  }
  return { units, withoutCode, reassignment };
}

// File access for the generator: the default sources that ship in
// node_modules, data/wilayah.csv and user-supplied GeoJSON.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { cell, readCsv } from '#pipeline/csv.ts';
import { COLUMNS } from '#pipeline/dataset.ts';
import { formatIssues } from '#pipeline/errors.ts';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { geometryWithBorder } from './border.ts';
import type { NeighbourLand, AreaFeature } from './topology.ts';
import type { ReassignRule } from './units.ts';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const GADM_DIR = path.join(ROOT, 'node_modules', 'geojson-indonesia', 'geojson');

export const GADM_KECAMATAN = path.join(GADM_DIR, 'gadm41_IDN_3.json');
export const GADM_PROVINSI = path.join(GADM_DIR, 'gadm41_IDN_1.json');
export const WORLD_ATLAS = path.join(ROOT, 'node_modules', 'world-atlas', 'countries-10m.json');
export const WILAYAH_CSV = path.join(ROOT, 'data', 'wilayah.csv');

/** Malaka (5321) was split from Belu (5306) by UU 3/2013; GADM 4.1 predates it. */
export const MALAKA: ReassignRule = {
  from: '5306',
  to: '5321',
  kecamatan: [
    'Malaka Barat',
    'Malaka Tengah',
    'Malaka Timur',
    'Rinhat',
    'Wewiku',
    'Weliman',
    'Sasita Mean',
    'Botin Leobele',
    'Io Kufeu',
    'Kobalima',
    'Kobalima Timur',
    'Laen Manen',
  ],
};

export function readJson<T>(file: string): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`Berkas tidak dapat dibaca: ${file} (${(err as Error).message})`, { cause: err });
  }
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new Error(`Berkas bukan JSON yang sah: ${file} (${(err as Error).message})`, { cause: err });
  }
}

export function packageVersion(name: string): string {
  return readJson<{ version: string }>(path.join(ROOT, 'node_modules', name, 'package.json')).version;
}

export interface Wilayah {
  provinsi: { kode: string; nama: string };
  kabupaten: Record<string, string>;
}

/**
 * The province row and kabupaten/kota names, read with the pipeline's CSV reader (same header
 * check, same Indonesian messages with file, line and column as `npm run data`).
 */
export function readWilayah(file: string, provinceCode: string): Wilayah {
  const label = path.relative(ROOT, file) || file;
  const { table, issues } = readCsv(label, readFileSync(file, 'utf8'), COLUMNS.wilayah);
  if (!table || issues.length) throw new Error(formatIssues(issues));
  let provinsi: Wilayah['provinsi'] | undefined;
  const kabupaten: Record<string, string> = {};
  for (const row of table.rows) {
    const kode = cell(table, row, 'kode');
    const nama = cell(table, row, 'nama');
    if (kode === provinceCode) provinsi = { kode, nama };
    else if (kode.length === 4 && kode.startsWith(provinceCode)) kabupaten[kode] = nama;
  }
  if (!provinsi) throw new Error(`${label} tidak memuat baris provinsi dengan kode ${provinceCode}.`);
  if (!Object.keys(kabupaten).length)
    throw new Error(`${label} tidak memuat kabupaten/kota berkode ${provinceCode}xx.`);
  return { provinsi, kabupaten };
}

export function readFeatures(file: string): AreaFeature[] {
  const data = readJson<FeatureCollection | Topology>(file);
  if (data.type === 'Topology') {
    // A TopoJSON input is accepted too: every collection in it is read.
    return Object.values(data.objects).flatMap((o) => {
      const fc = feature(data, o) as FeatureCollection | AreaFeature;
      return fc.type === 'FeatureCollection' ? (fc.features as AreaFeature[]) : [fc];
    });
  }
  if (data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    throw new Error(`${file} bukan GeoJSON FeatureCollection atau TopoJSON.`);
  }
  return (data.features as AreaFeature[]).filter(
    (f) => f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'),
  );
}

/** Nusa Tenggara Barat (GADM level 1) and Timor-Leste with Oecusse (Natural Earth 1:10m). */
export function readNeighbours(): NeighbourLand[] {
  const provinces = readJson<FeatureCollection<Polygon | MultiPolygon>>(GADM_PROVINSI);
  const ntb = provinces.features.find((f) => f.properties?.CC_1 === '52');
  if (!ntb) throw new Error(`Nusa Tenggara Barat (CC_1 52) tidak ditemukan di ${GADM_PROVINSI}.`);
  const world = readJson<Topology>(WORLD_ATLAS);
  const countries = world.objects.countries as GeometryCollection;
  const tl = countries.geometries.find((g) => String(g.id) === '626');
  const idn = countries.geometries.find((g) => String(g.id) === '360');
  if (!tl || !idn) throw new Error(`Timor-Leste (id 626) atau Indonesia (id 360) tidak ditemukan di ${WORLD_ATLAS}.`);
  // Arcs Timor-Leste shares with Indonesia are its land border, to be redrawn along NTT's outline.
  const { geometry, border } = geometryWithBorder(world, tl, idn);
  return [
    { id: '52', nama: 'Nusa Tenggara Barat', geometry: ntb.geometry },
    { id: '626', nama: 'Timor-Leste', geometry, border },
  ];
}

// npm run geo [-- flags]: regenerates data/geo/ntt-kabupaten.topo.json and its
// metadata. Run on demand only (when boundaries change), never on build; the
// output is committed. See data/geo/README.md.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  GADM_KECAMATAN,
  MALAKA,
  ROOT,
  WILAYAH_CSV,
  packageVersion,
  readFeatures,
  readJson,
  readNeighbours,
  readWilayah,
} from './sources.ts';
import { buildTopology, type BuildOptions, type BuildReport } from './topology.ts';
import { serializeTopology } from './topojson-tools.ts';
import { KODE_BPS } from '#model/constants.ts';

// A fixed date, not the clock: the same input must give the same bytes.
// Bump it (or pass --date) when the boundaries are regenerated for real.
export const GENERATED_DATE = '2026-11-21';

export const SETTINGS = {
  provinceCode: KODE_BPS.provinsi,
  // West edge shows eastern Sumbawa; east edge keeps Timor whole (Timor-Leste to 127.3°E).
  clipBox: [118.4, -11.1, 127.4, -8.0] as [number, number, number, number],
  minIslandKm2: 0.1,
  // Every enclosed empty face is a gap between sources (NTT has no lake big
  // enough for GADM to draw), so none is left as water.
  maxGapKm2: Infinity,
  simplifyKm2: 0.1,
  quantization: 5e4,
};

const HELP = `Pemakaian: npm run geo -- [opsi]

Tanpa opsi: membangun peta dari GADM 4.1 (paket geojson-indonesia).

  --input BERKAS           GeoJSON/TopoJSON lain (mis. batas wilayah BIG)
  --code-property NAMA     properti berisi kode BPS (bawaan: CC_3)
  --name-property NAMA     properti berisi nama kecamatan (bawaan: NAME_3)
  --code-map BERKAS        JSON {"kode sumber": "kode BPS"} bila sumber memakai kode lain
  --source-name TEKS       nama sumber untuk metadata
  --source-version TEKS    versi/tanggal sumber
  --source-url URL         alamat sumber
  --licence TEKS           lisensi sumber
  --attribution TEKS       atribusi yang wajib tampil di peta
  --config BERKAS          JSON berisi opsi di atas (kunci = nama opsi tanpa --)
  --neighbours PILIHAN     daratan tetangga: all (NTB + Timor-Leste), timor-leste, none (bawaan: all)
  --date YYYY-MM-DD        tanggal pembuatan yang dicatat (bawaan: ${GENERATED_DATE})
  --simplify-km2 ANGKA     ambang Visvalingam dalam km² (bawaan: ${SETTINGS.simplifyKm2})
  --quantization ANGKA     kuantisasi TopoJSON (bawaan: ${SETTINGS.quantization})
  --wilayah BERKAS         daftar wilayah (bawaan: data/wilayah.csv)
  --out BERKAS             keluaran TopoJSON (bawaan: data/geo/ntt-kabupaten.topo.json)
  --meta BERKAS            keluaran metadata (bawaan: data/geo/ntt-kabupaten.meta.json)
`;

const GADM_SOURCE = {
  'source-name': 'GADM 4.1, tingkat 3 (kecamatan)',
  'source-url': 'https://gadm.org',
  licence:
    'GADM: bebas untuk penggunaan akademik dan nonkomersial lainnya; tidak boleh didistribusikan ulang ' +
    'atau dipakai secara komersial tanpa izin (https://gadm.org/license.html).',
  attribution: 'GADM 4.1',
};

// A commercial publisher who swaps the kabupaten to BIG data can drop the
// GADM-derived neighbour (NTB) too and keep only public-domain Natural Earth.
const NEIGHBOUR_CHOICES: Record<string, string[]> = { all: ['52', '626'], 'timor-leste': ['626'], none: [] };

const STRING_FLAGS = [
  'input',
  'code-property',
  'name-property',
  'code-map',
  'source-name',
  'source-version',
  'source-url',
  'licence',
  'attribution',
  'config',
  'date',
  'simplify-km2',
  'quantization',
  'neighbours',
  'wilayah',
  'out',
  'meta',
] as const;
type Flag = (typeof STRING_FLAGS)[number];

function relativeToRoot(file: string): string {
  const rel = path.relative(ROOT, file);
  return (rel.startsWith('..') ? path.basename(file) : rel).split(path.sep).join('/');
}

function positiveNumber(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${flag} harus berupa angka positif, bukan "${value}".`);
  return n;
}

export interface Generated {
  outFile: string;
  metaFile: string;
  topoText: string;
  metaText: string;
  report: BuildReport;
}

/** Everything the command does except writing: tests compare its text with the committed files. */
export function generate(argv: string[]): Generated | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...(Object.fromEntries(STRING_FLAGS.map((f) => [f, { type: 'string' }])) as Record<Flag, { type: 'string' }>),
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return null;
  }
  const flags: Partial<Record<Flag, string>> = {};
  if (values.config) {
    const configFile = path.resolve(values.config as string);
    const config = readJson<Record<string, unknown>>(configFile);
    for (const [k, v] of Object.entries(config)) {
      if (!(STRING_FLAGS as readonly string[]).includes(k) || k === 'config') {
        throw new Error(`Kunci tidak dikenal di ${values.config}: "${k}".`);
      }
      // Paths in a config file are relative to the config file itself.
      flags[k as Flag] =
        k === 'input' || k === 'code-map' ? path.resolve(path.dirname(configFile), String(v)) : String(v);
    }
  }
  // Command-line flags win over the config file.
  for (const f of STRING_FLAGS) if (values[f] !== undefined) flags[f] = values[f] as string;

  const date = flags.date ?? GENERATED_DATE;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`--date harus berformat YYYY-MM-DD, bukan "${date}".`);

  const custom = flags.input !== undefined;
  const input = path.resolve(flags.input ?? GADM_KECAMATAN);
  const codeProperty = flags['code-property'] ?? (custom ? undefined : 'CC_3');
  if (!codeProperty) throw new Error('Dengan --input, --code-property (properti berisi kode BPS) wajib diisi.');
  const nameProperty = flags['name-property'] ?? (custom ? undefined : 'NAME_3');
  const codeMap = flags['code-map'] ? readJson<Record<string, string>>(path.resolve(flags['code-map'])) : undefined;
  const wilayahFile = path.resolve(flags.wilayah ?? WILAYAH_CSV);
  const outFile = path.resolve(flags.out ?? path.join(ROOT, 'data', 'geo', 'ntt-kabupaten.topo.json'));
  const metaFile = path.resolve(flags.meta ?? path.join(ROOT, 'data', 'geo', 'ntt-kabupaten.meta.json'));

  const neighbourChoice = flags.neighbours ?? 'all';
  const neighbourIds = NEIGHBOUR_CHOICES[neighbourChoice];
  if (!neighbourIds) {
    throw new Error(
      `--neighbours harus salah satu dari ${Object.keys(NEIGHBOUR_CHOICES).join(', ')}, bukan "${neighbourChoice}".`,
    );
  }

  const wilayah = readWilayah(wilayahFile, SETTINGS.provinceCode);
  const options: BuildOptions = {
    codeProperty,
    nameProperty,
    provinceCode: SETTINGS.provinceCode,
    provinceName: wilayah.provinsi.nama,
    names: wilayah.kabupaten,
    codeMap,
    reassign: [MALAKA],
    neighbours: readNeighbours().filter((n) => neighbourIds.includes(n.id)),
    clipBox: SETTINGS.clipBox,
    minIslandKm2: SETTINGS.minIslandKm2,
    maxGapKm2: SETTINGS.maxGapKm2,
    simplifyKm2: flags['simplify-km2'] ? positiveNumber('simplify-km2', flags['simplify-km2']) : SETTINGS.simplifyKm2,
    quantization: flags.quantization ? positiveNumber('quantization', flags.quantization) : SETTINGS.quantization,
  };
  const { topology, report } = buildTopology(readFeatures(input), options);

  const gadmVersion = packageVersion('geojson-indonesia');
  const source = custom
    ? {
        name: flags['source-name'] ?? `Sumber khusus: ${path.basename(input)}`,
        version: flags['source-version'] ?? 'tidak disebutkan',
        url: flags['source-url'] ?? null,
        file: relativeToRoot(input),
        codeProperty,
        nameProperty: nameProperty ?? null,
        codeMap: flags['code-map'] ? relativeToRoot(path.resolve(flags['code-map'])) : null,
        licence: flags.licence ?? 'tidak disebutkan; periksa lisensi sumber sebelum terbit',
        attribution: flags.attribution ?? flags['source-name'] ?? path.basename(input),
      }
    : {
        name: flags['source-name'] ?? GADM_SOURCE['source-name'],
        version: flags['source-version'] ?? `4.1 (paket npm geojson-indonesia ${gadmVersion})`,
        url: flags['source-url'] ?? GADM_SOURCE['source-url'],
        file: relativeToRoot(input),
        codeProperty,
        nameProperty: nameProperty ?? null,
        codeMap: null,
        licence: flags.licence ?? GADM_SOURCE.licence,
        attribution: flags.attribution ?? GADM_SOURCE.attribution,
      };

  const neighbours = [
    {
      id: '52',
      nama: 'Nusa Tenggara Barat',
      source: `GADM 4.1 tingkat 1 (paket npm geojson-indonesia ${gadmVersion})`,
      licence: GADM_SOURCE.licence,
      attribution: GADM_SOURCE.attribution,
    },
    {
      id: '626',
      nama: 'Timor-Leste (termasuk Oecusse dan Atauro)',
      source: `Natural Earth 1:10m Admin 0, versi 4.1.0 (paket npm world-atlas ${packageVersion('world-atlas')})`,
      licence: 'Natural Earth: domain publik; world-atlas: ISC',
      attribution: 'Natural Earth',
    },
  ].filter((n) => neighbourIds.includes(n.id));

  const meta = {
    file: path.basename(outFile),
    generated: date,
    generator: 'scripts/geo/build-topology.ts (npm run geo)',
    source,
    names: relativeToRoot(wilayahFile),
    neighbours,
    attribution: [source.attribution, ...neighbours.map((n) => n.attribution)]
      .filter((v, i, a) => a.indexOf(v) === i)
      .join('; '),
    objects: {
      kabupaten: `GeometryCollection, ${report.regions.length} kabupaten/kota; id = kode BPS (string), properties.nama dari data/wilayah.csv`,
      provinsi: `GeometryCollection, 1 geometri: gabungan ${report.regions.length} kabupaten/kota (id ${SETTINGS.provinceCode})`,
      tetangga: `GeometryCollection: ${neighbours.map((n) => `${n.nama} (id ${n.id})`).join(', ') || 'kosong'}; dipotong ke clipBox`,
    },
    winding: 'cincin luar searah jarum jam, lubang berlawanan (konvensi sferis d3-geo)',
    malaka: report.reassignment.find((r) => r.to === MALAKA.to) ?? null,
    cleaning: {
      why: custom
        ? 'sumber diperlakukan sama dengan GADM: celah dan tumpang-tindih antarfitur, bila ada, dibereskan'
        : 'GADM di paket geojson-indonesia disederhanakan per fitur, sehingga batas kecamatan yang bertetangga ' +
          'tidak berimpit (celah dan tumpang-tindih).',
      method:
        'overlay planar: semua tepi dipotong di titik potongnya, tiap muka diberi wilayah yang menutupinya; ' +
        'tumpang-tindih dan celah tertutup diberikan ke wilayah tetangga dengan batas bersama terpanjang',
      islandsDropped: report.islandsDropped,
      ...report.cleaning,
    },
    neighbourCleaning: report.neighbourCleaning && {
      method:
        'batas darat Timor-Leste (Natural Earth) digambar ulang mengikuti garis luar NTT dari sumber utama; ' +
        'tumpang-tindih dimenangkan NTT, celah tertutup diberikan ke daratan tetangga (termasuk segmen ' +
        'perbatasan yang belum disepakati, mis. sekitar Naktuka/Oecusse dan Memo)',
      ...report.neighbourCleaning,
    },
    simplification: {
      method: 'Visvalingam (topojson-simplify presimplify/simplify, luas segitiga sferis), arc bersama tetap bersama',
      minTriangleKm2: options.simplifyKm2,
      minIslandKm2: options.minIslandKm2,
      maxGapKm2: Number.isFinite(options.maxGapKm2) ? options.maxGapKm2 : 'semua celah tertutup diisi',
      smallRingsKeep: 'pulau yang tersisa dijaga minimal 3 titik',
      quantization: options.quantization,
      clipBox: options.clipBox,
      arcs: report.arcs,
      points: report.points,
      maxDeviationPct: report.maxDeviationPct,
    },
    regions: report.regions,
  };

  return {
    outFile,
    metaFile,
    topoText: serializeTopology(topology),
    metaText: `${JSON.stringify(meta, null, 2)}\n`,
    report,
  };
}

export function run(argv: string[]): Generated | null {
  const g = generate(argv);
  if (!g) return null;
  mkdirSync(path.dirname(g.outFile), { recursive: true });
  mkdirSync(path.dirname(g.metaFile), { recursive: true });
  writeFileSync(g.outFile, g.topoText);
  writeFileSync(g.metaFile, g.metaText);
  const malaka = g.report.regions.find((r) => r.kode === MALAKA.to);
  process.stdout.write(
    `Ditulis ${relativeToRoot(g.outFile)} (${Buffer.byteLength(g.topoText)} bita) dan ${relativeToRoot(g.metaFile)}.\n` +
      `${g.report.regions.length} kabupaten/kota; selisih luas terbesar setelah penyederhanaan ${g.report.maxDeviationPct} %.\n` +
      (malaka ? `Malaka: ${malaka.finalKm2} km².\n` : ''),
  );
  return g;
}

if (import.meta.main) {
  try {
    run(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`Gagal membangun peta: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}

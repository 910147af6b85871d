import { geoMercator, geoPath, geoCentroid, type GeoPermissibleObjects } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { FeatureCollection, Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { z } from 'zod';
import topoJson from '@geo/ntt-kabupaten.topo.json';
import { t } from '#i18n/id.ts';
import type { Shapes } from './petak.ts';

type Objek = {
  kabupaten: GeometryCollection<{ nama: string }>;
  provinsi: GeometryCollection;
  tetangga: GeometryCollection<{ nama: string }>;
};
// The boundary file is swappable (npm run geo -- --input …): its shape is checked here, once,
// so a file without the three layers the map draws stops the build with its name.
const lapisan = (properties: z.ZodType) =>
  z.looseObject({
    type: z.literal('GeometryCollection'),
    geometries: z.array(z.looseObject({ type: z.string(), properties })),
  });
const bernama = lapisan(z.looseObject({ nama: z.string() }));
const topologi = z.looseObject({
  type: z.literal('Topology'),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.looseObject({ kabupaten: bernama, provinsi: lapisan(z.unknown()), tetangga: bernama }),
});
const isTopologi = (x: unknown): x is Topology<Objek> => topologi.safeParse(x).success;

export function bacaTopologi(x: unknown): Topology<Objek> {
  if (isTopologi(x)) return x;
  const masalah = topologi.safeParse(x).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
  throw new Error(
    `data/geo/ntt-kabupaten.topo.json bukan TopoJSON dengan lapisan kabupaten, provinsi, dan tetangga (${masalah.slice(0, 3).join('; ')}). Buat ulang dengan npm run geo.`,
  );
}
const topo = bacaTopologi(topoJson);

// Where each island's name is printed; the names themselves are the dictionary's (t.peta.pulau).
const ISLAND_LABELS: { text: string; at: [number, number] }[] = (
  [
    ['sumba', [119.75, -10.3]],
    ['flores', [121.2, -8.2]],
    ['timor', [124.0, -10.45]],
    ['alor', [124.7, -8.02]],
    ['rote', [122.75, -11.05]],
    ['sabu', [121.8, -10.8]],
  ] as const
).map(([pulau, at]) => ({ text: t.peta.pulau[pulau], at: [...at] }));

const WIDTH = 800;
const HEIGHT = 420;
/**
 * A region narrower than this (map units) in either direction is under 24 px across on a 375-px
 * phone, where the map is drawn at about 0.43 of its size: it gets a 24-px hit circle at its centre.
 */
const HIT_MIN = 56;
export const features = {
  kabupaten: feature(topo, topo.objects.kabupaten) as FeatureCollection<Geometry, { nama: string }>,
  provinsi: feature(topo, topo.objects.provinsi) as FeatureCollection,
  tetangga: feature(topo, topo.objects.tetangga) as FeatureCollection<Geometry, { nama: string }>,
};
const neighbourIndex = neighbors(topo.objects.kabupaten.geometries);

const projection = geoMercator()
  .fitExtent(
    [
      [10, 10],
      [WIDTH - 10, HEIGHT - 10],
    ],
    features.provinsi as GeoPermissibleObjects,
  )
  .clipExtent([
    [0, 0],
    [WIDTH, HEIGHT],
  ]);
// One decimal of a pixel is invisible at any screen size and halves the path text.
const path = geoPath(projection).digits(1);

/**
 * The Timor inset: the island where the published kabupaten figures are, drawn about two and a
 * half times larger so Belu, Malaka and Kota Kupang can be read and tapped on a phone. The
 * island is found from the data (regions whose land touches Timor-Leste's island, by longitude
 * and latitude), not from a list of codes.
 */
export const INSET_W = 400;
export const INSET_H = 210;
const TIMOR_BOX = { west: 123.2, east: 125.4, south: -10.5, north: -8.9 };
const onTimor = (f: Feature<Geometry, { nama: string }>) => {
  const [lon, lat] = geoCentroid(f);
  return lon >= TIMOR_BOX.west && lon <= TIMOR_BOX.east && lat >= TIMOR_BOX.south && lat <= TIMOR_BOX.north;
};
export const insetFeatures = features.kabupaten.features.filter(onTimor);
export const insetProjection = geoMercator()
  .fitExtent(
    [
      [6, 6],
      [INSET_W - 6, INSET_H - 6],
    ],
    { type: 'FeatureCollection', features: insetFeatures } as GeoPermissibleObjects,
  )
  .clipExtent([
    [0, 0],
    [INSET_W, INSET_H],
  ]);
export const insetPath = geoPath(insetProjection).digits(1);

export const choropleth: Shapes = (() => {
  const regions = new Map<string, { d: string; cx: number; cy: number; kecil: boolean; hit: boolean }>();
  for (const f of features.kabupaten.features) {
    const [cx, cy] = projection(geoCentroid(f))!;
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    regions.set(String(f.id), {
      d: path(f) ?? '',
      cx,
      cy,
      kecil: (x1 - x0) * (y1 - y0) < 600,
      hit: Math.min(x1 - x0, y1 - y0) < HIT_MIN,
    });
  }
  return {
    width: WIDTH,
    height: HEIGHT,
    regions,
    neighbours: neighbourIndex,
    context: features.tetangga.features.map((f) => ({ nama: f.properties.nama, d: path(f) ?? '' })),
    outline: path(features.provinsi) ?? '',
    labels: ISLAND_LABELS.map((l) => {
      const [x, y] = projection(l.at)!;
      return { text: l.text, x: Math.round(x), y: Math.round(y) };
    }),
    tileLabels: new Map(),
  };
})();

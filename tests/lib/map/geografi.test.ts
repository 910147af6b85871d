// The boundary file's shape is checked where the map loads it (src/lib/map/geografi.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bacaTopologi, features } from '#lib/map/geografi.ts';
import { ROOT } from '#support/dataset.ts';

const asli = JSON.parse(readFileSync(join(ROOT, 'data', 'geo', 'ntt-kabupaten.topo.json'), 'utf8'));

describe('bacaTopologi', () => {
  it('accepts the committed boundaries and keeps every region', () => {
    expect(bacaTopologi(asli).objects.kabupaten.geometries.length).toBe(features.kabupaten.features.length);
  });

  it('refuses a file without a layer the map draws, naming the layer and the fix', () => {
    const { tetangga: _, ...objects } = asli.objects;
    expect(() => bacaTopologi({ ...asli, objects })).toThrow(/tetangga.*npm run geo/);
    expect(() => bacaTopologi({ type: 'FeatureCollection', features: [] })).toThrow(/bukan TopoJSON/);
  });

  it('refuses regions without a name', () => {
    const kabupaten = {
      ...asli.objects.kabupaten,
      geometries: [{ ...asli.objects.kabupaten.geometries[0], properties: {} }],
    };
    expect(() => bacaTopologi({ ...asli, objects: { ...asli.objects, kabupaten } })).toThrow(
      /kabupaten\.geometries\.0/,
    );
  });
});

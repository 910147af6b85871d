/**
 * The number components: their text is a figure bound to the data, rendered by Terikat.astro.
 * A family of its own because the MDX pipeline (mdx.ts, loaded with astro.config.mjs) needs
 * their names without the charts and the map.
 */
import { ANGKA } from './angka.ts';
import { PERINGKAT } from './peringkat.ts';
import { TURUNAN } from './turunan.ts';

export const TERIKAT = { ...ANGKA, ...TURUNAN, ...PERINGKAT };

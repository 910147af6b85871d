// npm run dev: the Astro dev server on the data as it is now in data/. The JSON comes from
// `npm run data` (.cache/dev/generated/), never from the published build, which only
// `npm run build` replaces.
import { dev } from 'astro';
import { DEV_GENERATED_DIR, ROOT } from '#pipeline/pipeline.ts';

process.env.UCJ_GENERATED_DIR = DEV_GENERATED_DIR;
await dev({ root: ROOT });

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The same aliases as astro.config.mjs, so unit tests import the map model as pages do.
  resolve: {
    alias: {
      '@geo': process.env.UCJ_GEO_DIR ?? fileURLToPath(new URL('./data/geo', import.meta.url)),
      '@generated': process.env.UCJ_GENERATED_DIR ?? fileURLToPath(new URL('./src/generated', import.meta.url)),
    },
  },
  test: {
    include: ['tests/**/*.test.ts', 'scripts/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
  },
});

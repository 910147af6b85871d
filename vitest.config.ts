import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@geo': fileURLToPath(new URL('./data/geo', import.meta.url)) } },
  test: {
    include: ['tests/**/*.test.ts', 'scripts/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
  },
});

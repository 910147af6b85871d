// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { PREVIEW_WARNING, resolveSitus } from './src/lib/situs.ts';
import { artikelMdx } from './src/lib/artikel/mdx.ts';

// Newsrooms host the site at their own address, often under a sub-path such as /ucj-ntt/:
// both are build-time settings, so every internal link and canonical URL follows them.
const base = process.env.BASE_PATH ?? '/';
// The publishing address comes from situs.config.json (SITE_URL overrides it). Without one
// the build is a local preview: no localhost fallback, which used to end up in embed code.
const situs = resolveSitus();
if (!situs.alamat) console.warn(`\n${PREVIEW_WARNING}\n`);
const site = situs.alamat?.href;
// Pages read the pipeline's output through this alias; tests point it at a scratch folder.
const generated = process.env.UCJ_GENERATED_DIR
  ? resolve(process.env.UCJ_GENERATED_DIR)
  : fileURLToPath(new URL('./src/generated', import.meta.url));
// Boundaries and their credit; tests point it at a fixture metadata file.
const geo = process.env.UCJ_GEO_DIR
  ? resolve(process.env.UCJ_GEO_DIR)
  : fileURLToPath(new URL('./data/geo', import.meta.url));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Sitemap of the HTML pages; embeds are other sites' content and stay out (robots.txt too).
  // A sitemap needs absolute addresses: a preview build without one has none.
  // Articles are read for the checker and their number components bound while MDX parses them.
  integrations: [
    mdx({ processor: satteri({ mdastPlugins: [artikelMdx] }) }),
    ...(site ? [sitemap({ filter: (page) => !page.includes('/embed/') })] : []),
  ],
  build: {
    // One cached stylesheet instead of inline <style>: lets the CSP forbid inline styles.
    inlineStylesheets: 'never',
    format: 'directory',
  },
  devToolbar: { enabled: false },
  prefetch: false,
  // Every script as a file, never inlined: the CSP allows scripts from 'self' only.
  vite: { resolve: { alias: { '@generated': generated, '@geo': geo } }, build: { assetsInlineLimit: 0 } },
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Newsrooms host the site at their own address, often under a sub-path such as /ucj-ntt/:
// both are build-time settings, so every internal link and canonical URL follows them.
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx()],
  build: {
    // One cached stylesheet instead of inline <style>: lets the CSP forbid inline styles.
    inlineStylesheets: 'never',
    format: 'directory',
  },
  devToolbar: { enabled: false },
  prefetch: false,
});

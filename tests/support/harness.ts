// One browser and one server per test file, started in beforeAll and reused by every test.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Browser } from 'playwright-core';
import { serve, type Served } from '#scripts/serve.ts';
import { launchBrowser, type LaunchedBrowser } from '#support/browser.ts';
import { BASE, DIST, requireBuild } from '#support/site.ts';

export interface Harness {
  browser: Browser;
  served: Served;
}

/** Start timeouts are generous: a cold Chromium on a busy 2-core machine can take seconds. */
export function useBrowserAndServer(options: { dist?: () => string; base?: string } = {}): Harness {
  const h = {} as Harness;
  let launched: LaunchedBrowser | null = null;
  let startError: unknown = null;
  beforeAll(async () => {
    try {
      const dist = options.dist?.() ?? DIST;
      requireBuild(dist);
      // Browser first: when it is missing, that is the message the reader needs.
      launched = await launchBrowser();
      h.browser = launched.browser;
      h.served = await serve({ root: dist, base: options.base ?? BASE });
    } catch (err) {
      startError = err;
    }
  }, 60_000);
  // A failed hook would only mark the tests "skipped"; every test fails with the reason instead.
  beforeEach(() => {
    if (startError) throw startError;
  });
  afterAll(async () => {
    await h.served?.close();
    await launched?.close();
  });
  return h;
}

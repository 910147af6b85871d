// Lighthouse (mobile profile, its default simulated throttling) against Debian's Chromium.
// Used by scripts/bench.ts; slow, so never part of npm test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '#support/browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export const TARGETS: Record<Category, number> = {
  performance: 100,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

export interface LighthouseResult {
  url: string;
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transferBytes: number;
  /** Failed audits that cost points, for the report. */
  failing: string[];
}

export interface LighthouseSession {
  run: (url: string) => Promise<LighthouseResult>;
  close: () => Promise<void>;
}

/** One Chromium for all runs; Lighthouse clears its storage between them. */
export async function startLighthouse(): Promise<LighthouseSession> {
  const profile = mkdtempSync(join(tmpdir(), 'ucj-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: CHROMIUM_ARGS,
    userDataDir: profile,
    logLevel: 'silent',
  });
  return {
    run: async (url) => {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse tidak menghasilkan laporan untuk ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse gagal memuat ${url}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      ) as Record<Category, number>;
      const failing = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter(
            (ref) =>
              ref.weight > 0 &&
              (lhr.audits[ref.id]?.score ?? 1) < 1 &&
              lhr.audits[ref.id]?.scoreDisplayMode !== 'notApplicable',
          )
          .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id]?.title})`),
      );
      const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      return {
        url,
        scores,
        lcpMs: num('largest-contentful-paint'),
        tbtMs: num('total-blocking-time'),
        cls: num('cumulative-layout-shift'),
        transferBytes: num('total-byte-weight'),
        failing,
      };
    },
    close: async () => {
      chrome.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Debian's Chromium driven by playwright-core. Playwright's own browser download cannot work
// on these machines, so a missing browser is an error with install instructions, never a skip.
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export const NO_BROWSER_MESSAGE =
  'Chromium tidak ditemukan, jadi uji peramban (aksesibilitas, anggaran ukuran, keamanan) tidak bisa dijalankan. ' +
  'Pasang dengan: sudo apt-get install -y chromium (Debian/Ubuntu), atau tunjuk peramban Chromium/Chrome lain ' +
  'dengan CHROME_PATH=/jalur/ke/chromium. Uji ini tidak dilewati diam-diam.';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH=${fromEnv} tidak bisa dijalankan. ${NO_BROWSER_MESSAGE}`);
  }
  const found = CANDIDATES.find(executable);
  if (!found) throw new Error(NO_BROWSER_MESSAGE);
  return found;
}

export interface LaunchedBrowser {
  browser: Browser;
  close: () => Promise<void>;
}

/** One browser per test file. Playwright gives it a fresh profile folder and removes it. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, ...options });
  return { browser, close: () => browser.close().catch(() => {}) };
}

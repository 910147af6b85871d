// Readers see journalism, not machinery (issue 10): no data version, commit-like hex string or
// research-log phrase in the text of any reader page, with every folded note opened. The data
// version stays where a citation or embed code is offered ("Kutip", "Sematkan"), and on the
// change log /riwayat/ and its release pages, the record of versions; partner embeds are not
// reader pages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '#support/harness.ts';
import { DIST, listPages, urlOf } from '#support/site.ts';

const h = useBrowserAndServer();
const built = existsSync(join(DIST, 'index.html'));
const readerPages = built
  ? listPages().filter((p) => p.type !== 'embed' && p.type !== 'petak' && !p.path.startsWith('/riwayat/'))
  : [];
// The version of the data this build published, from its own download.
const versi = built
  ? (JSON.parse(readFileSync(join(DIST, 'unduh', 'data-ucj-ntt.json'), 'utf8')) as { versi: string }).versi
  : '';
/** A hex run of seven or more characters with both digits and letters: a commit or version id. */
const HEX = /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/gi;
const PHRASES = [/belum diperiksa ulang/i, /catatan riset/i, /Daftar klaim/i, /Klaim yang diperiksa/i, /versi data/i];

describe.skipIf(!built)('tanpa mesin di halaman pembaca', () => {
  it('the reader pages include home, data, map, article and kabupaten pages', () => {
    const types = new Set(readerPages.map((p) => p.type));
    for (const type of ['home', 'data', 'peta', 'artikel', 'kabupaten', 'metodologi', 'tentang'])
      expect(types, type).toContain(type);
    expect(versi).toMatch(/^[0-9a-f]{7,}$/);
  });

  it('no version, hex id, machinery phrase or bare web address in the visible text, folded notes opened', async () => {
    const context = await h.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const problems: string[] = [];
    try {
      for (const p of readerPages) {
        await page.goto(urlOf(h.served.url, p.path));
        const found = await page.evaluate(() => {
          for (const d of document.querySelectorAll('details')) if (!d.matches('.kutip, .sematkan')) d.open = true;
          for (const d of document.querySelectorAll<HTMLDetailsElement>('details.kutip, details.sematkan'))
            d.open = false;
          // A web address a reader cannot tap: shown text outside links, code and the offered snippets
          // (sources print their address on paper only, .cetak-url).
          const bare: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode())
            if (
              /https?:\/\//.test(n.textContent ?? '') &&
              n.parentElement?.checkVisibility() &&
              !n.parentElement.closest('a, code, pre, textarea, .kutip, .sematkan')
            )
              bare.push((n.textContent ?? '').trim().slice(0, 60));
          return { text: document.body.innerText, bare };
        });
        const { text, bare } = found;
        for (const b of bare) problems.push(`${p.path}: alamat web tanpa tautan "${b}"`);
        if (text.includes(versi)) problems.push(`${p.path}: versi data ${versi}`);
        for (const m of text.matchAll(HEX)) problems.push(`${p.path}: "${m[0]}"`);
        for (const re of PHRASES) if (re.test(text)) problems.push(`${p.path}: ${re}`);
      }
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);
});

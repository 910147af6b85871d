// /tentang/ names the publisher and the corrections contact from situs.config.json. Without a
// contact the page does not invite readers to write to an address that is not there: it says
// how each figure can be checked and where corrections are recorded.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, DIST, ROOT } from '#support/site.ts';

const built = existsSync(join(DIST, 'tentang', 'index.html'));
const config = JSON.parse(readFileSync(join(ROOT, 'situs.config.json'), 'utf8')) as {
  penerbit?: string;
  koreksi?: string;
};
const koreksi = (config.koreksi ?? '').trim();

describe.skipIf(!built)('/tentang/: penerbit dan kontak koreksi', () => {
  const html = built ? readFileSync(join(DIST, 'tentang', 'index.html'), 'utf8') : '';
  const section = /<h2>Koreksi<\/h2>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';

  it('names the publisher from the site config', () => {
    expect(html).toContain(`<p>${(config.penerbit ?? '').trim()}</p>`);
  });

  it('the corrections section fits the config: a contact link when there is one, no invitation to nowhere otherwise', () => {
    expect(section).not.toBe('');
    expect(section).toContain(`href="${BASE}riwayat/"`);
    // Never a placeholder where the contact would go.
    expect(section).not.toMatch(/\[|\]|TODO|contoh@|example\.|kontak belum|belum diisi/i);
    if (koreksi) {
      expect(section).toMatch(new RegExp(`href="(mailto:)?${koreksi.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
    } else {
      expect(section).not.toMatch(/mailto:|kirimkan|sampaikan kepada/i);
    }
  });
});

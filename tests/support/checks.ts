// Checks that need a rendered page: keyboard reach and visible focus, reduced motion, the map's
// table alternative, image sizing and lazy loading. Each returns a list of problems in Bahasa
// Indonesia (empty when fine), so a failing test says what to fix.
import type { Page } from 'playwright-core';

/** Mobile first: most readers in NTT are on phones. Same size as Lighthouse's mobile profile. */
export const VIEWPORT = { width: 412, height: 823 };

// Runs in the page. Describes an element for messages, and takes a fingerprint of everything a
// focus indicator could change, for the element, its parent and its first children.
const PAGE_HELPERS = `(() => {
  if (window.__qa) return;
  const describe = (el) => {
    const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('title') || '').trim().replace(/\\s+/g, ' ').slice(0, 50);
    const attr = el.getAttribute('href') || el.getAttribute('src') || '';
    return '<' + el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (attr ? ' ' + attr.slice(0, 60) : '') + '> "' + text + '"';
  };
  const one = (el, pseudo) => {
    const cs = getComputedStyle(el, pseudo);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 ? cs.outlineStyle + ' ' + cs.outlineWidth + ' ' + cs.outlineColor : 'none';
    return [outline, cs.boxShadow, cs.backgroundColor, cs.color, cs.borderTopColor, cs.borderBottomColor, cs.borderBottomWidth,
      cs.textDecorationLine, cs.textDecorationThickness, cs.stroke, cs.strokeWidth, cs.fill, cs.filter, cs.opacity, cs.transform].join('|') +
      (pseudo ? '' : '|' + one(el, '::before') + '|' + one(el, '::after'));
  };
  const fingerprint = (el) => [el, el.parentElement, ...Array.from(el.children).slice(0, 3)].filter(Boolean).map((e) => one(e)).join('#');
  window.__qa = { describe, fingerprint, base: new Map() };
})()`;

export interface KeyboardReport {
  candidates: number;
  reached: number;
  problems: string[];
}

/**
 * Tabs through the whole page from the top, as a keyboard user would, and checks that every
 * focusable, rendered element is reached, that focus changes how it looks, and that it is on
 * screen when focused. Elements with a negative tabindex are left out on purpose: they belong
 * to widgets that move focus with arrow keys (the map's regions).
 */
export async function keyboardWalk(page: Page): Promise<KeyboardReport> {
  await page.evaluate(PAGE_HELPERS);
  const candidates = await page.evaluate(() => {
    const qa = (
      window as unknown as {
        __qa: { describe: (e: Element) => string; fingerprint: (e: Element) => string; base: Map<string, string> };
      }
    ).__qa;
    const selector =
      'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, summary, [tabindex], [contenteditable=""], [contenteditable="true"], audio[controls], video[controls]';
    (document.activeElement as HTMLElement | null)?.blur();
    const out: { id: string; desc: string }[] = [];
    let n = 0;
    for (const el of document.querySelectorAll(selector)) {
      if (el.matches(':disabled') || Number(el.getAttribute('tabindex') ?? 0) < 0 || el.closest('[inert]')) continue;
      if (el.tagName === 'SUMMARY' && el.parentElement?.querySelector(':scope > summary') !== el) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const id = String(n++);
      el.setAttribute('data-qa-kb', id);
      qa.base.set(id, qa.fingerprint(el));
      out.push({ id, desc: qa.describe(el) });
    }
    window.scrollTo(0, 0);
    return out;
  });

  const problems: string[] = [];
  if (candidates.length === 0) return { candidates: 0, reached: 0, problems };
  const reached = new Set<string>();
  let first: string | null = null;
  let lastIframe: string | null = null;
  let previous = '';
  // Focus on <body> is normal once, after the last element (it leaves the page before
  // wrapping to the first). Anywhere else it means focus was lost, e.g. into a removed tooltip.
  let lostAfter: string | null = null;
  let bodies = 0;
  // Generous: a frame's own links are tabbed through while its <iframe> stays focused.
  const maxSteps = candidates.length * 2 + 60;
  for (let step = 0; step < maxSteps; step++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const qa = (
        window as unknown as {
          __qa: { describe: (e: Element) => string; fingerprint: (e: Element) => string; base: Map<string, string> };
        }
      ).__qa;
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      const r = el.getBoundingClientRect();
      const id = el.getAttribute('data-qa-kb');
      const cs = getComputedStyle(el);
      return {
        id,
        desc: qa.describe(el),
        iframe: el.tagName === 'IFRAME',
        // Chromium makes a scrolling box without focusable content a tab stop by itself.
        scroller:
          /auto|scroll/.test(cs.overflowX + cs.overflowY) &&
          (el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight),
        onScreen:
          r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
        // Focus moved by the keyboard must show: something in the fingerprint has to change.
        visible: id !== null && qa.base.get(id) !== qa.fingerprint(el),
      };
    });
    if (!info) {
      if (reached.size > 0) lostAfter ??= previous;
      if (++bodies > 3) break;
      continue;
    }
    bodies = 0;
    if (info.id === null) {
      if (!info.scroller)
        problems.push(`Fokus jatuh ke elemen yang tidak terdaftar sebagai bisa difokus: ${info.desc}`);
      previous = info.desc;
      continue;
    }
    if (info.id === first) break;
    if (info.iframe && info.id === lastIframe) continue;
    lastIframe = info.iframe ? info.id : null;
    first ??= info.id;
    if (lostAfter !== null) {
      problems.push(`Fokus hilang ke <body> setelah ${lostAfter} (elemen yang difokus disembunyikan atau dihapus?)`);
      lostAfter = null;
    }
    if (reached.has(info.id)) {
      problems.push(`Urutan Tab kembali ke ${info.desc} sebelum semua elemen tercapai (jebakan fokus?)`);
      break;
    }
    reached.add(info.id);
    previous = info.desc;
    if (!info.onScreen) problems.push(`Elemen yang difokus berada di luar layar: ${info.desc}`);
    if (!info.iframe && !info.visible)
      problems.push(`Fokus tidak terlihat (tidak ada outline atau perubahan gaya saat difokus): ${info.desc}`);
  }
  for (const c of candidates) if (!reached.has(c.id)) problems.push(`Tidak bisa dicapai dengan tombol Tab: ${c.desc}`);
  await page.evaluate(() => document.querySelectorAll('[data-qa-kb]').forEach((e) => e.removeAttribute('data-qa-kb')));
  return { candidates: candidates.length, reached: reached.size, problems };
}

/** Under prefers-reduced-motion: reduce nothing may animate, transition, or scroll smoothly. */
export async function motionProblems(page: Page): Promise<string[]> {
  await page.evaluate(PAGE_HELPERS);
  return page.evaluate(() => {
    const qa = (window as unknown as { __qa: { describe: (e: Element) => string } }).__qa;
    const out: string[] = [];
    if (!matchMedia('(prefers-reduced-motion: reduce)').matches)
      out.push('Emulasi prefers-reduced-motion tidak aktif: uji ini tidak sah.');
    const moving = (durations: string) => durations.split(',').some((d) => parseFloat(d) > 0);
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const cs = getComputedStyle(el, pseudo);
        const where = `${qa.describe(el)}${pseudo ?? ''}`;
        if (cs.animationName !== 'none' && moving(cs.animationDuration))
          out.push(`Animasi CSS "${cs.animationName}" tetap berjalan: ${where}`);
        if (cs.transitionProperty !== 'none' && moving(cs.transitionDuration))
          out.push(`Transisi ${cs.transitionProperty} ${cs.transitionDuration} tetap ada: ${where}`);
      }
      if (out.length > 10) break;
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth')
      out.push('scroll-behavior: smooth tetap aktif pada <html>.');
    for (const a of document.getAnimations()) {
      if (a.playState === 'running')
        out.push(
          `Animasi skrip berjalan: ${a.constructor.name} pada ${(a.effect as KeyframeEffect | null)?.target ? qa.describe((a.effect as KeyframeEffect).target!) : '?'}`,
        );
    }
    return out;
  });
}

/**
 * A map must be usable without seeing it: a table with the same numbers, with an accessible
 * name, present in the accessibility tree (a screen reader announces it), once any disclosure
 * around it is opened.
 */
export async function mapTableProblems(page: Page): Promise<string[]> {
  await page.evaluate(() =>
    document.querySelectorAll('details:not([open])').forEach((d) => ((d as HTMLDetailsElement).open = true)),
  );
  const tables = page.getByRole('table');
  const named = page.getByRole('table', { name: /\S/ });
  const out: string[] = [];
  const total = await tables.count();
  if (total === 0) {
    out.push(
      'Tidak ada tabel pengganti peta yang terbaca pembaca layar (tabel tidak ada, atau disembunyikan dengan display:none/aria-hidden).',
    );
    return out;
  }
  if ((await named.count()) === 0)
    out.push('Tabel pengganti peta tidak punya nama yang diumumkan: beri <caption> (atau aria-labelledby).');
  let rows = 0;
  for (const t of await tables.all()) rows = Math.max(rows, await t.getByRole('row').count());
  if (rows < 2) out.push('Tabel pengganti peta tidak berisi baris data.');
  return out;
}

/** Images (and frames) carry their size, and those below the first screen load lazily. */
export async function imageProblems(page: Page): Promise<string[]> {
  await page.evaluate(PAGE_HELPERS);
  return page.evaluate(() => {
    const qa = (window as unknown as { __qa: { describe: (e: Element) => string } }).__qa;
    const out: string[] = [];
    const fold = innerHeight;
    for (const el of document.querySelectorAll('img, iframe')) {
      const top = el.getBoundingClientRect().top + scrollY;
      if (el.tagName === 'IMG' && !(el.hasAttribute('width') && el.hasAttribute('height')))
        out.push(`Gambar tanpa atribut width dan height (tata letak bergeser saat dimuat): ${qa.describe(el)}`);
      if (top >= fold && el.getAttribute('loading') !== 'lazy')
        out.push(
          `${el.tagName === 'IMG' ? 'Gambar' : 'Iframe'} di bawah layar pertama tanpa loading="lazy": ${qa.describe(el)}`,
        );
    }
    return out;
  });
}

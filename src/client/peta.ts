// Progressive enhancement for the build-time map: tooltips, keyboard travel between real
// neighbours, sortable table, indicator switching in place (the embed dialog: sematkan.ts).
// Everything here is optional: the map, table and links work without it.

type Keys = Record<string, Partial<Record<'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight', string>>>;

function regionLinks(fig: HTMLElement): HTMLAnchorElement[] {
  return [...fig.querySelectorAll<HTMLAnchorElement>('.peta-wilayah a[data-kode]')];
}

function fillTooltip(tip: HTMLElement, a: HTMLAnchorElement, konteks: string) {
  const d = a.dataset;
  const t = tip.dataset;
  tip.replaceChildren();
  const name = document.createElement('strong');
  name.textContent = d.nama ?? '';
  const value = document.createElement('span');
  value.className = 'tt-nilai';
  value.textContent = d.nilai ?? '';
  tip.append(name, value);
  if (d.periode || d.status) {
    const p = document.createElement('span');
    p.textContent = [d.periode, d.status].filter(Boolean).join(' · ');
    tip.append(p);
  }
  if (konteks) {
    const k = document.createElement('span');
    k.className = 'tt-konteks';
    k.textContent = konteks;
    tip.append(k);
  }
  if (d.sumber) {
    const s = document.createElement('span');
    s.className = 'tt-sumber';
    s.textContent = `${t.sumberLabel ?? ''}: ${d.sumber}`;
    tip.append(s);
  }
  const link = document.createElement('a');
  link.href = a.getAttribute('href') ?? '#';
  const target = a.getAttribute('target');
  if (target) link.target = target;
  link.textContent = (t.buka ?? '{}').replace('{}', d.nama ?? '');
  // A floating tooltip follows focus and must not steal Tab; a docked one is reachable (dock()).
  link.tabIndex = -1;
  tip.append(link);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'tt-tutup';
  close.setAttribute('aria-label', t.tutup ?? '');
  close.textContent = '×';
  close.tabIndex = -1;
  tip.append(close);
}

function placeTooltip(fig: HTMLElement, tip: HTMLElement, x: number, y: number) {
  const box = fig.querySelector('.peta-kanvas')!.getBoundingClientRect();
  tip.hidden = false;
  const w = tip.offsetWidth;
  const h = tip.offsetHeight;
  let left = x - box.left + 12;
  let top = y - box.top + 12;
  if (left + w > box.width) left = Math.max(0, x - box.left - w - 12);
  if (top + h > box.height) top = Math.max(0, y - box.top - h - 12);
  tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
}

function centerOf(a: HTMLAnchorElement): [number, number] {
  const r = a.getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];
}

function enhanceMap(fig: HTMLElement) {
  if (fig.dataset.siap) return;
  fig.dataset.siap = '1';
  const links = regionLinks(fig);
  const byCode = new Map(links.map((a) => [a.dataset.kode!, a]));
  const keys: Keys = JSON.parse(fig.dataset.keys ?? '{}');
  const ranking = (fig.dataset.ranking ?? '').split(' ').filter(Boolean);
  const konteks = fig.dataset.konteks ?? '';
  const tip = fig.querySelector<HTMLElement>('.peta-tooltip')!;
  const status = fig.querySelector<HTMLElement>('.peta-status')!;
  const svg = fig.querySelector<SVGSVGElement>('.peta-kanvas > svg')!;
  const picker = fig.querySelector<HTMLElement>('[data-pilih-wilayah]');
  const select = picker?.querySelector('select');
  let pinned: HTMLAnchorElement | null = null;
  // After Escape the tooltip stays closed until the mouse really moves: hiding it can put the
  // pointer over a region again, and that enter event must not reopen what was just dismissed.
  let dismissed = false;
  let quiet = false;
  // A tap focuses the region before its click: the click alone decides (switch or close), or
  // the focus would dock the region and the click would then take it for a second tap.
  let pressed: HTMLAnchorElement | null = null;

  // One tab stop for the whole map (roving tabindex); arrows move inside it.
  const first = byCode.get(ranking[0] ?? '') ?? links[0];
  for (const a of links) a.tabIndex = a === first ? 0 : -1;

  const mark = (a: HTMLAnchorElement | null) => {
    for (const l of links) l.classList.toggle('aktif', l === a);
    fig
      .querySelectorAll<SVGGElement>('[data-kode-inset]')
      .forEach((l) => l.classList.toggle('aktif', !!a && l.dataset.kodeInset === a.dataset.kode));
  };
  const hide = () => {
    tip.hidden = true;
    pinned = null;
    mark(null);
  };
  const dismiss = () => {
    hide();
    dismissed = true;
  };
  const float = (a: HTMLAnchorElement, x: number, y: number) => {
    if (tip.classList.contains('dock')) {
      tip.classList.remove('dock');
      svg.parentElement!.append(tip);
    }
    fillTooltip(tip, a, konteks);
    placeTooltip(fig, tip, x, y);
  };
  /** Touch and the region select: the details sit under the map, never over it. */
  const dock = (a: HTMLAnchorElement) => {
    pinned = a;
    fillTooltip(tip, a, konteks);
    tip.classList.add('dock');
    tip.style.transform = '';
    tip.querySelectorAll<HTMLElement>('a, button').forEach((el) => el.removeAttribute('tabindex'));
    // After the whole drawing (main map and Timor inset): a tap in the inset must not push it
    // down under the finger.
    svg.parentElement!.append(tip);
    tip.hidden = false;
    mark(a);
    status.textContent = a.getAttribute('aria-label') ?? '';
    if (select) select.value = a.dataset.kode ?? '';
  };
  const focusRegion = (a: HTMLAnchorElement) => {
    for (const l of links) l.tabIndex = l === a ? 0 : -1;
    a.focus();
  };
  const isTouch = (e: Event) => {
    const type = (e as PointerEvent).pointerType;
    return type === 'touch' || type === 'pen' || (!type && matchMedia('(pointer: coarse)').matches);
  };
  const tapped = (e: MouseEvent, a: HTMLAnchorElement) => {
    // A tap shows the region's details under the map instead of leaving the page; they carry the link.
    pressed = null;
    if (!isTouch(e)) return;
    e.preventDefault();
    if (pinned === a) return hide();
    dock(a);
  };

  tip.addEventListener('click', (e) => {
    if ((e.target as HTMLElement).closest('.tt-tutup')) {
      const back = pinned;
      hide();
      if (select) select.value = '';
      // Focus returns to the region without reopening its details.
      quiet = true;
      back?.focus({ preventScroll: true });
      quiet = false;
    }
  });

  for (const a of links) {
    a.addEventListener('pointerdown', (e) => {
      if (isTouch(e)) pressed = a;
    });
    a.addEventListener('pointercancel', () => (pressed = null));
    a.addEventListener('pointerenter', (e) => {
      if (e.pointerType === 'mouse' && !pinned && !dismissed) float(a, e.clientX, e.clientY);
    });
    a.addEventListener('pointermove', (e) => {
      if (e.pointerType !== 'mouse' || pinned) return;
      if (dismissed && (e.movementX !== 0 || e.movementY !== 0)) {
        dismissed = false;
        float(a, e.clientX, e.clientY);
      } else if (!dismissed) placeTooltip(fig, tip, e.clientX, e.clientY);
    });
    a.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'mouse' && !pinned) tip.hidden = true;
    });
    a.addEventListener('click', (e) => tapped(e, a));
    a.addEventListener('focus', () => {
      if (quiet || pressed === a) return;
      dismissed = false;
      status.textContent = a.getAttribute('aria-label') ?? '';
      if (pinned) return dock(a);
      const [x, y] = centerOf(a);
      float(a, x, y);
    });
    a.addEventListener('blur', () => {
      if (!pinned) tip.hidden = true;
    });
    a.addEventListener('keydown', (e) => {
      const code = a.dataset.kode!;
      let next: string | undefined;
      if (e.key in (keys[code] ?? {})) next = keys[code]![e.key as keyof Keys[string]];
      else if (e.key === 'Home') next = ranking[0];
      else if (e.key === 'End') next = ranking[ranking.length - 1];
      else if (e.key === 'Escape') return dismiss();
      else if (e.key.startsWith('Arrow')) {
        e.preventDefault();
        return;
      } else return;
      e.preventDefault();
      const target = next ? byCode.get(next) : undefined;
      if (target) focusRegion(target);
    });
  }
  // The Timor inset repeats regions of the main map: a tap there acts on the same region.
  fig.querySelectorAll<SVGGElement>('[data-kode-inset]').forEach((l) => {
    const a = byCode.get(l.dataset.kodeInset!);
    if (!a) return;
    l.addEventListener('click', () => (pinned === a ? hide() : dock(a)));
    l.addEventListener('pointerenter', (e) => {
      if (e.pointerType === 'mouse' && !pinned) float(a, e.clientX, e.clientY);
    });
    l.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'mouse' && !pinned) tip.hidden = true;
    });
  });
  if (picker && select) {
    picker.hidden = false;
    select.addEventListener('change', () => {
      const a = byCode.get(select.value);
      if (a) dock(a);
      else hide();
    });
  }
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !tip.hidden) dismiss();
  });
  document.addEventListener('pointerdown', (e) => {
    if (pinned && !tip.classList.contains('dock') && !fig.contains(e.target as Node)) hide();
  });
}

function enhanceTable(wrap: HTMLElement) {
  if (wrap.dataset.siap) return;
  wrap.dataset.siap = '1';
  const table = wrap.querySelector('table')!;
  const body = table.tBodies[0]!;
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('th[data-kunci]')];
  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'urut';
    button.textContent = th.textContent ?? '';
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const key = th.dataset.kunci!;
      const asc = th.getAttribute('aria-sort') !== 'ascending';
      for (const h of headers) h.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      const rows = [...body.rows];
      rows.sort((a, b) => {
        const x = a.dataset[key] ?? '';
        const y = b.dataset[key] ?? '';
        // Missing values always sort last: "belum ada data" is not a small number.
        if (!x || !y) return x ? -1 : y ? 1 : 0;
        const cmp = key === 'nilai' ? Number(x) - Number(y) : x.localeCompare(y, 'id');
        return asc ? cmp : -cmp;
      });
      body.append(...rows);
    });
  }
}

/**
 * Loads a page as a parsed Document. XHR's document response is used instead of DOMParser
 * because the site's CSP requires Trusted Types, and parsing HTML strings is a TT sink.
 */
function fetchDocument(url: string): Promise<Document> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.responseType = 'document';
    xhr.onload = () =>
      xhr.status === 200 && xhr.responseXML ? resolve(xhr.responseXML) : reject(new Error(String(xhr.status)));
    xhr.onerror = () => reject(new Error('jaringan'));
    xhr.send();
  });
}

/** Swaps in another indicator's map without a page load, keeping the URL in step. */
function enhanceSwitch() {
  const nav = document.querySelector<HTMLElement>('[data-peta-pilih]');
  const holder = document.querySelector<HTMLElement>('[data-peta-halaman]');
  if (!nav || !holder || nav.dataset.siap) return;
  nav.dataset.siap = '1';
  // Phones get one select instead of a wall of chips (peta.css shows it for .siap).
  const ready = () => {
    nav.classList.add('siap');
    nav.querySelector<HTMLElement>('.peta-pilih-select')?.removeAttribute('hidden');
  };
  ready();
  const load = async (url: string, push: boolean) => {
    const doc = await fetchDocument(url);
    const next = doc.querySelector<HTMLElement>('[data-peta-halaman]');
    const nextNav = doc.querySelector<HTMLElement>('[data-peta-pilih]');
    if (!next || !nextNav) throw new Error('struktur');
    holder.replaceChildren(...[...next.childNodes].map((n) => document.importNode(n, true)));
    nav.replaceChildren(...[...nextNav.childNodes].map((n) => document.importNode(n, true)));
    ready();
    document.title = doc.title;
    if (push) history.pushState({ peta: url }, '', url);
    enhanceMaps();
    // Other enhancements of the swapped-in content (the embed dialog) listen for this.
    document.dispatchEvent(new Event('peta:ganti'));
    const heading = holder.querySelector<HTMLElement>('h1, h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  };
  const go = (url: string) => {
    // Only map pages swap in place; the index is a page of its own.
    if (
      !holder.ownerDocument.querySelector('[data-peta-halaman]') ||
      /\/peta\/$/.test(new URL(url, location.href).pathname)
    )
      location.href = url;
    else load(url, true).catch(() => (location.href = url));
  };
  nav.addEventListener('click', (e) => {
    const a = (e.target as HTMLElement).closest('a');
    if (!a || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    go(a.href);
  });
  nav.addEventListener('change', (e) => {
    const sel = (e.target as HTMLElement).closest('select');
    if (sel?.value) go(sel.value);
  });
  window.addEventListener('popstate', () => {
    load(location.href, false).catch(() => location.reload());
  });
}

export function enhanceMaps() {
  document.querySelectorAll<HTMLElement>('[data-peta]').forEach(enhanceMap);
  document.querySelectorAll<HTMLElement>('[data-tabel-urut]').forEach(enhanceTable);
  enhanceSwitch();
}

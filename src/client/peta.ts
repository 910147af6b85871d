// Progressive enhancement for the build-time map: tooltips, keyboard travel between real
// neighbours, sortable table, indicator switching in place (the embed dialog: sematkan.ts).
// Everything here is optional: the map, table and links work without it.

type Keys = Record<string, Partial<Record<'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight', string>>>;

function regionLinks(fig: HTMLElement): HTMLAnchorElement[] {
  return [...fig.querySelectorAll<HTMLAnchorElement>('.peta-wilayah a[data-kode]')];
}

function fillTooltip(tip: HTMLElement, a: HTMLAnchorElement) {
  const d = a.dataset;
  tip.replaceChildren();
  const name = document.createElement('strong');
  name.textContent = d.nama ?? '';
  const value = document.createElement('span');
  value.className = 'tt-nilai';
  value.textContent = d.nilai ?? '';
  tip.append(name, value);
  if (d.periode) {
    const p = document.createElement('span');
    p.textContent = `${d.periode}${d.lama ? ' (angka lebih lama)' : ''}`;
    tip.append(p);
  }
  if (d.sumber) {
    const s = document.createElement('span');
    s.className = 'tt-sumber';
    s.textContent = `Sumber: ${d.sumber}`;
    tip.append(s);
  }
  const link = document.createElement('a');
  link.href = a.getAttribute('href') ?? '#';
  const target = a.getAttribute('target');
  if (target) link.target = target;
  link.textContent = `Buka halaman ${d.nama ?? ''}`;
  // Keyboard users open the region from the region itself; the tooltip must not steal Tab.
  link.tabIndex = -1;
  tip.append(link);
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
  const tip = fig.querySelector<HTMLElement>('.peta-tooltip')!;
  const status = fig.querySelector<HTMLElement>('.peta-status')!;
  let pinned: HTMLAnchorElement | null = null;
  // After Escape the tooltip stays closed until the mouse really moves: hiding it can put the
  // pointer over a region again, and that enter event must not reopen what was just dismissed.
  let dismissed = false;

  // One tab stop for the whole map (roving tabindex); arrows move inside it.
  const first = byCode.get(ranking[0] ?? '') ?? links[0];
  for (const a of links) a.tabIndex = a === first ? 0 : -1;

  const hide = () => {
    tip.hidden = true;
    pinned = null;
  };
  const dismiss = () => {
    hide();
    dismissed = true;
  };
  const show = (a: HTMLAnchorElement, x: number, y: number) => {
    fillTooltip(tip, a);
    placeTooltip(fig, tip, x, y);
  };
  const focusRegion = (a: HTMLAnchorElement) => {
    for (const l of links) l.tabIndex = l === a ? 0 : -1;
    a.focus();
  };

  for (const a of links) {
    a.addEventListener('pointerenter', (e) => {
      if (e.pointerType === 'mouse' && !pinned && !dismissed) show(a, e.clientX, e.clientY);
    });
    a.addEventListener('pointermove', (e) => {
      if (e.pointerType !== 'mouse' || pinned) return;
      if (dismissed && (e.movementX !== 0 || e.movementY !== 0)) {
        dismissed = false;
        show(a, e.clientX, e.clientY);
      } else if (!dismissed) placeTooltip(fig, tip, e.clientX, e.clientY);
    });
    a.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'mouse' && !pinned) tip.hidden = true;
    });
    a.addEventListener('click', (e) => {
      // A tap pins the tooltip instead of leaving the page; the tooltip carries the link.
      const touch = (e as PointerEvent).pointerType === 'touch' || (e as PointerEvent).pointerType === 'pen';
      if (!touch) return;
      e.preventDefault();
      if (pinned === a) return hide();
      pinned = a;
      show(a, e.clientX, e.clientY);
    });
    a.addEventListener('focus', () => {
      dismissed = false;
      const [x, y] = centerOf(a);
      show(a, x, y);
      status.textContent = a.getAttribute('aria-label') ?? '';
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
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !tip.hidden) dismiss();
  });
  document.addEventListener('pointerdown', (e) => {
    if (pinned && !fig.contains(e.target as Node)) hide();
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
    xhr.onload = () => (xhr.status === 200 && xhr.responseXML ? resolve(xhr.responseXML) : reject(new Error(String(xhr.status))));
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
  const load = async (url: string, push: boolean) => {
    const doc = await fetchDocument(url);
    const next = doc.querySelector<HTMLElement>('[data-peta-halaman]');
    const nextNav = doc.querySelector<HTMLElement>('[data-peta-pilih]');
    if (!next || !nextNav) throw new Error('struktur');
    holder.replaceChildren(...[...next.childNodes].map((n) => document.importNode(n, true)));
    nav.replaceChildren(...[...nextNav.childNodes].map((n) => document.importNode(n, true)));
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
  nav.addEventListener('click', (e) => {
    const a = (e.target as HTMLElement).closest('a');
    if (!a || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    load(a.href, true).catch(() => (location.href = a.href));
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

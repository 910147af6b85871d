// Link checker over a built site: every href/src/srcset in every HTML file, every url() in
// every stylesheet, and every address of our own site in metadata (canonical, og:url, og:image)
// must lead to a file in the build, #fragments to an element with that id. Run on a build under
// a base path it also catches links that forgot the base.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listPages } from './site.ts';

export interface BrokenLink {
  /** Site path of the page or stylesheet that has the link. */
  from: string;
  ref: string;
  reason: string;
}

// Attributes that hold one address; srcset and meta content are handled apart.
const URL_ATTRS = ['href', 'src', 'poster', 'data', 'action', 'cite', 'xlink:href'];
// Placeholder origin: links are resolved as a browser would, then mapped back to files.
const ORIGIN = 'http://situs.invalid';

export const decodeEntities = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');

export interface Tag {
  name: string;
  attrs: Map<string, string>;
}

/** Start tags with their attributes (entities decoded), in document order. */
export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  // Script and style bodies and comments may contain "<" that is not a tag.
  const stripped = html.replace(
    /<!--[\s\S]*?-->|(<script\b[^>]*>)[\s\S]*?<\/script>|(<style\b[^>]*>)[\s\S]*?<\/style>/gi,
    (_, s1, s2) => s1 ?? s2 ?? '',
  );
  for (const tag of stripped.matchAll(
    /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'=<>`/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g,
  )) {
    const attrs = new Map<string, string>();
    for (const a of (tag[2] ?? '').matchAll(/([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      const name = a[1]!.toLowerCase();
      if (!attrs.has(name)) attrs.set(name, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    out.push({ name: tag[1]!.toLowerCase(), attrs });
  }
  return out;
}

/** Every attribute of every start tag, in order: [tag, attribute name, value]. */
export function attributes(html: string): [string, string, string][] {
  return tags(html).flatMap((t) => [...t.attrs].map(([a, v]) => [t.name, a, v] as [string, string, string]));
}

export function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const [tag, attr, value] of attributes(html))
    if (attr === 'id' || (tag === 'a' && attr === 'name')) ids.add(value);
  return ids;
}

function listFiles(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, ext));
    else if (entry.name.endsWith(ext)) out.push(full);
  }
  return out;
}

export interface LinkCheckOptions {
  dist: string;
  base: string;
  /** The SITE_URL the build used: absolute links to it are ours and are checked too. */
  siteUrl: string;
}

export function checkLinks({ dist, base, siteUrl }: LinkCheckOptions): { broken: BrokenLink[]; checked: number } {
  const broken: BrokenLink[] = [];
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idCache.get(file);
    if (!set) idCache.set(file, (set = idsOf(readFileSync(file, 'utf8'))));
    return set;
  };
  const ownOrigin = new URL(siteUrl).origin;
  let checked = 0;

  /** Returns why the address is broken, or null. */
  const resolveRef = (ref: string, fromUrl: string, fromFile: string): string | null => {
    const trimmed = ref.trim();
    if (trimmed === '') return 'alamat kosong';
    if (/^javascript:/i.test(trimmed)) return 'alamat javascript: tidak boleh ada';
    if (/^(mailto|tel|data|blob):/i.test(trimmed)) return null;
    let url: URL;
    try {
      url = new URL(trimmed, fromUrl);
    } catch {
      return 'bukan alamat yang sah';
    }
    if (url.origin === ownOrigin) url = new URL(url.pathname + url.search + url.hash, ORIGIN);
    else if (url.origin !== ORIGIN) return null;
    checked++;
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return 'pengodean alamat rusak';
    }
    if (!pathname.startsWith(base)) return `di luar base path ${base} (lupa memakai href()?)`;
    const rel = pathname.slice(base.length);
    let file = join(dist, rel);
    if (!existsSync(file)) return `tidak ada berkas ${rel || '/'} di hasil build`;
    if (statSync(file).isDirectory()) {
      file = join(file, 'index.html');
      if (!existsSync(file)) return `folder ${rel || '/'} tidak punya index.html`;
    }
    if (url.hash.length > 1 && file.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!ids(file).has(id)) return `tidak ada elemen dengan id="${id}" di ${file === fromFile ? 'halaman ini' : rel}`;
    }
    return null;
  };

  for (const page of listPages(dist)) {
    const html = readFileSync(page.file, 'utf8');
    const pageUrl = `${ORIGIN}${base}${page.path.slice(1)}`;
    for (const [tag, attr, value] of attributes(html)) {
      const refs: string[] = [];
      if (URL_ATTRS.includes(attr)) refs.push(value);
      else if (attr === 'srcset' || attr === 'imagesrcset')
        refs.push(
          ...value
            .split(',')
            .map((c) => c.trim().split(/\s+/)[0]!)
            .filter(Boolean),
        );
      else if (tag === 'meta' && attr === 'content' && /^https?:\/\//i.test(value) && value.startsWith(ownOrigin))
        refs.push(value);
      for (const ref of refs) {
        const reason = resolveRef(ref, pageUrl, page.file);
        if (reason) broken.push({ from: page.path, ref, reason: `<${tag} ${attr}>: ${reason}` });
      }
    }
  }

  for (const css of listFiles(dist, '.css')) {
    const sitePath = `/${relative(dist, css).split(sep).join('/')}`;
    const text = readFileSync(css, 'utf8');
    for (const m of text.matchAll(
      /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g,
    )) {
      const ref = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
      if (ref.startsWith('#')) continue;
      const reason = resolveRef(ref, `${ORIGIN}${base}${sitePath.slice(1)}`, css);
      if (reason) broken.push({ from: sitePath, ref, reason: `url() di CSS: ${reason}` });
    }
  }
  return { broken, checked };
}

export const formatBroken = (broken: BrokenLink[]) =>
  broken.map((b) => `  ${b.from}: ${JSON.stringify(b.ref)} — ${b.reason}`).join('\n');

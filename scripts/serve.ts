// A small static server for the built site, used by the browser tests, the benchmark, and by
// anyone who wants to look at dist/ as a host would serve it:
//
//   node scripts/serve.ts [folder=dist] [--base=/ucj-ntt/] [--port=4321] [--host=127.0.0.1]
//
// It behaves like the static hosts the site is meant for (Netlify, Cloudflare Pages, GitHub
// Pages): the site lives under its base path, folders serve their index.html, a missing file
// gets 404.html with status 404, text is gzipped, and the rules in the folder's `_headers` file
// are applied, so tests see the same Content-Security-Policy and framing rules as readers.
// node: modules only, so it runs anywhere the build runs.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/**
 * Parses a Netlify/Cloudflare Pages `_headers` file: a path pattern at the start of a line,
 * followed by indented `Name: value` lines; `#` starts a comment.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | null = null;
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    if (/^\s*(#|$)/.test(raw)) continue;
    if (!/^\s/.test(raw)) {
      current = { pattern: raw.trim(), headers: [] };
      rules.push(current);
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(raw);
    if (!current || !m) throw new Error(`_headers baris ${i + 1} tidak bisa dibaca: ${JSON.stringify(raw)}`);
    current.headers.push([m[1]!, m[2]!.trim()]);
  }
  return rules;
}

/** `*` matches any run of characters (including `/`), as on both hosts; `:name` one segment. */
export function headerPatternMatches(pattern: string, path: string): boolean {
  const re = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${re}$`).test(path);
}

/**
 * Headers for a site path (relative to the base). Every matching rule applies; a header set by
 * several rules is joined with ", " as both hosts do, which for Content-Security-Policy means
 * every policy is enforced.
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  const names: Record<string, string> = {};
  for (const rule of rules) {
    if (!headerPatternMatches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      names[key] ??= name;
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [names[k]!, v]));
}

export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export interface ServeOptions {
  /** The built site folder. */
  root: string;
  /** Base path the site was built for, e.g. /ucj-ntt/. */
  base?: string;
  port?: number;
  host?: string;
  /** Logs each request to stdout. */
  log?: boolean;
}

export interface Served {
  /** The site's address including the base path, ending in "/". */
  url: string;
  origin: string;
  base: string;
  port: number;
  close: () => Promise<void>;
}

export async function serve(options: ServeOptions): Promise<Served> {
  const root = resolve(options.root);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root} belum berisi situs yang dibangun (index.html tidak ada). Jalankan dulu: npm run build`);
  }
  const base = normalizeBase(options.base);
  const headersPath = join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const gzipCache = new Map<string, { mtime: number; body: Buffer }>();

  const send = (req: IncomingMessage, res: ServerResponse, file: string, status: number, sitePath: string) => {
    const stat = statSync(file);
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string | number> = {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      ...headersFor(rules, sitePath),
    };
    const wantsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && COMPRESSIBLE.test(type);
    if (COMPRESSIBLE.test(type)) headers['Vary'] = 'Accept-Encoding';
    if (wantsGzip) {
      let cached = gzipCache.get(file);
      if (!cached || cached.mtime !== stat.mtimeMs) {
        cached = { mtime: stat.mtimeMs, body: gzipSync(readFileSync(file)) };
        gzipCache.set(file, cached);
      }
      res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': cached.body.length });
      res.end(req.method === 'HEAD' ? undefined : cached.body);
      return;
    }
    res.writeHead(status, { ...headers, 'Content-Length': stat.size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };

  // Hosts pick header rules by the requested path, also when they answer with 404.html.
  const notFound = (req: IncomingMessage, res: ServerResponse, sitePath = '/404.html') => {
    const page = join(root, '404.html');
    if (existsSync(page)) return send(req, res, page, 404, sitePath);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Halaman tidak ditemukan.');
  };

  const server = createServer((req, res) => {
    if (options.log) res.on('finish', () => console.log(`${res.statusCode} ${req.method} ${req.url}`));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Metode tidak didukung.');
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Alamat tidak sah.');
      return;
    }
    // The site root without its trailing slash is still the site, as on every host.
    if (`${pathname}/` === base) {
      res.writeHead(301, { Location: base });
      res.end();
      return;
    }
    if (!pathname.startsWith(base) || pathname.includes('\0')) return notFound(req, res);
    const sitePath = `/${pathname.slice(base.length)}`;
    // The hosts do not publish their own configuration files.
    if (sitePath === '/_headers' || sitePath === '/_redirects') return notFound(req, res, sitePath);
    const file = resolve(root, `.${sitePath}`);
    if (file !== root && !file.startsWith(root + sep)) return notFound(req, res);
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return notFound(req, res, sitePath);
    }
    if (stat.isDirectory()) {
      if (!sitePath.endsWith('/')) {
        const query = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
        res.writeHead(301, { Location: `${pathname}/${query}` });
        res.end();
        return;
      }
      const index = join(file, 'index.html');
      if (!existsSync(index)) return notFound(req, res, sitePath);
      return send(req, res, index, 200, sitePath);
    }
    return send(req, res, file, 200, sitePath);
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, ok);
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    base,
    port,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function parseArgs(argv: string[]): ServeOptions {
  const opts: ServeOptions = { root: 'dist', base: process.env.BASE_PATH, port: 4321, log: true };
  for (const arg of argv) {
    const [key, value] = arg.split(/=(.*)/s) as [string, string | undefined];
    if (key === '--base') opts.base = value;
    else if (key === '--port') opts.port = Number(value);
    else if (key === '--host') opts.host = value;
    else if (key === '--quiet') opts.log = false;
    else if (!key.startsWith('--')) opts.root = key;
    else throw new Error(`Pilihan tidak dikenal: ${arg}. Pakai: node scripts/serve.ts [folder] [--base=/jalur/] [--port=4321] [--host=127.0.0.1] [--quiet]`);
  }
  return opts;
}

if (import.meta.main) {
  try {
    const served = await serve(parseArgs(process.argv.slice(2)));
    console.log(`Situs disajikan di ${served.url} (Ctrl+C untuk berhenti).`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}

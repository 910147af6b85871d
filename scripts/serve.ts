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
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
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

/** Longest request target answered; static hosts refuse longer ones too (414). */
export const MAX_URL_LENGTH = 4096;
/** Files the hosts read as configuration and never publish. */
const HOST_CONFIG = new Set(['_headers', '_redirects', '_routes.json', '_worker.js']);

/**
 * The request path as a list of decoded segments, or why it maps to no file. Everything a
 * static host would not map to a published file is refused before the file system sees it:
 * NUL and control characters, backslashes (browsers read `/\\x` as `//x`), empty, `.` and
 * `..` segments, encoded slashes, and hidden names (dotfiles and the hosts' configuration).
 * Malformed %-encoding is a bad request.
 */
export function parseSitePath(pathname: string): { segments: string[]; folder: boolean } | 'malformed' | 'missing' {
  const raw = pathname.split('/').slice(1);
  const folder = raw.length > 0 && raw[raw.length - 1] === '';
  if (folder) raw.pop();
  const segments: string[] = [];
  for (const part of raw) {
    let seg: string;
    try {
      seg = decodeURIComponent(part);
    } catch {
      return 'malformed';
    }
    if (!seg.isWellFormed()) return 'malformed';
    // eslint-disable-next-line no-control-regex
    if (seg === '' || /[\\/\u0000-\u001f\u007f]/.test(seg)) return 'missing';
    if (seg.startsWith('.') || HOST_CONFIG.has(seg)) return 'missing';
    segments.push(seg);
  }
  return { segments, folder };
}

/** A Location that can only point inside this site: re-encoded segments under the base, never `//`. */
function localLocation(base: string, segments: string[], search: string): string {
  const path = `${base}${segments.map(encodeURIComponent).join('/')}/`.replace(/^\/+/, '/');
  return path + search;
}

export async function serve(options: ServeOptions): Promise<Served> {
  const root = resolve(options.root);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root} belum berisi situs yang dibangun (index.html tidak ada). Jalankan dulu: npm run build`);
  }
  const base = normalizeBase(options.base);
  // dist/ may be a symlink the build switches to a new version: resolve it per request and
  // reread _headers when it points somewhere new, so a preview never mixes two builds.
  let rulesFor = { real: '', rules: [] as HeaderRule[] };
  const currentRoot = () => {
    const real = realpathSync(root);
    if (real !== rulesFor.real) {
      const headersPath = join(real, '_headers');
      rulesFor = { real, rules: existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [] };
    }
    return rulesFor;
  };
  const gzipCache = new Map<string, { mtime: number; size: number; body: Buffer }>();

  const plain = (res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) => {
    res.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      ...extra,
    });
    res.end(text);
  };

  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    file: string,
    status: number,
    sitePath: string,
    rules: HeaderRule[],
  ) => {
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
      if (!cached || cached.mtime !== stat.mtimeMs || cached.size !== stat.size) {
        cached = { mtime: stat.mtimeMs, size: stat.size, body: gzipSync(readFileSync(file)) };
        gzipCache.set(file, cached);
      }
      res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': cached.body.length });
      res.end(req.method === 'HEAD' ? undefined : cached.body);
      return;
    }
    res.writeHead(status, { ...headers, 'Content-Length': stat.size });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    // A file replaced or removed mid-read must end this response, not the server.
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };

  /** The real file for a path, or null when it is missing, not a regular file, or leads outside the site. */
  const locate = (realRoot: string, segments: string[]): { path: string; dir: boolean } | null => {
    let real: string;
    try {
      real = realpathSync(join(realRoot, ...segments));
    } catch {
      return null;
    }
    // A symlink may point anywhere; only what really lies inside the site is served.
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return null;
    const stat = statSync(real);
    if (stat.isDirectory()) return { path: real, dir: true };
    return stat.isFile() ? { path: real, dir: false } : null;
  };

  // Hosts pick header rules by the requested path, also when they answer with 404.html.
  const notFound = (
    req: IncomingMessage,
    res: ServerResponse,
    realRoot: string,
    rules: HeaderRule[],
    sitePath = '/404.html',
  ) => {
    const page = locate(realRoot, ['404.html']);
    if (page && !page.dir) return send(req, res, page.path, 404, sitePath, rules);
    plain(res, 404, 'Halaman tidak ditemukan.');
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return plain(res, 405, 'Metode tidak didukung.', { Allow: 'GET, HEAD' });
    const target = req.url ?? '/';
    if (target.length > MAX_URL_LENGTH) return plain(res, 414, 'Alamat terlalu panjang.');
    let url: URL;
    try {
      url = new URL(target.startsWith('/') ? target : `/${target}`, 'http://localhost');
    } catch {
      return plain(res, 400, 'Alamat tidak sah.');
    }
    // The raw target, not the WHATWG-normalised one: `\` and `/./` must be refused, not rewritten.
    const rawPath = target.startsWith('/') ? target.split(/[?#]/, 1)[0]! : url.pathname;
    const { real: realRoot, rules } = currentRoot();
    // The site root without its trailing slash is still the site, as on every host.
    if (`${rawPath}/` === base) return void res.writeHead(301, { Location: base }).end();
    if (!rawPath.startsWith(base)) return notFound(req, res, realRoot, rules);
    const parsed = parseSitePath(rawPath.slice(base.length - 1));
    if (parsed === 'malformed') return plain(res, 400, 'Alamat tidak sah.');
    if (parsed === 'missing') return notFound(req, res, realRoot, rules);
    const sitePath = `/${parsed.segments.join('/')}${parsed.folder && parsed.segments.length ? '/' : ''}`;
    const found = locate(realRoot, parsed.segments);
    if (!found) return notFound(req, res, realRoot, rules, sitePath);
    if (found.dir) {
      if (!parsed.folder && parsed.segments.length > 0) {
        return void res.writeHead(301, { Location: localLocation(base, parsed.segments, url.search) }).end();
      }
      const index = locate(realRoot, [...parsed.segments, 'index.html']);
      if (!index || index.dir) return notFound(req, res, realRoot, rules, sitePath);
      return send(req, res, index.path, 200, sitePath, rules);
    }
    if (parsed.folder) return notFound(req, res, realRoot, rules, sitePath);
    return send(req, res, found.path, 200, sitePath, rules);
  };

  const server = createServer({ maxHeaderSize: 16 * 1024 }, (req, res) => {
    if (options.log) res.on('finish', () => console.log(`${res.statusCode} ${req.method} ${JSON.stringify(req.url)}`));
    try {
      handle(req, res);
    } catch (err) {
      // Whatever a request does, it ends that request only.
      if (options.log)
        console.error(
          `Permintaan ${JSON.stringify(req.url)} gagal: ${err instanceof Error ? err.message : String(err)}`,
        );
      if (!res.headersSent) plain(res, 500, 'Terjadi galat di server pratinjau.');
      else res.destroy();
    }
  });
  // Requests Node cannot even parse (oversized headers, bad request lines) get a status, not a crash.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : err.code === 'HPE_URI_OVERFLOW'
          ? '414 URI Too Long'
          : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
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
    else if (key === '--port') {
      opts.port = Number(value);
      if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535)
        throw new Error(`--port harus bilangan bulat 0-65535, bukan "${value ?? ''}".`);
    } else if (key === '--host') opts.host = value;
    else if (key === '--quiet') opts.log = false;
    else if (!key.startsWith('--')) opts.root = key;
    else
      throw new Error(
        `Pilihan tidak dikenal: ${arg}. Pakai: node scripts/serve.ts [folder] [--base=/jalur/] [--port=4321] [--host=127.0.0.1] [--quiet]`,
      );
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

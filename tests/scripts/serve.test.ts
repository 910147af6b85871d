// scripts/serve.ts must behave like the static hosts the site is made for, or the browser tests
// would test a different site than readers get.
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  headerPatternMatches,
  headersFor,
  normalizeBase,
  parseHeadersFile,
  serve,
  type Served,
} from '#scripts/serve.ts';
import { childEnv, NODE, useScratchDir } from '#support/build.ts';
import { ROOT } from '#support/site.ts';

const work = useScratchDir('serve');
const root = join(work, 'situs');
let served: Served;
let rootServed: Served;

beforeAll(async () => {
  mkdirSync(join(root, 'data'), { recursive: true });
  mkdirSync(join(root, '_astro'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>beranda</title>'.padEnd(2000, ' '));
  writeFileSync(join(root, '404.html'), '<!doctype html><title>tidak ada</title>');
  writeFileSync(join(root, 'data', 'index.html'), '<!doctype html><title>data</title>');
  writeFileSync(join(root, '_astro', 'a.css'), 'body{margin:0}');
  writeFileSync(join(root, '_astro', 'a.js'), 'export {};');
  writeFileSync(join(root, 'x.csv'), 'a,b\n1,2\n');
  writeFileSync(join(root, 'x.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'x.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(root, '_headers'), '# komentar\n/*\n  X-Satu: 1\n/data/*\n  X-Satu: 2\n  X-Dua: ya\n');
  writeFileSync(join(work, 'rahasia.txt'), 'jangan bocor');
  // Hidden files a build or an editor may leave in the folder, and symlinks out of it.
  writeFileSync(join(root, '_redirects'), '/a /b 301\njangan bocor');
  writeFileSync(join(root, '.env'), 'jangan bocor');
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git', 'config'), 'jangan bocor');
  mkdirSync(join(root, 'data', '.tersembunyi'));
  writeFileSync(join(root, 'data', '.tersembunyi', 'index.html'), 'jangan bocor');
  symlinkSync(join(work, 'rahasia.txt'), join(root, 'bocor.txt'));
  symlinkSync('../rahasia.txt', join(root, 'bocor-relatif.txt'));
  symlinkSync(work, join(root, 'luar'));
  symlinkSync(join(root, 'x.csv'), join(root, 'dalam.csv'));
  served = await serve({ root, base: '/ucj-ntt/' });
  rootServed = await serve({ root, base: '/' });
});
afterAll(async () => {
  await served?.close();
  await rootServed?.close();
});

/** Raw request: no redirect following, no decompression, path sent exactly as written. */
function request(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (ok, fail) => {
      const req = get({ host: '127.0.0.1', port: served.port, path, headers, method }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', fail);
    },
  );
}

describe('scripts/serve.ts', () => {
  test('menyajikan situs di bawah base path', async () => {
    expect(served.url).toBe(`http://127.0.0.1:${served.port}/ucj-ntt/`);
    const r = await request('/ucj-ntt/');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.body.toString()).toContain('beranda');
    expect((await request('/ucj-ntt/data/')).body.toString()).toContain('data');
  });

  test('folder tanpa garis miring dialihkan, seperti di host', async () => {
    expect(await request('/ucj-ntt')).toMatchObject({ status: 301, headers: { location: '/ucj-ntt/' } });
    expect(await request('/ucj-ntt/data?x=1')).toMatchObject({
      status: 301,
      headers: { location: '/ucj-ntt/data/?x=1' },
    });
  });

  test('jenis konten yang benar', async () => {
    const types: Record<string, string> = {
      '/ucj-ntt/_astro/a.css': 'text/css; charset=utf-8',
      '/ucj-ntt/_astro/a.js': 'text/javascript; charset=utf-8',
      '/ucj-ntt/x.csv': 'text/csv; charset=utf-8',
      '/ucj-ntt/x.svg': 'image/svg+xml',
      '/ucj-ntt/x.png': 'image/png',
    };
    for (const [path, type] of Object.entries(types)) {
      const r = await request(path);
      expect([path, r.status, r.headers['content-type'], r.headers['x-content-type-options']]).toEqual([
        path,
        200,
        type,
        'nosniff',
      ]);
    }
  });

  test('alamat yang tidak ada, di luar base path, atau di luar folder: 404 dengan 404.html', async () => {
    for (const path of [
      '/ucj-ntt/tidak-ada/',
      '/ucj-ntt/tidak-ada.css',
      '/lain/',
      '/',
      '/ucj-ntt/../rahasia.txt',
      '/ucj-ntt/%2e%2e/rahasia.txt',
      '/ucj-ntt/..%2frahasia.txt',
      '/ucj-ntt/_headers',
    ]) {
      const r = await request(path);
      expect([path, r.status]).toEqual([path, 404]);
      expect(r.body.toString()).toContain('tidak ada');
      expect(r.body.toString()).not.toContain('jangan bocor');
    }
  });

  test('teks dikompres gzip bila diminta', async () => {
    const r = await request('/ucj-ntt/', { 'Accept-Encoding': 'gzip, br' });
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.body.length).toBeLessThan(2000);
    expect(gunzipSync(r.body).toString()).toContain('beranda');
    expect(
      (await request('/ucj-ntt/x.png', { 'Accept-Encoding': 'gzip' })).headers['content-encoding'],
    ).toBeUndefined();
  });

  test('HEAD tanpa isi, metode lain ditolak', async () => {
    const head = await request('/ucj-ntt/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect((await request('/ucj-ntt/', {}, 'POST')).status).toBe(405);
  });

  test('aturan _headers diterapkan per alamat, relatif terhadap base path', async () => {
    const home = await request('/ucj-ntt/');
    expect(home.headers['x-satu']).toBe('1');
    expect(home.headers['x-dua']).toBeUndefined();
    const data = await request('/ucj-ntt/data/');
    expect(data.headers['x-satu']).toBe('1, 2');
    expect(data.headers['x-dua']).toBe('ya');
  });
});

describe('_headers', () => {
  test('pola: * mencakup apa saja, :nama satu segmen, selebihnya harfiah', () => {
    expect(headerPatternMatches('/*', '/a/b/')).toBe(true);
    expect(headerPatternMatches('/embed/*', '/embed/peta/x/')).toBe(true);
    expect(headerPatternMatches('/embed/*', '/embedx/')).toBe(false);
    expect(headerPatternMatches('/', '/')).toBe(true);
    expect(headerPatternMatches('/', '/data/')).toBe(false);
    expect(headerPatternMatches('/peta/:id/', '/peta/ucj/')).toBe(true);
    expect(headerPatternMatches('/peta/:id/', '/peta/a/b/')).toBe(false);
    expect(headerPatternMatches('/a.html', '/aXhtml')).toBe(false);
  });

  test('berkas rusak ditolak dengan nomor baris', () => {
    expect(() => parseHeadersFile('  X-Tanpa-Pola: 1\n')).toThrow(/baris 1/);
    expect(() => parseHeadersFile('/*\n  bukan header\n')).toThrow(/baris 2/);
  });

  test('header yang sama dari beberapa aturan digabung', () => {
    const rules = parseHeadersFile('/*\n  A: 1\n/x/*\n  a: 2\n');
    expect(headersFor(rules, '/x/y')).toEqual({ A: '1, 2' });
  });

  test('base path dinormalkan', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('ucj-ntt')).toBe('/ucj-ntt/');
    expect(normalizeBase('/ucj-ntt')).toBe('/ucj-ntt/');
    expect(normalizeBase('/')).toBe('/');
  });
});

/** Bytes exactly as written, for requests no HTTP client would send. */
function raw(port: number, bytes: string | Buffer, timeout = 1500) {
  return new Promise<{ status: number; head: string; body: string }>((ok) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', body = ''] = text.split(/\r\n\r\n(.*)/s);
      ok({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0), head, body });
    };
    socket.setTimeout(timeout, () => socket.destroy());
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => {});
    socket.on('close', done);
    socket.write(bytes);
  });
}
const get1 = (target: string, headers = '') =>
  `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${headers}\r\n`;

// Traversal spelled every way a client can: plain, %-encoded in either case, half-encoded,
// double-encoded, overlong UTF-8, backslashes raw and encoded, NUL, and via symlinks.
const DOTS = ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%252e%252e', '%c0%ae%c0%ae', '..%00', '%2e%2e%00'];
const SLASHES = ['/', '%2f', '%2F', '\\', '%5c', '%5C', '%252f', '//'];
const TRAVERSAL = DOTS.flatMap((d) =>
  SLASHES.flatMap((sl) => [
    `/ucj-ntt/${d}${sl}rahasia.txt`,
    `/ucj-ntt/data/${d}${sl}${d}${sl}rahasia.txt`,
    `/${d}${sl}rahasia.txt`,
  ]),
);
const HIDDEN = [
  '/ucj-ntt/_headers',
  '/ucj-ntt/_redirects',
  '/ucj-ntt/_Headers',
  '/ucj-ntt/%5fheaders',
  '/ucj-ntt/_headers/',
  '/ucj-ntt/_headers?x',
  '/ucj-ntt/_headers%00',
  '/ucj-ntt/.env',
  '/ucj-ntt/%2eenv',
  '/ucj-ntt/.git/config',
  '/ucj-ntt/.git/',
  '/ucj-ntt/.git',
  '/ucj-ntt/data/.tersembunyi/',
  '/ucj-ntt/data/%2Etersembunyi/',
  '/ucj-ntt/bocor.txt',
  '/ucj-ntt/bocor-relatif.txt',
  '/ucj-ntt/luar/rahasia.txt',
  '/ucj-ntt/luar/',
  '/ucj-ntt/luar',
  '/ucj-ntt/./_headers',
  '/ucj-ntt/x/../_headers',
];
// Every way to make a redirect leave the site: protocol-relative paths, encoded slashes and
// backslashes (browsers treat `\` as `/`), and header injection through the query.
const REDIRECTS = [
  '/%2Fevil.example%2F..',
  '/%2fevil.example%2f..',
  '//evil.example/..',
  '//evil.example/',
  '///evil.example/..',
  '/\\evil.example/..',
  '/%5Cevil.example%5C..',
  '/%5C%5Cevil.example/..',
  '/data/..%2F..%2F%2Fevil.example',
  '/%09/evil.example/..',
  '/%2F%2Fevil.example',
  '/data//evil.example',
  '/ucj-ntt/%2Fevil.example%2F..',
  '/ucj-ntt//evil.example/..',
  '/ucj-ntt/\\evil.example/..',
  '/data?%0d%0aSet-Cookie:%20a=1',
  '/data?\u00ff',
  '/data?//evil.example',
  '/data#//evil.example',
  'http://evil.example/data',
  '//evil.example',
  '/data/?next=//evil.example',
  // A folder reached through a segment that cannot go into a header: the old server threw here.
  '/data/%0d%0aSet-Cookie:%20a=1%2f..',
  '/data/%0a%2F..',
  '/data/%E2%98%83%2f..',
  '/ucj-ntt/data/%0d%0aLocation:%20//evil.example%2f..',
  '/data/%7f%2f..',
];
const MALFORMED = [
  '/ucj-ntt/%',
  '/ucj-ntt/%zz',
  '/ucj-ntt/%e0%a4',
  '/ucj-ntt/%ed%a0%80',
  '/ucj-ntt/%ff',
  '/ucj-ntt/%00',
  '/ucj-ntt/a%',
  '/ucj-ntt/%%32%65',
];

describe('scripts/serve.ts melawan permintaan jahat', () => {
  const leaks = (body: string) =>
    body.includes('jangan bocor') || body.includes('/a /b 301') || body.includes('X-Satu');

  test.each([...TRAVERSAL, ...HIDDEN])(
    'tidak membocorkan isi di luar situs atau berkas tersembunyi: %s',
    async (path) => {
      for (const port of [served.port, rootServed.port]) {
        const r = await raw(port, get1(path));
        expect([path, port, (r.status >= 400 && r.status < 500) || r.status === 301]).toEqual([path, port, true]);
        expect(leaks(r.body)).toBe(false);
        if (r.status === 301) {
          // A redirect for a hidden or outside path must not lead to it either.
          const location = /\r\nlocation: ([^\r]*)/i.exec(r.head)?.[1] ?? '';
          expect(location).not.toMatch(/^\/\/|^\/\\|_headers|\.env|rahasia|luar|bocor/i);
        }
      }
    },
  );

  test.each(REDIRECTS)('tidak ada pengalihan ke situs lain: %s', async (path) => {
    for (const s of [served, rootServed]) {
      const r = await raw(s.port, get1(path));
      expect(r.status, path).toBeGreaterThan(0);
      const location = /\r\nlocation: ([^\r]*)/i.exec(r.head)?.[1];
      expect(r.head).not.toMatch(/\r\nset-cookie:/i);
      if (location !== undefined) {
        expect(location, path).toMatch(/^\/(?![/\\])/);
        expect(new URL(location, s.origin).origin, path).toBe(s.origin);
        expect(new URL(location, s.origin).pathname.startsWith(s.base), path).toBe(true);
      }
    }
  });

  test.each(MALFORMED)('%%-encoding rusak: 400 atau 404, bukan galat server: %s', async (path) => {
    const r = await raw(served.port, get1(path));
    expect([400, 404]).toContain(r.status);
    expect(leaks(r.body)).toBe(false);
  });

  const BYTES: [string, string | Buffer, number[]][] = [
    ['URL sangat panjang', get1(`/ucj-ntt/${'a'.repeat(10_000)}`), [414]],
    ['URL raksasa', get1(`/ucj-ntt/${'a'.repeat(200_000)}`), [414, 431, 0]],
    ['header raksasa', get1('/ucj-ntt/', `X-Besar: ${'b'.repeat(100_000)}\r\n`), [431, 0]],
    [
      'seribu header',
      get1('/ucj-ntt/', Array.from({ length: 3000 }, (_, i) => `X-${i}: 1\r\n`).join('')),
      [431, 400, 200, 0],
    ],
    ['byte NUL di baris permintaan', 'GET /ucj-ntt/\0 HTTP/1.1\r\nHost: x\r\n\r\n', [400]],
    [
      'byte mentah 0xff di jalur',
      Buffer.concat([
        Buffer.from('GET /ucj-ntt/'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from(' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
      ]),
      [400, 404],
    ],
    ['garis miring terbalik mentah', get1('/ucj-ntt\\..\\rahasia.txt'), [400, 404]],
    ['sampah biner', Buffer.from([0, 1, 2, 3, 13, 10, 13, 10]), [400]],
    ['versi HTTP aneh', 'GET /ucj-ntt/ HTTP/9.9\r\nHost: x\r\n\r\n', [400, 505, 200]],
    ['tanpa Host', 'GET /ucj-ntt/ HTTP/1.1\r\nConnection: close\r\n\r\n', [400]],
    ['target asterisk', 'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', [405]],
    ['header tanpa nama', get1('/ucj-ntt/', ': kosong\r\n'), [400]],
    ['header dengan CR', get1('/ucj-ntt/', 'X-A: a\rb\r\n'), [400]],
    ['Accept-Encoding aneh', get1('/ucj-ntt/', `Accept-Encoding: ${'gzip;q=0,'.repeat(500)}\r\n`), [200]],
    ['Range aneh', get1('/ucj-ntt/x.csv', 'Range: bytes=99999999-\r\n'), [200, 416]],
    [
      'body pada GET',
      'GET /ucj-ntt/ HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhallo',
      [200],
    ],
    [
      'Content-Length ganda',
      'GET /ucj-ntt/ HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
      [400],
    ],
    ['chunked rusak', 'GET /ucj-ntt/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', [400, 200]],
    ['permintaan terputus', 'GET /ucj-ntt/ HT', [0, 400]],
    ...['OPTIONS', 'TRACE', 'PUT', 'DELETE', 'PATCH', 'POST', 'PROPFIND', 'MKCOL', 'LOCK', 'SEARCH'].map(
      (m): [string, string, number[]] => [
        `metode ${m}`,
        `${m} /ucj-ntt/ HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
        [405],
      ],
    ),
    ['metode CONNECT', 'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n', [0, 400, 405]],
    ['metode karangan', 'BREW /ucj-ntt/ HTTP/1.1\r\nHost: x\r\n\r\n', [400, 405]],
    ['metode huruf kecil', 'get /ucj-ntt/ HTTP/1.1\r\nHost: x\r\n\r\n', [400, 405]],
  ];
  test.each(BYTES)('%s: dijawab tanpa menjatuhkan server', async (_name, bytes, statuses) => {
    const r = await raw(served.port, bytes);
    expect(statuses).toContain(r.status);
    expect(leaks(r.body)).toBe(false);
    // The server still answers the next reader.
    expect((await request('/ucj-ntt/')).status).toBe(200);
  });

  test('berkas yang hilang di tengah pembacaan tidak menjatuhkan server', async () => {
    const big = join(root, 'besar.csv');
    writeFileSync(big, 'a,b\n'.repeat(2_000_000));
    const pending = raw(served.port, get1('/ucj-ntt/besar.csv'), 3000);
    rmSync(big);
    await pending;
    expect((await request('/ucj-ntt/')).status).toBe(200);
  });

  test('symlink di dalam situs tetap disajikan', async () => {
    const r = await request('/ucj-ntt/dalam.csv');
    expect([r.status, r.body.toString()]).toEqual([200, 'a,b\n1,2\n']);
  });

  test('pengalihan folder tetap di situs dan membawa query yang aman', async () => {
    const r = await raw(rootServed.port, get1('/data?a=%0d%0a&b=<x>'));
    expect(r.status).toBe(301);
    expect(r.head).toMatch(/\r\nlocation: \/data\/\?a=%0d%0a&b=%3Cx%3E\r\n/i);
  });
});

describe('dist/ sebagai symlink yang diganti build', () => {
  test('setiap permintaan mengikuti versi terbaru, termasuk aturan _headers-nya', async () => {
    const a = join(work, 'versi-a');
    const b = join(work, 'versi-b');
    for (const [dir, label] of [
      [a, 'A'],
      [b, 'B'],
    ] as const) {
      mkdirSync(dir);
      writeFileSync(join(dir, 'index.html'), `<!doctype html><title>${label}</title>`);
      writeFileSync(join(dir, '_headers'), `/*\n  X-Versi: ${label}\n`);
    }
    const link = join(work, 'dist');
    symlinkSync(a, link);
    const s = await serve({ root: link });
    try {
      const first = await raw(s.port, get1('/'));
      expect(first.body).toContain('<title>A</title>');
      expect(first.head).toMatch(/\r\nx-versi: A\r\n/i);
      symlinkSync(b, `${link}.baru`);
      renameSync(`${link}.baru`, link);
      const second = await raw(s.port, get1('/'));
      expect(second.body).toContain('<title>B</title>');
      expect(second.head).toMatch(/\r\nx-versi: B\r\n/i);
    } finally {
      await s.close();
    }
  });
});

describe('npm run preview -- --port=N', () => {
  const cli = (args: string[]) =>
    spawn(NODE, [join(ROOT, 'scripts', 'serve.ts'), ...args], { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });

  test('menyajikan folder di port yang diminta', async () => {
    const probe = await serve({ root });
    const port = probe.port;
    await probe.close();
    const child = cli([root, `--port=${port}`, '--quiet']);
    try {
      const line = await new Promise<string>((ok, fail) => {
        child.stdout.on('data', (d: Buffer) => ok(d.toString()));
        child.on('exit', (code) => fail(new Error(`keluar dengan kode ${code}`)));
      });
      expect(line).toContain(`http://127.0.0.1:${port}/`);
      const r = await raw(port, get1('/'));
      expect([r.status, r.body.includes('beranda')]).toEqual([200, true]);
    } finally {
      child.kill();
    }
  });

  test('port yang salah ditolak dengan pesan yang jelas', async () => {
    const child = cli([root, '--port=empat']);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((ok) => child.on('exit', ok));
    expect(code).toBe(1);
    expect(stderr).toContain('--port harus bilangan bulat 0-65535, bukan "empat".');
  });
});

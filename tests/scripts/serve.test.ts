// scripts/serve.ts must behave like the static hosts the site is made for, or the browser tests
// would test a different site than readers get.
import { mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headerPatternMatches, headersFor, normalizeBase, parseHeadersFile, serve, type Served } from '#scripts/serve.ts';
import { useScratchDir } from '#support/build.ts';

const work = useScratchDir('serve');
const root = join(work, 'situs');
let served: Served;

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
  served = await serve({ root, base: '/ucj-ntt/' });
});
afterAll(async () => {
  await served?.close();
});

/** Raw request: no redirect following, no decompression, path sent exactly as written. */
function request(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((ok, fail) => {
    const req = get({ host: '127.0.0.1', port: served.port, path, headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
  });
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
    expect(await request('/ucj-ntt/data?x=1')).toMatchObject({ status: 301, headers: { location: '/ucj-ntt/data/?x=1' } });
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
      expect([path, r.status, r.headers['content-type'], r.headers['x-content-type-options']]).toEqual([path, 200, type, 'nosniff']);
    }
  });

  test('alamat yang tidak ada, di luar base path, atau di luar folder: 404 dengan 404.html', async () => {
    for (const path of ['/ucj-ntt/tidak-ada/', '/ucj-ntt/tidak-ada.css', '/lain/', '/', '/ucj-ntt/../rahasia.txt', '/ucj-ntt/%2e%2e/rahasia.txt', '/ucj-ntt/..%2frahasia.txt', '/ucj-ntt/_headers']) {
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
    expect((await request('/ucj-ntt/x.png', { 'Accept-Encoding': 'gzip' })).headers['content-encoding']).toBeUndefined();
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

// The publishing settings: one answer for the build, the pages and --terbit.
import { describe, expect, it } from 'vitest';
import { publishProblems, resolveSitus, SitusError } from '#lib/situs.ts';
import { buildSite, useScratchDir } from '#support/build.ts';
const base = { alamat: '', penerbit: 'Redaksi Uji', koreksi: '', temaSematan: 'terang' };

describe('resolveSitus', () => {
  it('no address: a preview build (null), never a localhost fallback', () => {
    expect(resolveSitus(base, {}).alamat).toBeNull();
  });

  it('SITE_URL overrides the file, and a trailing slash is added', () => {
    const s = resolveSitus({ ...base, alamat: 'https://satu.id' }, { SITE_URL: 'https://dua.id' });
    expect(s.alamat?.href).toBe('https://dua.id/');
    expect(resolveSitus({ ...base, alamat: 'https://satu.id' }, {}).alamat?.href).toBe('https://satu.id/');
  });

  it.each(['http://localhost:4321', 'http://127.0.0.1:8080', 'https://[::1]/', 'http://0.0.0.0'])(
    'refuses the loopback address %s, naming the setting and the fix',
    (alamat) => {
      expect(() => resolveSitus(base, { SITE_URL: alamat })).toThrow(SitusError);
      expect(() => resolveSitus(base, { SITE_URL: alamat })).toThrow(/SITE_URL.*alamat komputer ini sendiri/s);
    },
  );

  it('refuses a non-web address, a sub-folder (that is BASE_PATH), an unknown theme and an empty publisher, all in one message', () => {
    expect(() => resolveSitus({ ...base, alamat: 'ftp://contoh.id' }, {})).toThrow(
      /situs.config.json, "alamat".*bukan alamat web/s,
    );
    expect(() => resolveSitus({ ...base, alamat: 'https://contoh.id/ucj-ntt/' }, {})).toThrow(/BASE_PATH/);
    let message = '';
    try {
      resolveSitus({ ...base, penerbit: ' ', temaSematan: 'ungu' }, {});
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/"temaSematan": "ungu" tidak dikenal/);
    expect(message).toMatch(/"penerbit": kosong/);
  });

  it('a publishing build needs https', () => {
    expect(publishProblems(resolveSitus(base, {}))).toHaveLength(1);
    expect(publishProblems(resolveSitus(base, { SITE_URL: 'http://contoh.id' }))[0]).toMatch(/bukan https/);
    expect(publishProblems(resolveSitus(base, { SITE_URL: 'https://contoh.id' }))).toEqual([]);
  });
});

describe('npm run build -- --terbit', () => {
  // The caller's SITE_URL never leaks in (buildSite drops it): the committed config has no address.
  const scratch = useScratchDir('terbit');
  const terbit = (extra: Record<string, string>) => buildSite(scratch, 'terbit', extra, { args: ['--terbit'] });

  it('refuses without an address, before building anything', async () => {
    const r = await terbit({});
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/Build terbit ditolak:\nAlamat situs belum disetel/);
  });

  it('refuses an http:// address', async () => {
    const r = await terbit({ SITE_URL: 'http://contoh.id' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/bukan https/);
  });
});

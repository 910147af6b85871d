import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReleases, recordRelease, rilisDir } from '#pipeline/rilis.ts';
import { contentVersion } from '#pipeline/version.ts';
import { datasetOf, readDataDir, SNAPSHOT } from '#support/dataset.ts';
import { childEnv, NODE, useScratchDir } from '#support/build.ts';
import { excelIdFiles } from '#support/spreadsheet.ts';
import { ROOT } from '#support/site.ts';

const scratch = useScratchDir('rilis');

let n = 0;
/** A copy of the frozen data fixture in its own folder, as a newsroom's data/ would be. */
function dataCopy(): string {
  const dir = join(scratch, `data-${++n}`);
  cpSync(SNAPSHOT, dir, { recursive: true });
  return dir;
}
const files = (dir: string) => readdirSync(rilisDir(dir)).sort();
const runScript = (script: string, dir: string, ...args: string[]) =>
  spawnSync(NODE, [join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: childEnv({ UCJ_DATA_DIR: dir, UCJ_TODAY: '2026-12-01' }),
  });

const MALAKA = '5321,2025-05,ucj_persen,3,,penamalaka-2025-05-16-malaka-ucj-3,,';

describe('recordRelease', () => {
  it('records the first release with every figure as added, and a snapshot that hashes to its version', () => {
    const dir = dataCopy();
    const ds = datasetOf(readDataDir(dir));
    const r = recordRelease(dir, ds, 'Rilis pertama', '2026-12-01');
    expect(r.recorded).toBe(true);
    if (!r.recorded) return;
    expect(r.rilis).toMatchObject({
      nomor: 1,
      tanggal: '2026-12-01',
      catatan: 'Rilis pertama',
      sebelumnya: null,
      versi: contentVersion(ds),
    });
    expect(r.rilis.perubahan).toHaveLength(ds.observasi.length + ds.klaim.length);
    expect(new Set(r.rilis.perubahan.map((c) => c.jenis))).toEqual(new Set(['baru']));
    const [loaded] = loadReleases(dir);
    expect(loaded!.versi).toBe(r.rilis.versi);
    expect(files(dir)).toEqual([`0001-2026-12-01-${r.rilis.versi}.json`]);
  });

  it('records nothing when nothing changed, and refuses an empty note', () => {
    const dir = dataCopy();
    const ds = datasetOf(readDataDir(dir));
    recordRelease(dir, ds, 'Rilis pertama', '2026-12-01');
    const again = recordRelease(dir, datasetOf(readDataDir(dir)), 'Lagi', '2026-12-02');
    expect(again.recorded).toBe(false);
    expect(files(dir)).toHaveLength(1);
    expect(() => recordRelease(dir, ds, '   ', '2026-12-02')).toThrow(/Catatan rilis wajib/);
  });

  it('a corrected value is one correction from→to; a newer figure from a new source is an addition marked as a new source', () => {
    const dir = dataCopy();
    recordRelease(dir, datasetOf(readDataDir(dir)), 'Rilis pertama', '2026-12-01');
    const data = readDataDir(dir);
    expect(data['kepesertaan.csv']).toContain(MALAKA);
    data['kepesertaan.csv'] =
      data['kepesertaan.csv']!.replace(MALAKA, MALAKA.replace('ucj_persen,3,', 'ucj_persen,"3,4",')) +
      '5321,2026-10,ucj_persen,"7,5",,uji-2026-11-30-malaka,,\n';
    data['sumber.csv'] =
      data['sumber.csv']! + 'uji-2026-11-30-malaka,Penerbit Uji,Judul uji,https://example.org/uji,2026-11-30,,,,\n';
    const r = recordRelease(dir, datasetOf(data), 'Koreksi Malaka', '2026-12-01');
    expect(r.recorded).toBe(true);
    if (!r.recorded) return;
    expect(r.rilis.nomor).toBe(2);
    expect(r.rilis.perubahan).toEqual([
      {
        jenis: 'dikoreksi',
        wilayah: '5321',
        indikator: 'ucj_persen',
        periode: '2025-05',
        sumber: 'penamalaka-2025-05-16-malaka-ucj-3',
        sebelum: { nilai: 3, kualifikasi: null, ragu: false },
        sesudah: { nilai: 3.4, kualifikasi: null, ragu: false },
      },
      {
        jenis: 'baru',
        wilayah: '5321',
        indikator: 'ucj_persen',
        periode: '2026-10',
        sumber: 'uji-2026-11-30-malaka',
        sumberBaru: true,
        sesudah: { nilai: 7.5, kualifikasi: null, ragu: false },
      },
    ]);
    expect(r.rilis.lainnya).toEqual([{ apa: 'sumber', id: 'uji-2026-11-30-malaka', jenis: 'baru' }]);
    // Two releases on one day stay in order.
    expect(loadReleases(dir).map((x) => x.nomor)).toEqual([1, 2]);
  });

  it('a release edited by hand is refused, naming its file', () => {
    const dir = dataCopy();
    const r = recordRelease(dir, datasetOf(readDataDir(dir)), 'Rilis pertama', '2026-12-01');
    if (!r.recorded) throw new Error('not recorded');
    const json = JSON.parse(readFileSync(r.file, 'utf8'));
    json.data.observasi[0].nilai += 1;
    writeFileSync(r.file, JSON.stringify(json, null, 1));
    expect(() => loadReleases(dir)).toThrow(
      new RegExp(`data/rilis/0001-2026-12-01-${r.rilis.versi}\\.json.*tidak lagi cocok`),
    );
  });
});

describe('npm run rilis', () => {
  const dir = dataCopy();

  it('records the first release and says how to commit it', () => {
    const out = runScript('rilis.ts', dir, 'Rilis pertama');
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/Rilis 1 dicatat: versi [0-9a-f]{10}, 2026-12-01 \(rilis pertama\)/);
    expect(out.stdout).toContain('git add');
  });

  it('records nothing, says so and exits non-zero after every CSV is re-saved as an Indonesian Excel export', () => {
    for (const [name, text] of Object.entries(excelIdFiles(readDataDir(dir), { grouped: true })))
      writeFileSync(join(dir, name), text);
    expect(readFileSync(join(dir, 'kepesertaan.csv'), 'utf8').startsWith('\uFEFF')).toBe(true);
    const out = runScript('rilis.ts', dir, 'Simpan ulang dari Excel');
    expect(out.status).not.toBe(0);
    expect(out.stderr).toContain('Tidak ada perubahan data sejak rilis terakhir');
    expect(files(dir)).toHaveLength(1);
  });

  it('data:check reports the changes against the last release', () => {
    const kep = join(dir, 'kepesertaan.csv');
    writeFileSync(
      kep,
      readFileSync(kep, 'utf8').replace('"5321";"2025-05";"ucj_persen";"3";', '"5321";"2025-05";"ucj_persen";"3,4";'),
    );
    const out = runScript('data-check.ts', dir);
    expect(out.status, out.stderr).toBe(0);
    const section = out.stdout.slice(out.stdout.indexOf('== Perubahan dibanding rilis terakhir =='));
    expect(section).toContain('Rilis terakhir: 1');
    expect(section).toMatch(
      /Malaka \(5321\):\n\s+dikoreksi\s+ucj_persen 2025-05 \[penamalaka-2025-05-16-malaka-ucj-3\]: 3 -> 3\.4/,
    );
  });

  it('refuses invalid data like the build, naming file and line, and records nothing', () => {
    const kep = join(dir, 'kepesertaan.csv');
    writeFileSync(kep, readFileSync(kep, 'utf8').replace('"3,4";', '"tiga";'));
    const out = runScript('rilis.ts', dir, 'Rusak');
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/GALAT data\/kepesertaan\.csv, baris \d+, kolom D \(nilai\)/);
    expect(files(dir)).toHaveLength(1);
  });

  it('refuses a release without a note', () => {
    const out = runScript('rilis.ts', dir);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('Catatan rilis wajib diisi');
  });
});

describe('a broken release file in data/rilis/', () => {
  /** A data folder with two recorded releases, and the paths of their files. */
  function twoReleases() {
    const dir = dataCopy();
    const first = recordRelease(dir, datasetOf(readDataDir(dir)), 'Rilis pertama', '2026-12-01');
    const kep = join(dir, 'kepesertaan.csv');
    writeFileSync(kep, readFileSync(kep, 'utf8').replace(MALAKA, MALAKA.replace('ucj_persen,3,', 'ucj_persen,4,')));
    const second = recordRelease(dir, datasetOf(readDataDir(dir)), 'Koreksi Malaka', '2026-12-02');
    if (!first.recorded || !second.recorded) throw new Error('not recorded');
    const name = (f: string) => `data/rilis/${f.split('/').at(-1)}`;
    return { dir, first: first.file, second: second.file, name };
  }
  const errorOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      return String((err as Error).message);
    }
    throw new Error('no error');
  };

  it('not JSON (cut off mid-file): refused, naming the file and how to restore it', () => {
    const { dir, second, name } = twoReleases();
    writeFileSync(second, readFileSync(second, 'utf8').slice(0, 500));
    const message = errorOf(() => loadReleases(dir));
    expect(message).toContain(name(second));
    expect(message).toContain('bukan JSON yang sah');
    expect(message).toContain(`git checkout -- ${name(second)}`);
  });

  it('valid JSON in the wrong shape: refused, naming the file and the fields', () => {
    const { dir, first, name } = twoReleases();
    const json = JSON.parse(readFileSync(first, 'utf8'));
    json.nomor = 'satu';
    delete json.catatan;
    writeFileSync(first, JSON.stringify(json, null, 1));
    const message = errorOf(() => loadReleases(dir));
    expect(message).toContain(name(first));
    expect(message).toContain('tidak sesuai format');
    expect(message).toMatch(/nomor:/);
    expect(message).toMatch(/catatan:/);
    expect(message).toContain('npm run rilis');
  });

  it('every broken file of a run is reported together; data:check and rilis stop with it', () => {
    const { dir, first, second, name } = twoReleases();
    writeFileSync(first, '{');
    writeFileSync(second, JSON.stringify({ nomor: 2 }));
    const message = errorOf(() => loadReleases(dir));
    expect(message).toContain(name(first));
    expect(message).toContain(name(second));
    for (const script of ['data-check.ts', 'rilis.ts']) {
      const out = runScript(script, dir, 'Catatan');
      // data:check prints its report (errors included) on stdout; rilis on stderr.
      const text = out.stdout + out.stderr;
      expect(out.status, script).not.toBe(0);
      expect(text, script).toContain(name(first));
      expect(text, script).toContain(name(second));
      expect(text, script).toContain('bukan JSON yang sah');
    }
    // Nothing recorded on top of a broken history.
    expect(files(dir)).toHaveLength(2);
  });
});

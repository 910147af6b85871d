// <NilaiKonteks> and the konteks: reference: national and other-province figures
// (data/konteks-nasional.csv) bound in prose like <Nilai> binds NTT figures, checked the same way.
import { describe, expect, it } from 'vitest';
import { parseRef } from '#lib/artikel/acuan.ts';
import { masalahKomponen, tampilkan } from '#lib/artikel/komponen.ts';
import type { Props } from '#lib/artikel/props.ts';
import { resolve } from '#lib/artikel/resolve.ts';
import { buildSiteData } from '#pipeline/outputs.ts';
import { FIXTURE_DATA, konteks, loadFiles, readDataDir } from '#support/dataset.ts';
import { alasanPenolakan as failure } from '#support/gagal.ts';

const KONTEKS = [
  'wilayah,tingkat,periode,ukuran,nilai,jenis_dasar,dasar_hitungan,sumber,ragu,catatan',
  'Indonesia,nasional,2024-06,capaian,"35,68",tidak_disebut,,poskupang-2024-08-01,,',
  'Indonesia,nasional,2025,target,"52,15",tidak_disebut,,poskupang-2024-08-01,,Target Kemendagri',
  'Indonesia,nasional,2025,target,"32,15",tidak_disebut,,poskupang-2024-08-01,,Target RPJMN',
  'Bali,provinsi,2024-06,capaian,"50,88",penduduk_bekerja,935.079 peserta dari 1.873.899 penduduk bekerja,penamalaka-2025-05-16,,',
  'Nusa Tenggara Barat,provinsi,2024-06,capaian,32,tidak_disebut,,poskupang-2024-08-01,,',
  'Nusa Tenggara Barat,provinsi,2024-06,capaian,"15,62",angkatan_kerja,486.005 peserta,penamalaka-2025-05-16,ya,Definisi tidak jelas',
].join('\n');

const loaded = loadFiles({ ...readDataDir(FIXTURE_DATA), 'konteks-nasional.csv': `${KONTEKS}\n` });
if (loaded.errors.length) throw new Error(loaded.messages.join('\n'));
const k = konteks(buildSiteData(loaded.dataset, 'uji', loaded.rowCounts));
const show = (props: Props) => tampilkan(k, 'NilaiKonteks', props);

describe('acuan konteks:', () => {
  it('parses region, period, measure and an optional source', () => {
    expect(parseRef('konteks:Nusa Tenggara Barat|2024-06|capaian|poskupang-2024-08-01')).toEqual({
      jenis: 'konteks',
      wilayah: 'Nusa Tenggara Barat',
      periode: '2024-06',
      ukuran: 'capaian',
      sumber: 'poskupang-2024-08-01',
    });
    expect(parseRef('konteks:Indonesia|2025|target')).toMatchObject({ ukuran: 'target', sumber: null });
  });

  it('rejects a reference without a period or with an unknown measure, naming the accepted forms', () => {
    expect(failure(() => parseRef('konteks:Indonesia'))).toMatch(/konteks:wilayah\|periode\|capaian atau target/);
    expect(failure(() => parseRef('konteks:Indonesia|2024-06|cakupan'))).toMatch(/tidak dikenali/);
  });
});

describe('<NilaiKonteks>', () => {
  it('shows the figure with its period, bound to its row and linked to its source', () => {
    const t = show({ wilayah: 'Indonesia', periode: '2024-06', sebutPeriode: true });
    expect(t.teks).toBe('35,68 persen (Juni 2024)');
    expect(t.bind).toBe('konteks:Indonesia|2024-06|capaian|poskupang-2024-08-01');
    expect(t.tautan).toBe('https://kupang.tribunnews.com/');
    expect(t.ragu).toBe(false);
    // No NTT region: the article is not listed on any kabupaten/kota page for it.
    expect(t.dasar[0]!.wilayah).toEqual([]);
  });

  it('a period of the figure is available to <Periode> through the same reference', () => {
    expect(tampilkan(k, 'Periode', { a: 'konteks:Bali|2024-06|capaian' }).teks).toBe('Juni 2024');
  });

  it('a region or period the file does not hold stops the build, listing what there is', () => {
    expect(failure(() => show({ wilayah: 'Jawa Barat', periode: '2024-06' }))).toMatch(
      /"Jawa Barat".*konteks-nasional\.csv.*yang ada: Bali, Indonesia, Nusa Tenggara Barat/,
    );
    expect(failure(() => show({ wilayah: 'Bali', periode: '2023-03' }))).toMatch(/periode yang ada: 2024-06/);
  });

  it('several figures for one period: the source must be named; rows from one source cannot be cited', () => {
    expect(failure(() => show({ wilayah: 'Nusa Tenggara Barat', periode: '2024-06' }))).toMatch(
      /2 angka capaian .*Sebut sumbernya: poskupang-2024-08-01 atau penamalaka-2025-05-16/,
    );
    expect(show({ wilayah: 'Nusa Tenggara Barat', periode: '2024-06', sumber: 'poskupang-2024-08-01' }).teks).toBe(
      '32 persen',
    );
    expect(failure(() => show({ wilayah: 'Indonesia', periode: '2025', ukuran: 'target' }))).toMatch(
      /sumber yang sama/,
    );
  });

  it('a doubtful figure must be cited as doubtful, and only then', () => {
    const ntb = { wilayah: 'Nusa Tenggara Barat', periode: '2024-06', sumber: 'penamalaka-2025-05-16' };
    expect(failure(() => show(ntb))).toMatch(/ditandai ragu/);
    expect(show({ ...ntb, ragu: true }).ragu).toBe(true);
    expect(failure(() => show({ wilayah: 'Bali', periode: '2024-06', ragu: true }))).toMatch(
      /tidak lagi ditandai ragu/,
    );
  });

  it('props are checked like every component: period required, measure from a fixed list', () => {
    expect(masalahKomponen('NilaiKonteks', { wilayah: 'Bali' })).toMatch(/periode/);
    expect(masalahKomponen('NilaiKonteks', { wilayah: 'Bali', periode: '2024-06', ukuran: 'cakupan' })).toMatch(
      /ukuran/,
    );
    expect(masalahKomponen('NilaiKonteks', { wilayah: 'Bali', periode: '2024-06' })).toBeNull();
  });

  it('resolve() gives the value and unit for derived components (<Selisih>, <Pastikan>)', () => {
    const a = resolve(k, 'konteks:Bali|2024-06|capaian');
    expect(a).toMatchObject({ nilai: 50.88, satuan: 'persen', kualifikasi: null });
  });
});

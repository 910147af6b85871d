// Reading articles (src/lib/artikel/baca.ts, mdx.ts) and the component registry's schemas (komponen.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bacaMdx } from '#lib/artikel/baca.ts';
import { KOMPONEN, masalahKomponen, tampilkan } from '#lib/artikel/komponen.ts';
import { periksaArtikel } from '#lib/artikel/periksa.ts';
import type { Props } from '#lib/artikel/props.ts';
import { konteks, ROOT, SNAPSHOT, siteFrom } from '#support/dataset.ts';
import { alasanPenolakan as fails } from '#support/gagal.ts';

const frozen = konteks(siteFrom(SNAPSHOT));
const show = (komponen: string, props: Props) => tampilkan(frozen, komponen, props);

describe('membaca MDX', () => {
  const src = [
    '---',
    'title: Uji',
    '---',
    '',
    '{/* catatan redaksi */}',
    'Cakupan <Nilai indikator="ucj_persen" wilayah="53" /> dan teks.',
    '',
    'Tahun 2024 diketik langsung, <Nilai indikator={x} wilayah="53" />.',
    '',
    '<Grafik indikator="a" />',
    '',
    '<Nilai indikator="ucj_persen" wilyah="53" />',
    '',
    '[metodologi](/metodologi/) dan [sumber](https://contoh.id/2024)',
    '',
    '{1 + 1}',
  ].join('\n');
  const baca = bacaMdx(src, 'uji.mdx');
  // Reading lists every component; the registry's schemas then judge their props.
  const masalah = [...baca.masalah, ...periksaArtikel(frozen, 'uji.mdx', baca.pemakaian).masalah];

  it('lists components with their line and props', () => {
    expect(baca.pemakaian).toEqual([
      { komponen: 'Nilai', props: { indikator: 'ucj_persen', wilayah: '53' }, baris: 6, kolom: 9 },
      { komponen: 'Grafik', props: { indikator: 'a' }, baris: 10, kolom: 1 },
      { komponen: 'Nilai', props: { indikator: 'ucj_persen', wilyah: '53' }, baris: 12, kolom: 1 },
    ]);
  });

  it('reports typed figures, expressions, unknown components and attributes, and internal markdown links', () => {
    const at = (line: number) => masalah.filter((m) => m.line === line).map((m) => m.message);
    expect(at(8).join(' ')).toMatch(/angka "2024" diketik langsung/);
    expect(at(8).join(' ')).toMatch(/atribut indikator ditulis sebagai ekspresi/);
    expect(at(10).join(' ')).toMatch(/komponen <Grafik> tidak dikenal/);
    expect(at(12).join(' ')).toMatch(
      /atribut tidak dikenal: wilyah \(maksudnya wilayah\?\).*atribut wajib belum ada: wilayah/,
    );
    expect(at(14).join(' ')).toMatch(/<Tautan ke="\/metodologi\/">/);
    expect(at(16).join(' ')).toMatch(/ekspresi \{…\} tidak bisa diperiksa/);
    expect(masalah.every((m) => m.file === 'uji.mdx' && m.severity === 'error')).toBe(true);
    expect(masalah.some((m) => m.line === 5)).toBe(false);
  });

  it('reports MDX that does not parse, with its line', () => {
    const r = bacaMdx('Teks\n\n<Nilai indikator="x"\n\n', 'rusak.mdx');
    expect(r.masalah).toHaveLength(1);
    expect(r.masalah[0]!.message).toMatch(/MDX tidak bisa dibaca/);
  });
});

describe('komponen yang tersedia untuk MDX', () => {
  it('every figure block, statement and link has its .astro file; number components have none (they render as <Terikat>)', () => {
    const files = new Set(readdirSync(join(ROOT, 'src', 'components', 'article')));
    const names = Object.keys(KOMPONEN);
    expect(names.filter((n) => KOMPONEN[n]!.jenis !== 'angka' && !files.has(`${n}.astro`))).toEqual([]);
    expect(names.filter((n) => KOMPONEN[n]!.jenis === 'angka' && files.has(`${n}.astro`))).toEqual([]);
    expect(files.has('Terikat.astro')).toBe(true);
  });

  it('the MDX pipeline writes number components as <Terikat> and reads the article for the checker', async () => {
    const { mdxToJs } = await import('satteri');
    const { artikelMdx, KUNCI_BACAAN } = await import('#lib/artikel/mdx.ts');
    const source =
      '---\ntitle: x\n---\n\nCakupan <Nilai indikator="ucj_persen" wilayah="53" ragu /> dan <Tautan ke="/data/">data</Tautan>.\n';
    const frontmatter: Record<string, unknown> = {};
    const r = await mdxToJs(source, {
      mdastPlugins: [artikelMdx],
      data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
    });
    expect(r.code).toMatch(
      /_jsx\(Terikat, \{\s*komponen: "Nilai",\s*indikator: "ucj_persen",\s*wilayah: "53",\s*ragu: true/,
    );
    expect(r.code).not.toMatch(/\bNilai\b(?!")/);
    expect(frontmatter[KUNCI_BACAAN]).toEqual(bacaMdx(source, ''));
  });
});

describe('props dari skema komponen', () => {
  const salah = (komponen: string, props: Props) => masalahKomponen(komponen, props);

  it('every attribute the registry allows is in its schema, and nothing else passes', () => {
    expect(salah('Nilai', { indikator: 'ucj_persen', wilayah: '53', ragu: true, bentuk: 'singkat' })).toBeNull();
    expect(salah('Target', {})).toBeNull();
    expect(salah('Target', { a: 'x' })).toMatch(/atribut tidak dikenal: a \(yang boleh: \)/);
  });

  it('says what to write instead: bare flags, values for text attributes, known words, numbers', () => {
    expect(salah('Nilai', { indikator: 'ucj_persen', wilayah: '53', ragu: 'ya' })).toBe(
      'atribut ragu ditulis tanpa nilai: tulis ragu saja, bukan ragu="ya".',
    );
    expect(salah('Nilai', { indikator: true, wilayah: '53' })).toBe(
      'atribut indikator butuh nilai: tulis indikator="…".',
    );
    expect(salah('Klaim', { program: 'TOTAL', periode: '2022', tampil: 'rupiah' })).toBe(
      'tampil="rupiah" tidak dikenal; pakai "nominal" atau "kasus".',
    );
    expect(salah('Bagian', { a: 'x', b: 'y', desimal: 'dua' })).toMatch(
      /^desimal harus bilangan bulat dari 0 sampai 4/,
    );
    expect(salah('Peringkat', { indikator: 'x', wilayah: 'y', urutan: 'atas' })).toMatch(
      /urutan="atas" tidak dikenal; pakai "tertinggi" atau "terendah"/,
    );
    expect(salah('Tautan', { ke: 'metodologi' })).toMatch(/diawali "\/"/);
    expect(salah('Nilai', { indikator: '', wilayah: '53' })).toMatch(/indikator="" kosong/);
  });

  it('a statement needs the attributes of its condition', () => {
    expect(salah('Pastikan', { kondisi: 'antara', a: 'ucj_persen|53' })).toBe(
      'atribut wajib belum ada: min="…", maks="…".',
    );
    expect(salah('Pastikan', { kondisi: 'terburuk' })).toMatch(/kondisi="terburuk" tidak dikenal; pakai "terendah", /);
    expect(salah('Pastikan', { kondisi: 'ada', a: 'x' })).toBeNull();
  });

  it('the same rule holds where the component renders: tampilkan refuses what the checker reports', () => {
    expect(fails(() => show('Klaim', { program: 'TOTAL', periode: '2022', tampil: 'rupiah' }))).toBe(
      salah('Klaim', { program: 'TOTAL', periode: '2022', tampil: 'rupiah' }),
    );
  });
});

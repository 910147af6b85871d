/**
 * The article checker: reads an article's MDX (satteri, the parser Astro's MDX uses), lists
 * every component with its line, flags what cannot be checked (typed figures, expressions,
 * unknown components or props), resolves every component against the data, and reports
 * every problem of every article together.
 */
import type { Nodes } from 'mdast';
import { mdxToMdast } from 'satteri';
import { TidakDidukung } from '#model/errors.ts';
import { cariWilayah, isProvinsi, kabupatenKota } from '#model/query.ts';
import type { Sumber } from '#model/schema.ts';
import { KOMPONEN, tampilkan } from './komponen.ts';
import { periksaPernyataan } from './pernyataan.ts';
import type { Props } from './props.ts';
import type { Angka, Konteks } from './resolve.ts';

// Reading an article: every component used, with its line, and figures typed by hand

export interface Pemakaian {
  komponen: string;
  props: Props;
  baris: number;
  kolom: number;
}

export interface Masalah {
  berkas: string;
  baris: number;
  kolom: number;
  /** The component as written, or the text that is the problem. */
  apa: string;
  alasan: string;
}

/**
 * Parses an MDX article and lists the components it uses, with their props and line. Also
 * reports what the checker could not verify: figures typed into the text, unknown components,
 * props written as {expressions}, imports and inline expressions.
 */
export function bacaMdx(source: string, berkas: string): { pemakaian: Pemakaian[]; masalah: Masalah[] } {
  const pemakaian: Pemakaian[] = [];
  const masalah: Masalah[] = [];
  let tree: Nodes;
  try {
    tree = mdxToMdast(source);
  } catch (err) {
    const msg = (err as Error).message;
    const m = /^(\d+):(\d+)/.exec(msg);
    return {
      pemakaian,
      masalah: [
        {
          berkas,
          baris: m ? Number(m[1]) : 1,
          kolom: m ? Number(m[2]) : 1,
          apa: 'MDX',
          alasan: `MDX tidak bisa dibaca: ${msg}`,
        },
      ],
    };
  }
  const at = (n: Nodes) => ({ baris: n.position?.start.line ?? 0, kolom: n.position?.start.column ?? 0 });
  const walk = (n: Nodes) => {
    switch (n.type) {
      case 'yaml':
      case 'toml':
        return;
      case 'mdxjsEsm':
        masalah.push({
          berkas,
          ...at(n),
          apa: n.value.split('\n')[0]!,
          alasan: 'import/export tidak diperlukan di artikel: semua komponen sudah tersedia. Hapus baris ini.',
        });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* comments */} are fine: notes for editors, never rendered.
        if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(n.value)) return;
        masalah.push({
          berkas,
          ...at(n),
          apa: `{${n.value}}`,
          alasan: 'ekspresi {…} tidak bisa diperiksa terhadap data. Pakai komponen angka.',
        });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = n.name ?? '';
        if (/^[A-Z]/.test(name)) {
          const props: Props = {};
          let ok = true;
          for (const attr of n.attributes) {
            if (attr.type !== 'mdxJsxAttribute') {
              masalah.push({ berkas, ...at(n), apa: `<${name}>`, alasan: 'atribut sebaran {...} tidak diizinkan.' });
              ok = false;
              continue;
            }
            if (attr.value !== null && typeof attr.value === 'object') {
              masalah.push({
                berkas,
                ...at(n),
                apa: `<${name} ${attr.name}={…}>`,
                alasan: `atribut ${attr.name} ditulis sebagai ekspresi; tulis sebagai teks, misalnya ${attr.name}="…".`,
              });
              ok = false;
              continue;
            }
            props[attr.name] = attr.value === null || attr.value === undefined ? true : String(attr.value);
          }
          const spec = KOMPONEN[name];
          if (!spec) {
            masalah.push({
              berkas,
              ...at(n),
              apa: `<${name}>`,
              alasan: `komponen <${name}> tidak dikenal. Yang tersedia: ${Object.keys(KOMPONEN).join(', ')}.`,
            });
          } else if (ok) {
            const unknown = Object.keys(props).filter((key) => !spec.wajib.includes(key) && !spec.boleh.includes(key));
            const missing = spec.wajib.filter((key) => props[key] === undefined);
            if (unknown.length || missing.length) {
              masalah.push({
                berkas,
                ...at(n),
                apa: tulisKomponen(name, props),
                alasan:
                  [
                    unknown.length &&
                      `atribut tidak dikenal: ${unknown.join(', ')} (yang boleh: ${[...spec.wajib, ...spec.boleh].join(', ')})`,
                    missing.length && `atribut wajib belum ada: ${missing.join(', ')}`,
                  ]
                    .filter(Boolean)
                    .join('; ') + '.',
              });
            } else {
              pemakaian.push({ komponen: name, props, ...at(n) });
            }
          }
        }
        break;
      }
      case 'link': {
        const url = n.url;
        if (url.startsWith('/'))
          masalah.push({
            berkas,
            ...at(n),
            apa: `[…](${url})`,
            alasan: `tautan ke halaman situs ini harus lewat <Tautan ke="${url}">…</Tautan>, supaya tetap benar bila situs dipasang di sub-folder.`,
          });
        break;
      }
      case 'text':
      case 'inlineCode':
      case 'code': {
        const text = n.value;
        const m = /\d[\d.,]*/.exec(text);
        if (m) {
          const start = Math.max(0, m.index - 20);
          masalah.push({
            berkas,
            ...at(n),
            apa: `…${text.slice(start, m.index + m[0].length + 20).replace(/\s+/g, ' ')}…`,
            alasan: `angka "${m[0]}" diketik langsung di teks. Setiap angka harus dari data: pakai <Nilai>, <Klaim>, <Angka>, <Periode>, <Tanggal>, atau komponen lain.`,
          });
        }
        break;
      }
    }
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(tree);
  return { pemakaian, masalah };
}

/** The component as an author would recognise it in the file. */
export function tulisKomponen(name: string, props: Props): string {
  const attrs = Object.entries(props).map(([key, v]) => (v === true ? key : `${key}="${v}"`));
  return `<${[name, ...attrs].join(' ')} />`;
}

export interface HasilArtikel {
  /** Sources behind every figure shown, in order of first use. */
  sumber: Sumber[];
  /** Kabupaten/kota the article names or cites a figure for. */
  wilayah: string[];
  /** Every statement the build checks for this article, in words, with its line. */
  pernyataan: { baris: number; uraian: string }[];
  /** How many bound figures the article shows. */
  jumlahAngka: number;
}

/**
 * Checks every component of an article against the data. Returns what the article uses, and
 * the problems (missing figures, false claims) for the build to report.
 * `sumberGrafik` gives the sources and validity of figure blocks (maps and charts).
 */
export function periksaArtikel(
  k: Konteks,
  berkas: string,
  pemakaian: Pemakaian[],
  sumberGrafik: (komponen: string, props: Props) => { sumber: Sumber[] },
  tautanAda: (path: string) => boolean = () => true,
): { hasil: HasilArtikel; masalah: Masalah[] } {
  const masalah: Masalah[] = [];
  const sumber = new Map<string, Sumber>();
  const wilayah = new Set<string>();
  const pernyataan: HasilArtikel['pernyataan'] = [];
  let jumlahAngka = 0;
  const tambah = (dasar: Angka[]) => {
    for (const a of dasar) {
      for (const s of a.sumber) sumber.set(s.id, s);
      for (const w of a.wilayah) wilayah.add(w);
    }
  };
  for (const u of pemakaian) {
    const spec = KOMPONEN[u.komponen]!;
    try {
      if (spec.jenis === 'angka') {
        const t = tampilkan(k, u.komponen, u.props);
        tambah(t.dasar);
        jumlahAngka++;
      } else if (spec.jenis === 'pernyataan') {
        const h = periksaPernyataan(k, u.props);
        const w = typeof u.props.wilayah === 'string' ? cariWilayah(k.site, u.props.wilayah) : null;
        if (w && !isProvinsi(k.site, w.kode)) wilayah.add(w.kode);
        for (const a of h.dasar) for (const c of a.wilayah) wilayah.add(c);
        pernyataan.push({ baris: u.baris, uraian: h.uraian });
      } else if (spec.jenis === 'tautan') {
        const ke = String(u.props.ke);
        if (!ke.startsWith('/') || !tautanAda(ke.replace(/#.*$/, '')))
          throw new TidakDidukung(`halaman ${ke} tidak ada di situs ini.`);
      } else {
        for (const s of sumberGrafik(u.komponen, u.props).sumber) sumber.set(s.id, s);
      }
    } catch (err) {
      if (!(err instanceof TidakDidukung)) throw err;
      masalah.push({
        berkas,
        baris: u.baris,
        kolom: u.kolom,
        apa: tulisKomponen(u.komponen, u.props),
        alasan: err.alasan,
      });
    }
  }
  return {
    hasil: {
      sumber: [...sumber.values()],
      wilayah: kabupatenKota(k.site)
        .map((r) => r.kode)
        .filter((c) => wilayah.has(c)),
      pernyataan,
      jumlahAngka,
    },
    masalah,
  };
}

/** The build's message: every problem with file, line, the component as written, and why. */
export function formatMasalah(masalah: Masalah[]): string {
  const n = masalah.length;
  const lines = [
    `Build dihentikan: ${n} masalah di artikel. Angka atau pernyataan di artikel tidak lagi didukung data, jadi artikel itu tidak diterbitkan dengan kalimat yang salah.`,
    '',
  ];
  for (const m of masalah) {
    lines.push(`  ${m.berkas}, baris ${m.baris}, kolom ${m.kolom}: ${m.apa}`);
    lines.push(`    ${m.alasan}`);
  }
  lines.push(
    '',
    'Ubah kalimat dan komponennya di artikel itu agar sesuai dengan data terbaru (atau perbaiki datanya), lalu jalankan lagi npm run build.',
  );
  return lines.join('\n');
}

export class ArtikelTidakCocok extends Error {
  readonly masalah: Masalah[];
  constructor(masalah: Masalah[]) {
    super(formatMasalah(masalah));
    this.name = 'ArtikelTidakCocok';
    this.masalah = masalah;
  }
}

/**
 * Reading an article: every component it uses, with its props, line and column, and what the
 * checker cannot verify (figures typed into the text, {expressions}, imports, markdown links to
 * the site's own pages). Runs inside the MDX pipeline on the tree it parses (mdx.ts), so each
 * article is parsed once; `bacaMdx` parses a file's text the same way for tests and tools.
 */
import type { Nodes } from 'mdast';
import { mdxToMdast } from 'satteri';
import type { Issue } from '#model/errors.ts';
import type { Props } from './props.ts';

export interface Pemakaian {
  komponen: string;
  props: Props;
  baris: number;
  kolom: number;
}

export interface Bacaan {
  pemakaian: Pemakaian[];
  masalah: Issue[];
}

/** The component as an author would recognise it in the file. */
export function tulisKomponen(name: string, props: Props): string {
  const attrs = Object.entries(props).map(([key, v]) => (v === true ? key : `${key}="${v}"`));
  return `<${[name, ...attrs].join(' ')} />`;
}

/** Lists the components of an article's MDX tree and what in it cannot be checked. */
export function bacaPohon(tree: Nodes, berkas: string): Bacaan {
  const pemakaian: Pemakaian[] = [];
  const masalah: Issue[] = [];
  const lapor = (n: Nodes, excerpt: string, message: string) =>
    masalah.push({
      file: berkas,
      line: n.position?.start.line ?? 0,
      column: n.position?.start.column ?? 0,
      excerpt,
      message,
      severity: 'error',
    });
  const walk = (n: Nodes) => {
    switch (n.type) {
      case 'yaml':
      case 'toml':
        return;
      case 'mdxjsEsm':
        lapor(
          n,
          n.value.split('\n')[0]!,
          'import/export tidak diperlukan di artikel: semua komponen sudah tersedia. Hapus baris ini.',
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* comments */} are fine: notes for editors, never rendered.
        if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(n.value)) return;
        lapor(n, `{${n.value}}`, 'ekspresi {…} tidak bisa diperiksa terhadap data. Pakai komponen angka.');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = n.name ?? '';
        if (!/^[A-Z]/.test(name)) break;
        const props: Props = {};
        let ok = true;
        for (const attr of n.attributes) {
          if (attr.type !== 'mdxJsxAttribute') {
            lapor(n, `<${name}>`, 'atribut sebaran {...} tidak diizinkan.');
            ok = false;
          } else if (attr.value !== null && typeof attr.value === 'object') {
            lapor(
              n,
              `<${name} ${attr.name}={…}>`,
              `atribut ${attr.name} ditulis sebagai ekspresi; tulis sebagai teks, misalnya ${attr.name}="…".`,
            );
            ok = false;
          } else {
            props[attr.name] = attr.value === null || attr.value === undefined ? true : String(attr.value);
          }
        }
        if (ok)
          pemakaian.push({
            komponen: name,
            props,
            baris: n.position?.start.line ?? 0,
            kolom: n.position?.start.column ?? 0,
          });
        break;
      }
      case 'link':
        if (n.url.startsWith('/'))
          lapor(
            n,
            `[…](${n.url})`,
            `tautan ke halaman situs ini harus lewat <Tautan ke="${n.url}">…</Tautan>, supaya tetap benar bila situs dipasang di sub-folder.`,
          );
        break;
      case 'text':
      case 'inlineCode':
      case 'code': {
        const m = /\d[\d.,]*/.exec(n.value);
        if (m) {
          const start = Math.max(0, m.index - 20);
          lapor(
            n,
            `…${n.value.slice(start, m.index + m[0].length + 20).replace(/\s+/g, ' ')}…`,
            `angka "${m[0]}" diketik langsung di teks. Setiap angka harus dari data: pakai <Nilai>, <Klaim>, <Angka>, <Periode>, <Tanggal>, atau komponen lain.`,
          );
        }
        break;
      }
    }
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(tree);
  return { pemakaian, masalah };
}

/** Parses an article's text (frontmatter included) and reads it as the MDX pipeline does. */
export function bacaMdx(source: string, berkas: string): Bacaan {
  try {
    return bacaPohon(mdxToMdast(source), berkas);
  } catch (err) {
    const msg = (err as Error).message;
    const m = /^(\d+):(\d+)/.exec(msg);
    return {
      pemakaian: [],
      masalah: [
        {
          file: berkas,
          line: m ? Number(m[1]) : 1,
          column: m ? Number(m[2]) : 1,
          excerpt: 'MDX',
          message: `MDX tidak bisa dibaca: ${msg}`,
          severity: 'error',
        },
      ],
    };
  }
}

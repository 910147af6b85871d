/**
 * <Pastikan>, a statement the build checks (pernyataan.ts: which attributes each condition
 * needs), and <Tautan>, a link to a page of this site that follows the base path.
 */
import { z } from 'zod';
import { teks } from '#lib/artikel/props.ts';
import { KONDISI } from '#lib/artikel/pernyataan.ts';
import { lain } from './dasar.ts';

const kondisi = Object.keys(KONDISI) as [string, ...string[]];

export const LAIN = {
  Pastikan: lain(
    'pernyataan',
    z
      .strictObject({
        kondisi: z.enum(kondisi),
        a: teks.optional(),
        b: teks.optional(),
        indikator: teks.optional(),
        wilayah: teks.optional(),
        min: teks.optional(),
        maks: teks.optional(),
        periode: teks.optional(),
        toleransi: teks.optional(),
      })
      .superRefine((p, ctx) => {
        // Which of the optional attributes a statement needs depends on its condition.
        for (const key of KONDISI[p.kondisi]?.perlu ?? [])
          if (p[key as keyof typeof p] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: '' });
      }),
  ),
  Tautan: lain(
    'tautan',
    z.strictObject({
      ke: teks.regex(/^\//, 'ke harus alamat halaman situs ini yang diawali "/", misalnya ke="/metodologi/".'),
    }),
  ),
};

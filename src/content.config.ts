// Articles: MDX in src/content/artikel/, one file per article, its name the address
// (/artikel/<file name>/). Frontmatter is validated here; figures and claims in the text are
// checked against the data by src/lib/artikel/artikel.ts on every build.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * Where the articles are read from. Tests point UCJ_ARTIKEL_DIR at fixture articles. A build on
 * test data (UCJ_DATA_DIR set, e.g. tests/fixtures/data/valid) uses the fixture articles unless
 * told otherwise: the real articles are written against the real data and would (rightly)
 * refuse to build on a tiny test dataset.
 */
const base =
  process.env.UCJ_ARTIKEL_DIR ??
  (process.env.UCJ_DATA_DIR ? './tests/fixtures/articles/valid' : './src/content/artikel');

/** Titles and deks carry no typed figures: a number in the headline could not follow the data. */
const tanpaAngka = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${what} wajib diisi.`)
    .max(max, `${what} terlalu panjang (paling banyak ${max} karakter).`)
    .refine(
      (s) => !/\d/.test(s),
      `${what} tidak boleh memuat angka yang diketik: angka tidak bisa mengikuti data. Tulis angkanya di teks dengan komponen <Nilai> dan semacamnya.`,
    );

const artikel = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base }),
  schema: z
    .object({
      title: tanpaAngka('Judul (title)', 70),
      dek: tanpaAngka('Dek (dek)', 320),
      /** Publication date, YYYY-MM-DD. */
      date: z.coerce.date(),
      /** Last editorial change, YYYY-MM-DD; figures also change with every data refresh. */
      updated: z.coerce.date().optional(),
      author: z.string().trim().min(1),
      tags: z.array(z.string().trim().min(1)).min(1),
      /** Indicators the story is about (ids from data/indikator.csv). */
      indikator: z.array(z.string()).min(1),
      /** The lead story on the home page. */
      utama: z.boolean().default(false),
      /** The figure for the social image, as a reference (e.g. "ucj_persen|53"). */
      kartu: z.string().optional(),
      /** Short label under that figure. */
      kartuLabel: z
        .string()
        .refine((s) => !/\d/.test(s), 'kartuLabel tidak boleh memuat angka.')
        .optional(),
    })
    .refine((d) => !d.updated || d.updated >= d.date, {
      message: 'updated tidak boleh sebelum date.',
      path: ['updated'],
    }),
});

export const collections = { artikel };

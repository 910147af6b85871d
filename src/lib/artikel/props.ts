/**
 * Props as written in MDX (text, or true for a bare attribute), and reading them against a
 * component's zod schema. A schema is a strict object: every attribute the component takes,
 * required unless optional. What does not fit becomes one sentence for the editor, naming the
 * attribute and what to write instead.
 */
import { z } from 'zod';
import { TidakDidukung } from '#model/errors.ts';

export type Props = Record<string, string | true | undefined>;

export const str = (p: Props, key: string): string | undefined =>
  typeof p[key] === 'string' ? (p[key] as string) : undefined;

export function wajib(p: Props, key: string): string {
  const v = str(p, key);
  if (v === undefined || v === '') throw new TidakDidukung(`atribut ${key}="…" wajib diisi.`);
  return v;
}

// The attribute kinds components are built from.
/** Required text: indikator="ucj_persen". */
export const teks = z.string().min(1);
/** A bare attribute (ragu, kata): true when present. */
export const bendera = z
  .union([z.literal(true), z.enum(['true', ''])])
  .optional()
  .transform((v) => v !== undefined);
/** One of a few words: tampil="nominal". */
export const pilihan = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values);
/** A whole number written as text: desimal="1". */
export const bilangan = (key: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${key} harus bilangan bulat dari ${min} sampai ${max}, misalnya ${key}="${min}".`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${key} harus bilangan bulat dari ${min} sampai ${max}.`);

export type Skema = z.ZodObject;

const daftar = (xs: readonly unknown[]) => {
  const q = xs.map((x) => `"${String(x)}"`);
  return q.length < 2 ? q.join('') : `${q.slice(0, -1).join(', ')} atau ${q.at(-1)}`;
};

/** Edit distance, for "maksudnya …?" on a misspelt attribute. */
function jarak(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return d[b.length]!;
}

/** What is wrong with the props, in one sentence, or null when they fit the schema. */
export function masalahProps(skema: Skema, props: Props): string | null {
  const r = skema.safeParse(props);
  if (r.success) return null;
  const shape = skema.shape as Record<string, z.ZodType>;
  const boleh = Object.keys(shape);
  const asing: string[] = [];
  const kurang: string[] = [];
  const lain: string[] = [];
  for (const issue of r.error.issues) {
    const key = String(issue.path[0] ?? '');
    const v = props[key];
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) {
        const dekat = boleh.filter((b) => jarak(k.toLowerCase(), b.toLowerCase()) <= 2);
        asing.push(dekat.length ? `${k} (maksudnya ${dekat.join(' atau ')}?)` : k);
      }
    } else if (v === undefined) {
      kurang.push(key);
    } else if (shape[key]?.safeParse(true).success) {
      lain.push(`atribut ${key} ditulis tanpa nilai: tulis ${key} saja, bukan ${key}="${String(v)}"`);
    } else if (v === true) {
      lain.push(`atribut ${key} butuh nilai: tulis ${key}="…"`);
    } else if (v === '') {
      lain.push(`atribut ${key}="" kosong; isi nilainya`);
    } else if (issue.code === 'invalid_value') {
      lain.push(`${key}="${v}" tidak dikenal; pakai ${daftar(issue.values)}`);
    } else {
      lain.push(issue.message.replace(/\.$/, ''));
    }
  }
  const parts = [
    asing.length && `atribut tidak dikenal: ${asing.join(', ')} (yang boleh: ${boleh.join(', ')})`,
    kurang.length && `atribut wajib belum ada: ${kurang.map((k) => `${k}="…"`).join(', ')}`,
    ...lain,
  ];
  return parts.filter(Boolean).join('; ') + '.';
}

/** The props as the schema reads them, or TidakDidukung saying what to write instead. */
export function bacaProps<S extends Skema>(skema: S, props: Props): z.output<S> {
  const r = skema.safeParse(props);
  if (!r.success) throw new TidakDidukung(masalahProps(skema, props)!);
  return r.data;
}

/** Props as written in MDX (text, or true for a bare attribute), and reading them. */
import { TidakDidukung } from '#model/errors.ts';

export type Props = Record<string, string | true | undefined>;

export const str = (p: Props, key: string): string | undefined =>
  typeof p[key] === 'string' ? (p[key] as string) : undefined;
export const flag = (p: Props, key: string): boolean => p[key] === true || p[key] === 'true' || p[key] === '';

export function wajib(p: Props, key: string): string {
  const v = str(p, key);
  if (v === undefined || v === '') throw new TidakDidukung(`atribut ${key}="…" wajib diisi.`);
  return v;
}

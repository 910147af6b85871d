// Article components and checks refuse with TidakDidukung: tests read its reason.
import { expect } from 'vitest';
import { TidakDidukung } from '#model/errors.ts';

/** The reason `fn` gives for refusing; fails the test if it does not refuse, or throws anything else. */
export function alasanPenolakan(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(TidakDidukung);
    return (err as TidakDidukung).alasan;
  }
  throw new Error('diharapkan gagal, ternyata tidak');
}

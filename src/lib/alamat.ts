/**
 * Addresses as pages print them. With a publishing address every link meant to leave the site
 * (canonical, og:image, links inside embeds, embed code) is absolute; in a local-preview build
 * there is no address to give, so links stay root-relative and copy-ready code is withheld.
 */
import { href } from './data.ts';
import { resolveSitus } from './situs.ts';

export const SITUS = resolveSitus();

/** Absolute URL on the publishing address, or null in a local-preview build. */
export function alamatLengkap(path: string): string | null {
  return SITUS.alamat ? new URL(href(path), SITUS.alamat).href : null;
}

/** Absolute URL when the site has an address, else the root-relative path (preview). */
export function absolut(path: string): string {
  return alamatLengkap(path) ?? href(path);
}

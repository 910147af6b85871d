// The site's Content-Security-Policy, in one place: the layout puts CSP in a <meta> tag (works
// on every host, including ones that cannot set headers), and public/_headers repeats it as a
// header for hosts that can. tests/built-site/ checks that both match these constants.
//
// Data on the site is text from outside (names, notes, source titles). Even if a template ever
// rendered it unescaped, this policy keeps it from running: scripts and styles only from our
// own files, no inline scripts, no inline event handlers, no style="" attributes, and DOM
// sinks such as innerHTML refuse plain strings (Trusted Types), so a tooltip cannot be turned
// into markup by a crafted region name.

const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  // data: lets a component inline a tiny SVG/PNG; it cannot run script in an <img>.
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  // Articles may frame our own embeds; nothing else.
  ['frame-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['require-trusted-types-for', "'script'"],
];

/**
 * The policy for the <meta http-equiv="Content-Security-Policy"> tag on every page.
 * It has no frame-ancestors: browsers ignore (and warn about) that directive in a meta tag.
 */
export const CSP = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/**
 * Sent as a second Content-Security-Policy header on every page except /embed/: only the site
 * itself may frame them (clickjacking). Embeds exist to be framed by any newsroom's page.
 */
export const CSP_FRAME_ANCESTORS = "frame-ancestors 'self'";

/** Links to sources send only our origin, never the page path, to other sites. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

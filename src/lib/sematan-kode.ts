/**
 * The copy-ready embed codes, as pure functions: the build prints them into the map page (so
 * they work without script), the oEmbed JSON carries the iframe code, and the page script
 * rebuilds them when a partner changes an option. Every value is escaped for an attribute.
 */
export type Varian = 'peta' | 'petak';
export const VARIAN: readonly Varian[] = ['peta', 'petak'];

/**
 * Frame height (px) with no resize script, chosen so that at 375 px wide the map, the legend
 * and the source line are all inside the frame (tests/built-site/embed.test.ts measures it in Chromium, with the
 * longest indicator name and JavaScript off). Wider frames need less.
 */
export const TINGGI_BAWAAN: Record<Varian, number> = { peta: 840, petak: 700 };

export interface SematanKode {
  /** Absolute embed URL with its options (?tema=…&judul=0&sorot=…). */
  src: string;
  /** Absolute URL of public/sematkan.js, the host-page resizer. */
  skrip: string;
  /** Absolute URL of the map's own page and its PNG. */
  halaman: string;
  gambar: string;
  gambarLebar: number;
  gambarTinggi: number;
  judul: string;
  /** Default frame height (px) in which map, legend and source line fit at 375 px wide. */
  tinggi: number;
  /** Text of the AMP overflow button. */
  teksLuapan: string;
}

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function kodeIframe(k: SematanKode): string {
  return `<iframe src="${attr(k.src)}" title="${attr(k.judul)}" height="${k.tinggi}" loading="lazy" style="width:100%;max-width:1200px;border:0" data-ucj-ntt></iframe>\n<script src="${attr(k.skrip)}" async></script>`;
}

/** Only the iframe, for oEmbed consumers that strip scripts anyway (it still fits at 375 px). */
export function kodeIframeSaja(k: SematanKode): string {
  return `<iframe src="${attr(k.src)}" title="${attr(k.judul)}" height="${k.tinggi}" loading="lazy" style="width:100%;max-width:1200px;border:0" data-ucj-ntt></iframe>`;
}

/**
 * AMP pages cannot run our script: amp-iframe resizes from the embed's own "embed-size"
 * message, and shows the overflow button when it may not resize on its own.
 */
export function kodeAmp(k: SematanKode): string {
  return [
    `<amp-iframe src="${attr(k.src)}" title="${attr(k.judul)}" width="375" height="${k.tinggi}" layout="responsive" resizable frameborder="0"`,
    `  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation">`,
    `  <div overflow tabindex="0" role="button" aria-label="${attr(k.teksLuapan)}">${attr(k.teksLuapan)}</div>`,
    `</amp-iframe>`,
  ].join('\n');
}

/**
 * Pasted after the iframe code: where script does not run (readers with JavaScript off, feed
 * readers, e-mail newsletters) the PNG shows instead, linked to the map's page.
 */
export function kodeStatis(k: SematanKode): string {
  return `<noscript><a href="${attr(k.halaman)}"><img src="${attr(k.gambar)}" alt="${attr(k.judul)}" width="${k.gambarLebar}" height="${k.gambarTinggi}" style="width:100%;height:auto;border:0"></a></noscript>`;
}

/** The embed URL with the partner's options; defaults are left out so codes stay short. */
export function alamatSematan(
  base: string,
  o: { tema?: string; temaBawaan?: string; judul?: boolean; sorot?: string },
): string {
  const url = new URL(base);
  if (o.tema && o.tema !== (o.temaBawaan ?? 'terang')) url.searchParams.set('tema', o.tema);
  if (o.judul === false) url.searchParams.set('judul', '0');
  if (o.sorot) url.searchParams.set('sorot', o.sorot);
  return url.href;
}

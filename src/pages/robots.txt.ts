// robots.txt: everything may be crawled; embed pages point search engines to their map page
// with a canonical link, which a Disallow would hide from them.
import type { APIRoute } from 'astro';
import { alamatLengkap } from '#lib/alamat.ts';

export const GET: APIRoute = () => {
  // A preview build has no address and so no sitemap.
  const sitemap = alamatLengkap('/sitemap-index.xml');
  const lines = ['User-agent: *', 'Allow: /', '', ...(sitemap ? [`Sitemap: ${sitemap}`, ''] : [])];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

// robots.txt: everything may be crawled; embed pages point search engines to their map page
// with a canonical link, which a Disallow would hide from them.
import type { APIRoute } from 'astro';
import { href } from '#lib/data.ts';

export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL(href('/sitemap-index.xml'), site).href}`, ''];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

// robots.txt: everything may be indexed except embed pages (they are the map inside other sites).
import type { APIRoute } from 'astro';
import { href } from '../lib/data.ts';

export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', `Disallow: ${href('/embed/')}`, '', `Sitemap: ${new URL(href('/sitemap-index.xml'), site).href}`, ''];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

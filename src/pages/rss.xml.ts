// RSS feed of the articles, newest first; links follow the base path.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { artikelTerperiksa } from '#lib/artikel/artikel.ts';
import { t } from '#i18n/id.ts';
import { absolut, SITUS } from '#lib/alamat.ts';
import { xml } from '#lib/map/svg.ts';

export const GET: APIRoute = async () => {
  const { daftar } = await artikelTerperiksa();
  const title = `${t.siteName}: ${t.nav.artikel}`;
  const items = daftar.map((a) => ({
    title: a.data.title,
    description: a.data.dek,
    pubDate: a.data.date,
    link: absolut(`/artikel/${a.id}/`),
    categories: a.data.tags,
  }));
  if (SITUS.alamat)
    return rss({
      title,
      description: t.artikel.indeksDek,
      site: absolut('/'),
      trailingSlash: true,
      items,
      customData: '<language>id</language>',
    });
  // A local-preview build has no address, and @astrojs/rss needs one: the same feed with
  // root-relative links, readable in the preview and never published (the build warns).
  const body = items
    .map(
      (i) =>
        `<item><title>${xml(i.title)}</title><link>${xml(i.link)}</link><description>${xml(i.description)}</description><pubDate>${i.pubDate.toUTCString()}</pubDate></item>`,
    )
    .join('');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${xml(title)}</title><link>${xml(absolut('/'))}</link><description>${xml(t.artikel.indeksDek)}</description><language>id</language>${body}</channel></rss>\n`,
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
};

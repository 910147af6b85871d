// RSS feed of the articles, newest first; links follow the base path.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { artikelTerperiksa } from '#components/article/artikel.ts';
import { t } from '#i18n/id.ts';
import { href } from '#lib/data.ts';

export const GET: APIRoute = async (context) => {
  const { daftar } = await artikelTerperiksa();
  const abs = (path: string) => new URL(href(path), context.site).href;
  return rss({
    title: `${t.siteName}: ${t.nav.artikel}`,
    description: t.artikel.indeksDek,
    site: abs('/'),
    trailingSlash: true,
    items: daftar.map((a) => ({
      title: a.data.title,
      description: a.data.dek,
      pubDate: a.data.date,
      link: abs(`/artikel/${a.id}/`),
      categories: a.data.tags,
    })),
    customData: '<language>id</language>',
  });
};

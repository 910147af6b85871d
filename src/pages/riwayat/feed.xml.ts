// Feed of data releases, newest first, so partners learn when figures they use change.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '#i18n/id.ts';
import { absolut, SITUS } from '#lib/alamat.ts';
import { riwayat, site } from '#lib/data.ts';
import { kutipan } from '#model/format.ts';
import { xml } from '#lib/map/svg.ts';
import { bagiRiwayat, tampilanRiwayat, waktuTerbit } from '#lib/riwayat.ts';

export const GET: APIRoute = () => {
  // The newest releases, as /riwayat/ shows them in full: a feed reader needs news, not the archive.
  const items = bagiRiwayat(tampilanRiwayat(riwayat, site)).penuh.map(({ rilis: r, grup, ringkas, lainnya }) => {
    const lines = grup.flatMap((g) =>
      // Sentences, so figures in words ("persen") and sources in the short form running text uses.
      g.baris.map((b) =>
        t.riwayat.feedBaris(
          g.nama,
          b.indikatorTeks,
          b.periodeTeks,
          b.jenisTeks,
          b.perubahanProsa,
          b.sumber ? kutipan(b.sumber, 'pendek') : '',
        ),
      ),
    );
    return {
      title: `${t.riwayat.rilis(r.nomor)}: ${r.catatan}`,
      description: [r.catatan, ringkas, ...lines, ...lainnya].join('\n'),
      pubDate: waktuTerbit(r),
      link: absolut(`/riwayat/#rilis-${r.nomor}`),
    };
  });
  const title = t.riwayat.feedJudul;
  if (SITUS.alamat)
    return rss({
      title,
      description: t.riwayat.dek,
      site: absolut('/riwayat/'),
      trailingSlash: true,
      items,
      customData: '<language>id</language>',
    });
  // As in /rss.xml: a local-preview build has no address, and @astrojs/rss needs one.
  const body = items
    .map(
      (i) =>
        `<item><title>${xml(i.title)}</title><link>${xml(i.link)}</link><guid>${xml(i.link)}</guid><description>${xml(i.description)}</description><pubDate>${i.pubDate.toUTCString()}</pubDate></item>`,
    )
    .join('');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${xml(title)}</title><link>${xml(absolut('/riwayat/'))}</link><description>${xml(t.riwayat.dek)}</description><language>id</language>${body}</channel></rss>\n`,
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
};

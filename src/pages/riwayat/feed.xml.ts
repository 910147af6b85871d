// Feed of data releases, newest first, so partners learn when figures they use change.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '#i18n/id.ts';
import { href, riwayat } from '#lib/data.ts';
import { formatTanggal } from '#lib/format.ts';
import { tampilanRiwayat } from '#lib/riwayat.ts';

export const GET: APIRoute = (context) => {
  const abs = (path: string) => new URL(href(path), context.site).href;
  return rss({
    title: t.riwayat.feedJudul,
    description: t.riwayat.dek,
    site: abs('/riwayat/'),
    trailingSlash: true,
    items: tampilanRiwayat(riwayat).map(({ rilis: r, grup, ringkas, lainnya }) => {
      const lines = grup.flatMap((g) => g.baris.map((b) => `${g.nama}: ${b.indikatorTeks}, ${b.periodeTeks}. ${b.jenisTeks}: ${b.perubahanTeks}${b.sumber ? ` (${b.sumber.penerbit}, ${formatTanggal(b.sumber.tanggalTerbit)})` : ''}.`));
      return {
        title: `${t.riwayat.rilis(r.nomor)}: ${r.catatan}`,
        description: [r.catatan, ringkas, ...lines, ...lainnya].join('\n'),
        pubDate: new Date(`${r.tanggal}T00:00:00Z`),
        link: abs(`/riwayat/#rilis-${r.nomor}`),
      };
    }),
    customData: '<language>id</language>',
  });
};

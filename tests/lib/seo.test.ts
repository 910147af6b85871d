// Structured data for search engines (src/lib/seo.ts).
import { describe, expect, it } from 'vitest';
import { datasetLd, jsonLdTeks, newsArticleLd } from '#lib/seo.ts';
import { provinsi } from '#model/query.ts';
import { SNAPSHOT, siteFrom } from '#support/dataset.ts';

const site = siteFrom(SNAPSHOT);

describe('JSON-LD', () => {
  it('can never close its <script> element, and stays valid JSON', () => {
    const text = jsonLdTeks({ a: '</script><script>alert(1)</script>', b: '<!-- x -->', c: 'A & B \u2028' });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ a: '</script><script>alert(1)</script>', b: '<!-- x -->', c: 'A & B \u2028' });
  });

  it('NewsArticle and Dataset carry what search engines need', () => {
    const entry = {
      data: {
        title: 'T',
        dek: 'D',
        date: new Date('2026-11-16'),
        updated: new Date('2026-11-20'),
        author: 'Redaksi',
        tags: ['UCJ'],
      },
    };
    const n = newsArticleLd({
      entry,
      url: 'https://x.id/artikel/t/',
      gambar: 'https://x.id/og/artikel/t.png',
      sumber: site.sumber.slice(0, 2),
      home: 'https://x.id/',
      provinsi: provinsi(site),
    });
    expect(n).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'T',
      datePublished: '2026-11-16',
      dateModified: '2026-11-20',
      inLanguage: 'id',
      image: ['https://x.id/og/artikel/t.png'],
      spatialCoverage: { name: `${provinsi(site).nama}, Indonesia` },
    });
    expect((n.citation as unknown[]).length).toBe(2);
    const d = datasetLd(site, 'https://x.id/data/', (p) => `https://x.id${p}`);
    expect(d).toMatchObject({
      '@type': 'Dataset',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      version: site.meta.versi,
    });
    expect((d.distribution as { contentUrl: string }[]).map((x) => x.contentUrl)).toContain(
      'https://x.id/unduh/kepesertaan.csv',
    );
  });
});

/**
 * Figure blocks: <Peta> and the article charts. Each is its props (zod) and the chart model it
 * draws, whose sources go into the article's source list. The .astro file of the same name in
 * src/components/article/ draws it from `model`, so its props are read by this schema too.
 */
import { z } from 'zod';
import { TidakDidukung } from '#model/errors.ts';
import { cariIndikator, indikatorPeta } from '#model/query.ts';
import { pilihan, teks } from '#lib/artikel/props.ts';
import { grafikKuota, grafikLinimasa, grafikProporsi } from '#lib/charts/cerita.ts';
import { grafikKlaimProgram, grafikKlaimTahun } from '#lib/charts/cerita-klaim.ts';
import { grafikKonteks } from '#lib/charts/konteks.ts';
import { buildMapModel } from '#lib/map/model.ts';
import { grafik } from './dasar.ts';

export const GRAFIK = {
  Peta: grafik(z.strictObject({ indikator: teks, tingkat: pilihan(['2', '3']).optional() }), (k, p) => {
    cariIndikator(k.site, p.indikator);
    if (!indikatorPeta(k.site).some((i) => i.id === p.indikator))
      throw new TidakDidukung(
        `belum ada peta untuk ${p.indikator}: tidak ada kabupaten/kota dengan angka yang bisa dipakai.`,
      );
    // The whole model, not only its sources: article notes compare drawings (artikel-tanggal.ts).
    const m = buildMapModel(k.site, p.indikator);
    return { ...m, sumber: m.sources };
  }),
  GrafikProporsi: grafik(z.strictObject({ wilayah: teks, periode: teks }), (k, p) =>
    grafikProporsi(k, p.wilayah, p.periode),
  ),
  GrafikLinimasa: grafik(z.strictObject({}), (k) => grafikLinimasa(k)),
  GrafikKuota: grafik(z.strictObject({ indikator: teks }), (k, p) => grafikKuota(k, p.indikator)),
  GrafikKlaimTahun: grafik(z.strictObject({ wilayah: teks.optional() }), (k, p) => grafikKlaimTahun(k, p.wilayah)),
  GrafikKlaimProgram: grafik(z.strictObject({ periode: teks, wilayah: teks.optional() }), (k, p) =>
    grafikKlaimProgram(k, p.periode, p.wilayah),
  ),
  GrafikKonteks: grafik(z.strictObject({}), (k) => grafikKonteks(k)),
};

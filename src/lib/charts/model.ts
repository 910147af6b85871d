/**
 * The sources (and validity) of an article's figure blocks, maps and charts, for the checker
 * and the article's source list. The charts themselves are computed in cerita.ts,
 * cerita-klaim.ts and konteks.ts.
 */
import type { Props } from '#lib/artikel/props.ts';
import type { Konteks } from '#lib/artikel/resolve.ts';
import { TidakDidukung } from '#model/errors.ts';
import { cariIndikator, indikatorPeta } from '#model/query.ts';
import { buildMapModel } from '#lib/map/model.ts';
import type { Sumber } from '#model/schema.ts';
import { grafikKuota, grafikLinimasa, grafikProporsi } from './cerita.ts';
import { grafikKlaimProgram, grafikKlaimTahun } from './cerita-klaim.ts';
import { grafikKonteks } from './konteks.ts';

/** A figure block of an article as drawn (its model) with its sources: for the checker, the source list and the notes. */
export function sumberGrafik(k: Konteks, komponen: string, p: Props): { sumber: Sumber[] } {
  const s = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : undefined);
  switch (komponen) {
    case 'Peta': {
      const id = s('indikator')!;
      cariIndikator(k.site, id);
      if (!indikatorPeta(k.site).some((i) => i.id === id))
        throw new TidakDidukung(`belum ada peta untuk ${id}: tidak ada kabupaten/kota dengan angka yang bisa dipakai.`);
      // The whole model, not only its sources: article notes compare drawings (artikel-tanggal.ts).
      const m = buildMapModel(k.site, id);
      return { ...m, sumber: m.sources };
    }
    case 'GrafikProporsi':
      return grafikProporsi(k, s('wilayah')!, s('periode')!);
    case 'GrafikLinimasa':
      return grafikLinimasa(k);
    case 'GrafikKuota':
      return grafikKuota(k, s('indikator')!);
    case 'GrafikKlaimTahun':
      return grafikKlaimTahun(k, s('wilayah'));
    case 'GrafikKlaimProgram':
      return grafikKlaimProgram(k, s('periode')!, s('wilayah'));
    case 'GrafikKonteks':
      return grafikKonteks(k);
  }
  throw new TidakDidukung(`<${komponen}> bukan grafik.`);
}

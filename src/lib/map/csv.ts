/**
 * A map's values as a CSV, exactly as the map shows them: one row per kabupaten/kota, empty when
 * unpublished. The live map (/peta/<indikator>.csv) and every release's pinned embed
 * (/embed/<versi>/peta/<indikator>.csv) write it from their own model through the one
 * spreadsheet-safe writer.
 */
import { writeCsvObjects } from '#model/csv-write.ts';
import type { MapModel } from './model.ts';

export function csvPeta(m: MapModel): string {
  const rows = m.ranking.map((kode) => {
    const r = m.regions.find((x) => x.kode === kode)!;
    return {
      kode_wilayah: r.kode,
      nama_wilayah: r.nama,
      indikator: m.indicator.id,
      satuan: m.indicator.satuan,
      nilai: r.entry ? r.entry.nilai : '',
      kualifikasi: r.entry?.kualifikasi ?? '',
      periode: r.entry?.periode.id ?? '',
      status: r.state,
      diperingkat: r.rank !== null ? 'ya' : 'tidak',
      kelas: r.kelas >= 0 ? m.classes[r.kelas]!.label : '',
      sumber_penerbit: r.sumber?.penerbit ?? '',
      sumber_judul: r.sumber?.judul ?? '',
      sumber_tanggal: r.sumber?.tanggalTerbit ?? '',
      sumber_url: r.sumber?.url ?? '',
    };
  });
  return writeCsvObjects(rows);
}

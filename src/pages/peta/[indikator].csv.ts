import type { APIRoute } from 'astro';
import { writeCsvObjects } from '#model/csv-write.ts';
import { site } from '#lib/data.ts';
import { buildMapModel, slugIndikator } from '#lib/map/model.ts';
import { indikatorPeta } from '#model/query.ts';

export function getStaticPaths() {
  return indikatorPeta(site).map((i) => ({ params: { indikator: slugIndikator(i.id) }, props: { id: i.id } }));
}

/** The values exactly as the map shows them: one row per kabupaten/kota, empty when unpublished. */
export const GET: APIRoute = ({ props }) => {
  const m = buildMapModel(site, (props as { id: string }).id);
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
  return new Response(writeCsvObjects(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

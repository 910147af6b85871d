// One indicator's figures (every region, period and source) in the columns of kepesertaan.csv:
// the rows of the pipeline's JSON download (its values, sources cited by id), filtered, with the
// source columns the CSV repeats, through the one safe CSV writer. A test checks that these files
// together are kepesertaan.csv.
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeCsvObjects, type CsvCell } from '#model/csv-write.ts';
import { site } from '#lib/data.ts';
import { cariSumber } from '#model/query.ts';
import { slugIndikator } from '#lib/map/model.ts';

// Resolved from the project root (npm scripts run there), as in /unduh/[file].ts.
const file = resolve(process.env.UCJ_GENERATED_DIR ?? 'src/generated', 'unduh', 'data-ucj-ntt.json');
type Row = Record<string, CsvCell> & { indikator: string };

function withSource(r: Row): Row {
  const s = cariSumber(site, String(r.sumber_id));
  return {
    ...r,
    // The JSON carries every cell as text; in the CSV a figure is a number, as in kepesertaan.csv.
    nilai: r.nilai === '' ? '' : Number(r.nilai),
    sumber_penerbit: s.penerbit,
    sumber_judul: s.judul,
    sumber_tanggal: s.tanggalTerbit,
    sumber_url: s.url ?? '',
  };
}

export function getStaticPaths() {
  const rows = (JSON.parse(readFileSync(file, 'utf8')) as { kepesertaan: Row[] }).kepesertaan;
  return site.indikator
    .map((i) => ({ i, rows: rows.filter((r) => r.indikator === i.id) }))
    .filter(({ rows }) => rows.length > 0)
    .map(({ i, rows }) => ({ params: { indikator: slugIndikator(i.id) }, props: { rows: rows.map(withSource) } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(writeCsvObjects((props as { rows: Row[] }).rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

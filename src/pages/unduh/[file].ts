import type { APIRoute, GetStaticPaths } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Downloads are produced by the data pipeline (scripts/build-data.ts) and published verbatim.
// Resolved from the project root (npm scripts run there), not from the bundled chunk's URL.
const dir = resolve(process.env.UCJ_GENERATED_DIR ?? 'src/generated', 'unduh') + '/';

export const getStaticPaths: GetStaticPaths = () => readdirSync(dir).map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const type = file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
  return new Response(readFileSync(`${dir}${file}`), { headers: { 'Content-Type': type } });
};

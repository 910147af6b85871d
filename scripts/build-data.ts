// Validates data/*.csv and writes the JSON the pages import and the downloads into the
// development folder (.cache/dev/generated/, read by `npm run dev`). The published site and its
// src/generated/ change only through `npm run build`, so they always stay one build. On invalid
// data nothing is written and the previous output stays as it was.
import { relative } from 'node:path';
import { compile, DEV_GENERATED_DIR, reportAndExit, ROOT, swapInDirectory } from '#pipeline/pipeline.ts';

try {
  const { files, warnings, site } = compile();
  swapInDirectory(DEV_GENERATED_DIR, files).commit();
  if (warnings) console.warn(warnings);
  console.log(
    `Data versi ${site.meta.versi}: ${site.observasi.length} pengamatan kepesertaan, ${site.klaim.length} klaim, ${site.sumber.length} sumber (ditulis ke ${relative(ROOT, DEV_GENERATED_DIR)}/ untuk npm run dev).`,
  );
} catch (err) {
  reportAndExit(err);
}

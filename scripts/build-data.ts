// Validates data/*.csv and writes src/generated/ (the JSON the pages import and the public
// downloads). On invalid data nothing is written and the previous output stays as it was.
import { compile, GENERATED_DIR, reportAndExit, swapInDirectory } from '#pipeline/pipeline.ts';

try {
  const { files, warnings, site } = compile();
  swapInDirectory(GENERATED_DIR, files).commit();
  if (warnings) console.warn(warnings);
  console.log(`Data versi ${site.meta.versi}: ${site.observasi.length} pengamatan kepesertaan, ${site.klaim.length} klaim, ${site.sumber.length} sumber.`);
} catch (err) {
  reportAndExit(err);
}

// npm run rilis -- "catatan": records a data release in data/rilis/ when the data changed since
// the last one. Refuses invalid data exactly as the build does; records nothing (and exits
// non-zero) when nothing changed. Committing data/rilis/ is the editor's step (README).
import { relative } from 'node:path';
import { formatSelisih } from '#pipeline/diff.ts';
import { compile, DATA_DIR, reportAndExit, ROOT, saatRilis } from '#pipeline/pipeline.ts';
import { recordRelease } from '#pipeline/rilis.ts';

const note = process.argv.slice(2).join(' ');
try {
  if (!note.trim()) {
    console.error(
      'Catatan rilis wajib diisi, misalnya: npm run rilis -- "Koreksi angka UCJ Malaka Mei 2025 dari Pena Malaka".',
    );
    process.exit(1);
  }
  const { dataset, dataWarnings } = compile(DATA_DIR);
  if (dataWarnings) console.warn(dataWarnings);
  const saat = saatRilis();
  const result = recordRelease(DATA_DIR, dataset, note, saat.tanggal, saat.waktu);
  const names = new Map(dataset.wilayah.map((r) => [r.kode, r.nama]));
  if (!result.recorded) {
    console.error(
      `Tidak ada perubahan data sejak rilis terakhir (versi ${result.versi}); tidak ada rilis yang dicatat.`,
    );
    process.exit(2);
  }
  const r = result.rilis;
  console.log(
    `Rilis ${r.nomor} dicatat: versi ${r.versi}, ${r.tanggal}${r.sebelumnya ? `, dibanding versi ${r.sebelumnya}` : ' (rilis pertama)'}.`,
  );
  console.log(`Perubahan: ${r.perubahan.length} angka${r.lainnya.length ? `, ${r.lainnya.length} lainnya` : ''}.`);
  if (r.sebelumnya) console.log(formatSelisih({ perubahan: r.perubahan, lainnya: r.lainnya }, names).join('\n'));
  console.log(
    `\nPeriksa berkasnya lalu commit: git add ${relative(ROOT, result.file)} && git commit -m "Rilis data ${r.nomor}: ${note.replace(/"/g, "'")}"`,
  );
} catch (err) {
  reportAndExit(err);
}

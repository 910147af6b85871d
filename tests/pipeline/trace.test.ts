// A failure after validation names the data rows its message points to.
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { traceToData } from '#pipeline/pipeline.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'data', 'valid');

test('jalur halaman dan teks bertanda kutip ditelusuri ke baris data', () => {
  expect(traceToData('Error: Cannot render /kabupaten/malaka/: undefined is not an object', FIXTURE)).toContain(
    'data/wilayah.csv baris 23',
  );
  expect(traceToData('TypeError: bad value "Pena Malaka" in component', FIXTURE)[0]).toBe('data/sumber.csv baris 3');
  expect(traceToData('Error: something without any pointer', FIXTURE)).toEqual([]);
});

import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, contentVersion, datasetFromSnapshot } from '#pipeline/version.ts';
import { datasetOf, readDataDir, SNAPSHOT } from '#support/dataset.ts';
import { excelIdFiles, libreOfficeRoundTrip } from '#support/spreadsheet.ts';

const original = readDataDir(SNAPSHOT);
const version = contentVersion(datasetOf(original));

describe('data version = hash of the normalised content', () => {
  it('is a short hex hash', () => {
    expect(version).toMatch(/^[0-9a-f]{10}$/);
  });

  it.each([
    ['plain numbers', {}],
    ['grouped thousands (558.115)', { grouped: true }],
    ['rows re-sorted', { reverse: true }],
  ])('survives an Indonesian-locale Excel re-save (;, decimal comma, BOM, CRLF, quotes): %s', (_label, options) => {
    const excel = excelIdFiles(original, options);
    // The fixture really is different bytes, in every file.
    for (const name of Object.keys(original)) {
      expect(excel[name]).not.toBe(original[name]);
      expect(excel[name]!.startsWith('\uFEFF"')).toBe(true);
      expect(excel[name]).toContain('";"');
      expect(excel[name]).toContain('\r\n');
    }
    expect(excel['kepesertaan.csv']).toMatch(/"\d+,\d+"/);
    expect(contentVersion(datasetOf(excel))).toBe(version);
  });

  it('survives a real LibreOffice round trip to ;-separated CSV', () => {
    const saved = libreOfficeRoundTrip(original);
    expect(saved['kepesertaan.csv']!.split('\n')[0]).toContain(';');
    expect(contentVersion(datasetOf(saved))).toBe(version);
  }, 180_000);

  it('changes when a value, a note, a source date or a doubt flag changes', () => {
    const kep = original['kepesertaan.csv']!;
    const malaka = '5321,2025-05,ucj_persen,3,,penamalaka-2025-05-16-malaka-ucj-3,,';
    expect(kep).toContain(malaka);
    const variants: Record<string, string>[] = [
      { 'kepesertaan.csv': kep.replace(malaka, malaka.replace('ucj_persen,3,', 'ucj_persen,"3,5",')) },
      { 'kepesertaan.csv': kep.replace(malaka, malaka.replace(/,,$/, ',ya,')) },
      { 'sumber.csv': original['sumber.csv']!.replace('2025-05-16,', '2025-05-17,') },
    ];
    for (const v of variants) {
      const changed = { ...original, ...v };
      expect(changed).not.toEqual(original);
      expect(contentVersion(datasetOf(changed))).not.toBe(version);
    }
  });

  it('a snapshot hashes to the version it was taken of, after a JSON round trip', () => {
    const snapshot = JSON.parse(JSON.stringify(canonicalSnapshot(datasetOf(original))));
    expect(contentVersion(datasetFromSnapshot(snapshot))).toBe(version);
    expect(snapshot.observasi[0]).not.toHaveProperty('baris');
  });

  it('reads a snapshot recorded with the old period keys (kind/start/end) under the Indonesian names, same version', () => {
    const snapshot = JSON.parse(JSON.stringify(canonicalSnapshot(datasetOf(original))));
    const lama = (p: { id: string; jenis: string; mulai: string; akhir: string }) => ({
      id: p.id,
      kind: p.jenis,
      start: p.mulai,
      end: p.akhir,
    });
    for (const rows of [snapshot.observasi, snapshot.klaim, snapshot.konteks ?? []])
      for (const r of rows) r.periode = lama(r.periode);
    expect(snapshot.observasi[0].periode).toHaveProperty('kind');
    const ds = datasetFromSnapshot(snapshot);
    expect(contentVersion(ds)).toBe(version);
    for (const r of [...ds.observasi, ...ds.klaim, ...ds.konteks]) {
      expect(Object.keys(r.periode).sort()).toEqual(['akhir', 'id', 'jenis', 'mulai']);
      expect(r.periode.mulai <= r.periode.akhir).toBe(true);
    }
    const teks = (rows: { periode: object }[]) => rows.map((r) => JSON.stringify(r.periode)).sort();
    expect(teks(ds.observasi)).toEqual(teks(datasetOf(original).observasi));
  });
});

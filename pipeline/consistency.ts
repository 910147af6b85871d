import type { CsvHeader } from './csv.ts';
import type { Issue } from './errors.ts';
import { INDIKATOR_UCJ } from '#model/constants.ts';
import type { Observasi, Sumber } from '#model/schema.ts';

/**
 * The observations of each region and period, in file order, groups in order of first
 * appearance. Built while the rows are read, it also answers "is this observation a
 * duplicate?" without a 300,000-entry map of joined key strings.
 */
export class RegionPeriodGroups {
  readonly groups: Observasi[][] = [];
  private byRegion = new Map<string, Map<string, Observasi[]>>();
  /** Per large group, its rows by indicator and source; small groups are scanned. */
  private keyed = new Map<Observasi[], Map<string, number>>();

  /** The line of an earlier observation with the same region, period, indicator and source. */
  duplicateOf(o: Pick<Observasi, 'wilayah' | 'periode' | 'indikator' | 'sumber'>): number | undefined {
    const rows = this.byRegion.get(o.wilayah)?.get(o.periode.id);
    if (!rows) return undefined;
    const keys = this.keyed.get(rows);
    if (keys) return keys.get(`${o.indikator}|${o.sumber}`);
    for (const x of rows) if (x.indikator === o.indikator && x.sumber === o.sumber) return x.baris;
    return undefined;
  }

  add(o: Observasi): void {
    let periods = this.byRegion.get(o.wilayah);
    if (!periods) this.byRegion.set(o.wilayah, (periods = new Map()));
    let rows = periods.get(o.periode.id);
    if (!rows) {
      periods.set(o.periode.id, (rows = []));
      this.groups.push(rows);
    }
    rows.push(o);
    const keys = this.keyed.get(rows);
    if (keys) keys.set(`${o.indikator}|${o.sumber}`, o.baris);
    else if (rows.length === 32) {
      const map = new Map<string, number>();
      for (const x of rows) map.set(`${x.indikator}|${x.sumber}`, x.baris);
      this.keyed.set(rows, map);
    }
  }
}

/** Cross-row rules: participants cannot exceed workers, and a percentage must match its own counts. */
export function checkConsistency(file: string, table: CsvHeader, groups: RegionPeriodGroups, issues: Issue[]) {
  const nilaiCol = table.columnIndex.nilai ?? 0;
  for (const rows of groups.groups) {
    const participants = rows.filter((o) => o.indikator === 'peserta_aktif');
    const workers = rows.filter((o) => o.indikator === 'pekerja_ucj');
    for (const p of participants) {
      for (const w of workers) {
        if (p.nilai > w.nilai) {
          issues.push({
            file,
            line: p.baris,
            column: nilaiCol,
            columnName: 'nilai',
            value: String(p.nilai),
            message: `Peserta aktif (${p.nilai}) melebihi jumlah pekerja penyebut UCJ (${w.nilai}) di baris ${w.baris} untuk wilayah dan periode yang sama. Periksa apakah angkanya tertukar.`,
            severity: 'error',
          });
        }
      }
      const pct = rows.filter((o) => o.indikator === INDIKATOR_UCJ && o.sumber === p.sumber);
      const w = workers.find((x) => x.sumber === p.sumber);
      if (!w || w.nilai === 0) continue;
      const computed = (100 * p.nilai) / w.nilai;
      for (const c of pct) {
        if (Math.abs(c.nilai - computed) > 0.1) {
          issues.push({
            file,
            line: c.baris,
            column: nilaiCol,
            columnName: 'nilai',
            value: String(c.nilai),
            message: `Persen UCJ ${c.nilai} tidak cocok dengan jumlahnya sendiri: ${p.nilai} peserta (baris ${p.baris}) dari ${w.nilai} pekerja (baris ${w.baris}) = ${computed.toFixed(2)} persen. Periksa salah satu dari ketiga angka.`,
            severity: 'error',
          });
        }
      }
    }
  }
}

/** A source no row of kepesertaan, klaim or konteks cites is a warning: it is published for nothing. */
export function checkUnusedSources(
  file: string,
  table: CsvHeader,
  sumber: Sumber[],
  sourceLines: Map<string, number>,
  usedSources: Set<string>,
  issues: Issue[],
) {
  for (const s of sumber) {
    if (!usedSources.has(s.id)) {
      issues.push({
        file,
        line: sourceLines.get(s.id) ?? 0,
        column: table.columnIndex.id ?? 0,
        columnName: 'id',
        value: s.id,
        message: 'Sumber ini tidak dipakai oleh baris mana pun. Hapus atau pakai sumbernya.',
        severity: 'warning',
      });
    }
  }
}

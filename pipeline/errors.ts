/** One problem found in a data file, located the way a spreadsheet user finds it. */
export interface DataIssue {
  file: string;
  /** 1-based line in the file as a text editor counts it; 0 when the issue concerns the whole file. */
  line: number;
  /** 1-based column index; 0 when the issue concerns a whole row or file. */
  column: number;
  columnName?: string;
  value?: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Spreadsheet column letter (1 -> A, 27 -> AA): editors navigate by letters, not numbers. */
export function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function formatIssue(issue: DataIssue): string {
  const where = [issue.file];
  if (issue.line > 0) where.push(`baris ${issue.line}`);
  if (issue.column > 0) {
    where.push(`kolom ${columnLetter(issue.column)}${issue.columnName ? ` (${issue.columnName})` : ''}`);
  } else if (issue.columnName) {
    where.push(`kolom ${issue.columnName}`);
  }
  const value = issue.value !== undefined ? ` Nilai: "${issue.value}".` : '';
  const tag = issue.severity === 'error' ? 'GALAT' : 'PERINGATAN';
  return `${tag} ${where.join(', ')}:${value} ${issue.message}`;
}

export function formatIssues(issues: DataIssue[]): string {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const lines = [...errors, ...warnings].map(formatIssue);
  const summary =
    errors.length > 0
      ? `Data tidak valid: ${errors.length} galat, ${warnings.length} peringatan. Perbaiki semua galat di atas lalu jalankan lagi; keluaran sebelumnya tidak diubah.`
      : `Data valid (${warnings.length} peringatan).`;
  return [...lines, summary].join('\n');
}

export class DataValidationError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    super(formatIssues(issues));
    this.name = 'DataValidationError';
    this.issues = issues;
  }
}

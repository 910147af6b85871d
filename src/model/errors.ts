/**
 * Errors and reports, shared by the data pipeline and the article checker.
 *
 * `TidakDidukung` is the one error the domain layer throws: the data cannot support what was
 * asked (a region, indicator or source that does not exist, a figure nobody published, a
 * statement that is no longer true). `alasan` is written for the editor, in Indonesian.
 *
 * `Issue` is one problem an editor must fix, in a CSV or in an article, located the way they
 * find it (file, line, column), and `formatIssue` prints it the same way for both.
 */
export class TidakDidukung extends Error {
  readonly alasan: string;
  constructor(alasan: string) {
    super(alasan);
    this.name = 'TidakDidukung';
    this.alasan = alasan;
  }
}

export interface Issue {
  file: string;
  /** 1-based line in the file as a text editor counts it; 0 when the issue concerns the whole file. */
  line: number;
  /** 1-based column (a CSV's is shown as a spreadsheet letter); 0 for a whole row or file. */
  column: number;
  columnName?: string;
  /** A CSV cell's value, shown quoted. */
  value?: string;
  /** The text as the file writes it at that place (an article's component), shown verbatim. */
  excerpt?: string;
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

// Data files are edited in a spreadsheet (columns by letter), articles in a text editor (by number).
const textEditor = (file: string) => /\.mdx?$/i.test(file);

export function formatIssue(issue: Issue): string {
  const where = [issue.file];
  if (issue.line > 0) where.push(`baris ${issue.line}`);
  if (issue.column > 0) {
    const column = textEditor(issue.file) ? String(issue.column) : columnLetter(issue.column);
    where.push(`kolom ${column}${issue.columnName ? ` (${issue.columnName})` : ''}`);
  } else if (issue.columnName) {
    where.push(`kolom ${issue.columnName}`);
  }
  const excerpt = issue.excerpt !== undefined ? ` ${issue.excerpt} —` : '';
  const value = issue.value !== undefined ? ` Nilai: "${issue.value}".` : '';
  const tag = issue.severity === 'error' ? 'GALAT' : 'PERINGATAN';
  return `${tag} ${where.join(', ')}:${excerpt}${value} ${issue.message}`;
}

/** Every issue, errors first, then a summary line (or the given one) saying what happens next. */
export function formatIssues(issues: Issue[], ringkasan?: { judul: (galat: number) => string; saran: string }): string {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const lines = [...errors, ...warnings].map(formatIssue);
  if (ringkasan) return [ringkasan.judul(errors.length), '', ...lines, '', ringkasan.saran].join('\n');
  const summary =
    errors.length > 0
      ? `Data tidak valid: ${errors.length} galat, ${warnings.length} peringatan. Perbaiki semua galat di atas lalu jalankan lagi; keluaran sebelumnya tidak diubah.`
      : `Data valid (${warnings.length} peringatan).`;
  return [...lines, summary].join('\n');
}

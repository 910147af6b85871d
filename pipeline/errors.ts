/** The pipeline reports data problems as the shared Issue (src/model/errors.ts), all of a run together. */
import { formatIssues, type Issue } from '#model/errors.ts';

export { columnLetter, formatIssue, formatIssues, type Issue } from '#model/errors.ts';

export class DataValidationError extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(formatIssues(issues));
    this.name = 'DataValidationError';
    this.issues = issues;
  }
}

// html-validate over built pages, with the project's .htmlvalidate.json wherever the build is
// (the hostile build lives in a temporary folder the config file search would not reach).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { ROOT, type SitePage } from './site.ts';

let validator: HtmlValidate | null = null;

function getValidator(): HtmlValidate {
  if (!validator) {
    const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData & {
      $comment?: unknown;
    };
    validator = new HtmlValidate(new StaticConfigLoader({ ...config, root: true }));
  }
  return validator;
}

export interface HtmlProblem {
  path: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export async function validatePages(pages: SitePage[]): Promise<HtmlProblem[]> {
  const hv = getValidator();
  const problems: HtmlProblem[] = [];
  for (const page of pages) {
    const report = await hv.validateString(readFileSync(page.file, 'utf8'), page.file);
    for (const result of report.results) {
      for (const m of result.messages) {
        // severity 2 is an error; warnings are advice and do not fail the gate.
        if (m.severity === 2)
          problems.push({ path: page.path, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
      }
    }
  }
  return problems;
}

export const formatHtmlProblems = (problems: HtmlProblem[]) =>
  problems.map((p) => `  ${p.path}:${p.line}:${p.column} [${p.rule}] ${p.message}`).join('\n');

/**
 * The failed and flaky tests of a run, each with the first lines of its error, for the end of the CI log: the log is
 * often read from its tail alone, and "1 failed" without the why sends the next reader to rerun everything. Pure:
 * count-results.ts reads the reports and prints these lines above the totals.
 */

/** Lines of an error message kept per failure: the assertion and what it received. */
const ERROR_LINES = 4;

interface PlaywrightResult {
  status?: string;
  errors?: { message?: string }[];
}
interface PlaywrightTest {
  status?: string;
  results?: PlaywrightResult[];
}
interface PlaywrightSpec {
  title?: string;
  file?: string;
  line?: number;
  tests?: PlaywrightTest[];
}
interface PlaywrightSuite {
  title?: string;
  specs?: PlaywrightSpec[];
  suites?: PlaywrightSuite[];
}
interface VitestAssertion {
  fullName?: string;
  status?: string;
  failureMessages?: string[];
}
interface VitestFile {
  name?: string;
  status?: string;
  message?: string;
  assertionResults?: VitestAssertion[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

// The reporters colour their messages; the digest is read as plain text.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** The first meaningful lines of an error message, indented under its test. */
function excerpt(message: string | undefined): string[] {
  const lines = (message ?? '(no message)')
    .replace(ANSI, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
  return lines.slice(0, ERROR_LINES).map((line) => `      ${line}`);
}

function* playwrightSpecs(suites: PlaywrightSuite[], path: string[]): Generator<[string, PlaywrightSpec]> {
  for (const suite of suites) {
    // The top-level suite is the file, already named by the spec's own file and line.
    const here = path.length === 0 && suite.title?.endsWith('.ts') ? [] : [...path, suite.title ?? ''];
    for (const spec of suite.specs ?? []) yield [[...here, spec.title ?? ''].filter(Boolean).join(' › '), spec];
    yield* playwrightSpecs(suite.suites ?? [], here);
  }
}

/** Playwright's failed tests (every attempt's first error) and flaky ones (passed on retry). */
export function playwrightFailures(report: unknown): string[] {
  if (!isObject(report) || !Array.isArray(report.suites)) return [];
  const lines: string[] = [];
  for (const [title, spec] of playwrightSpecs(report.suites as PlaywrightSuite[], [])) {
    for (const test of spec.tests ?? []) {
      if (test.status !== 'unexpected' && test.status !== 'flaky') continue;
      const label = test.status === 'flaky' ? 'FLAKY' : 'FAILED';
      lines.push(`  ${label} ${spec.file ?? '?'}:${spec.line ?? '?'} › ${title}`);
      (test.results ?? []).forEach((result, attempt) => {
        if (result.status === 'passed' || result.status === 'skipped') return;
        lines.push(`    attempt ${attempt + 1} (${result.status ?? '?'}):`, ...excerpt(result.errors?.[0]?.message));
      });
    }
  }
  return lines;
}

/** Vitest's failed tests, and files that failed before any test ran. */
export function vitestFailures(report: unknown): string[] {
  if (!isObject(report) || !Array.isArray(report.testResults)) return [];
  const lines: string[] = [];
  for (const file of report.testResults as VitestFile[]) {
    const failed = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    if (file.status === 'failed' && failed.length === 0) {
      lines.push(`  FAILED ${file.name ?? '?'} (the file failed to load)`, ...excerpt(file.message));
    }
    for (const assertion of failed) {
      lines.push(
        `  FAILED ${file.name ?? '?'} › ${assertion.fullName ?? '?'}`,
        ...excerpt(assertion.failureMessages?.[0]),
      );
    }
  }
  return lines;
}

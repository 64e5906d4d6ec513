/**
 * The failed and flaky tests of a run, each with the first lines of its error, for the end of the CI log: the log is
 * often read from its tail alone, and "1 failed" without the why sends the next reader to rerun everything. Pure:
 * count-results.ts reads the reports and prints these lines above the totals.
 */

/** Lines of an error message kept per failure: the assertion and what it received. */
const ERROR_LINES = 4;

// What the digest reads of the reporters' JSON, every field as found (listOf and textOf check them).
interface PlaywrightResult {
  status?: unknown;
  errors?: unknown;
}
interface PlaywrightTest {
  status?: unknown;
  results?: unknown;
}
interface PlaywrightSpec {
  title?: unknown;
  file?: unknown;
  line?: unknown;
  tests?: unknown;
}
interface PlaywrightSuite {
  title?: unknown;
  specs?: unknown;
  suites?: unknown;
}
interface VitestAssertion {
  fullName?: unknown;
  status?: unknown;
  failureMessages?: unknown;
}
interface VitestFile {
  name?: unknown;
  status?: unknown;
  message?: unknown;
  assertionResults?: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

// The reporters colour their messages; the digest is read as plain text.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** The first meaningful lines of an error message, indented under its test. */
function excerpt(message: unknown): string[] {
  const lines = (typeof message === 'string' ? message : '(no message)')
    .replace(ANSI, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
  return lines.slice(0, ERROR_LINES).map((line) => `      ${line}`);
}

/** The array at `value`, or none: the reports are read as found, and a shape this does not know yields nothing. */
const listOf = <T>(value: unknown): T[] => (Array.isArray(value) ? (value.filter(isObject) as T[]) : []);
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

function* playwrightSpecs(suites: PlaywrightSuite[], path: string[]): Generator<[string, PlaywrightSpec]> {
  for (const suite of suites) {
    const title = textOf(suite.title);
    // The top-level suite is the file, already named by the spec's own file and line.
    const here = path.length === 0 && title.endsWith('.ts') ? [] : [...path, title];
    for (const spec of listOf<PlaywrightSpec>(suite.specs))
      yield [[...here, textOf(spec.title)].filter(Boolean).join(' › '), spec];
    yield* playwrightSpecs(listOf<PlaywrightSuite>(suite.suites), here);
  }
}

/**
 * Playwright's errors outside any test (a spec file that did not compile, the web server that did not start), its
 * failed tests (every attempt's first error) and flaky ones (passed on retry).
 */
export function playwrightFailures(report: unknown): string[] {
  if (!isObject(report)) return [];
  const lines: string[] = [];
  for (const error of listOf<{ message?: unknown }>(report.errors))
    lines.push('  ERROR outside any test:', ...excerpt(error.message));
  for (const [title, spec] of playwrightSpecs(listOf<PlaywrightSuite>(report.suites), [])) {
    for (const test of listOf<PlaywrightTest>(spec.tests)) {
      if (test.status !== 'unexpected' && test.status !== 'flaky') continue;
      const label = test.status === 'flaky' ? 'FLAKY' : 'FAILED';
      lines.push(`  ${label} ${String(spec.file ?? '?')}:${String(spec.line ?? '?')} › ${title}`);
      listOf<PlaywrightResult>(test.results).forEach((result, attempt) => {
        if (result.status === 'skipped') return;
        // A test.fail() that passed is unexpected with every attempt passed: say so rather than print nothing.
        if (result.status === 'passed') {
          if (test.status === 'unexpected')
            lines.push(`    attempt ${attempt + 1} passed, but it was expected to fail`);
          return;
        }
        const first = listOf<{ message?: unknown }>(result.errors)[0];
        lines.push(`    attempt ${attempt + 1} (${textOf(result.status) || '?'}):`, ...excerpt(first?.message));
      });
    }
  }
  return lines;
}

/** Vitest's failed tests, and files that failed without a failed test (they did not load, or a hook failed). */
export function vitestFailures(report: unknown): string[] {
  if (!isObject(report)) return [];
  const lines: string[] = [];
  for (const file of listOf<VitestFile>(report.testResults)) {
    const name = textOf(file.name) || '?';
    const failed = listOf<VitestAssertion>(file.assertionResults).filter((a) => a.status === 'failed');
    if (file.status === 'failed' && failed.length === 0)
      lines.push(
        `  FAILED ${name} (the file failed to load, or a hook around its tests failed)`,
        ...excerpt(file.message),
      );
    for (const assertion of failed) {
      const messages: unknown[] = Array.isArray(assertion.failureMessages) ? assertion.failureMessages : [];
      lines.push(`  FAILED ${name} › ${textOf(assertion.fullName) || '?'}`, ...excerpt(messages[0]));
    }
  }
  return lines;
}

/**
 * Turns what each check left behind (an exit code, and for the test runners their JSON report) into one count, so
 * `.ci/run` can close with the plain line `N passed, N failed[, N skipped]`. Pure: the CLI in count-results.ts
 * reads the files.
 */

export interface SuiteCount {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  /** Why the count was corrected or could not be read, shown beside the suite. */
  note: string | null;
}

/** A check with no tests of its own (typecheck, lint) counts as one test. */
export function countCheck(name: string, exitCode: number): SuiteCount {
  return exitCode === 0
    ? { name, passed: 1, failed: 0, skipped: 0, note: null }
    : { name, passed: 0, failed: 1, skipped: 0, note: `exit code ${exitCode}` };
}

/** The subset of vitest's JSON reporter output that we read. */
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; assertionResults: unknown[] }[];
}

/** The subset of Playwright's JSON reporter output that we read. */
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors: unknown[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isVitestReport(value: unknown): value is VitestReport {
  return isObject(value) && typeof value.numPassedTests === 'number' && Array.isArray(value.testResults);
}

function isPlaywrightReport(value: unknown): value is PlaywrightReport {
  return (
    isObject(value) && isObject(value.stats) && typeof value.stats.expected === 'number' && Array.isArray(value.errors)
  );
}

/**
 * A runner that exited non-zero must never look green: if its report is missing, unreadable, or shows no failure
 * (a crash before any test, an unhandled error after all passed), the runner itself counts as one failure.
 */
function withExitCode(count: SuiteCount, exitCode: number): SuiteCount {
  if (exitCode === 0 || count.failed > 0) return count;
  const note = [count.note, `exit code ${exitCode} with no failed test in its report`].filter(Boolean).join('; ');
  return { ...count, failed: count.failed + 1, note };
}

/** `report` is the parsed JSON file, or null when the file does not exist. */
export function countVitest(name: string, report: unknown, exitCode: number): SuiteCount {
  if (report === null) return { name, passed: 0, failed: 1, skipped: 0, note: 'no JSON report was written' };
  if (!isVitestReport(report))
    return { name, passed: 0, failed: 1, skipped: 0, note: 'the JSON report is not vitest output' };
  // A test file that fails to load has no tests; count each such file as a failure.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  );
  const count: SuiteCount = {
    name,
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles.length,
    skipped: report.numPendingTests + report.numTodoTests,
    note: brokenFiles.length > 0 ? `files that failed to load: ${brokenFiles.map((f) => f.name).join(', ')}` : null,
  };
  return withExitCode(count, exitCode);
}

export function countPlaywright(name: string, report: unknown, exitCode: number): SuiteCount {
  if (report === null) return { name, passed: 0, failed: 1, skipped: 0, note: 'no JSON report was written' };
  if (!isPlaywrightReport(report))
    return { name, passed: 0, failed: 1, skipped: 0, note: 'the JSON report is not Playwright output' };
  const { expected, unexpected, flaky, skipped } = report.stats;
  // Errors outside any test (web server did not start, a spec file failed to compile) are failures too.
  const count: SuiteCount = {
    name,
    passed: expected + flaky,
    failed: unexpected + report.errors.length,
    skipped,
    note:
      [
        report.errors.length > 0 ? `${report.errors.length} error(s) outside tests` : '',
        flaky > 0 ? `${flaky} passed only on retry (flaky): look at them` : '',
      ]
        .filter(Boolean)
        .join('; ') || null,
  };
  return withExitCode(count, exitCode);
}

export interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

export function total(counts: SuiteCount[]): Totals {
  return counts.reduce<Totals>(
    (sum, c) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed, skipped: sum.skipped + c.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
}

/** The closing line CI reads: `N passed, N failed`, with `, N skipped` only when something was skipped. */
export function finalLine(totals: Totals): string {
  const line = `${totals.passed} passed, ${totals.failed} failed`;
  return totals.skipped > 0 ? `${line}, ${totals.skipped} skipped` : line;
}

/**
 * One line per suite, worded so it can never be mistaken for the closing line (which a CI parser looks for).
 */
export function suiteLine(c: SuiteCount): string {
  const status = c.failed > 0 ? 'FAIL' : 'ok  ';
  const figures = `passed=${c.passed} failed=${c.failed} skipped=${c.skipped}`;
  return `${status} ${c.name.padEnd(12)} ${figures}${c.note ? `  (${c.note})` : ''}`;
}

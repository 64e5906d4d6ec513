import { describe, expect, it } from 'vitest';
import { countCheck, countPlaywright, countVitest, finalLine, total } from '../../scripts/results-summary';

const vitestReport = (over: Partial<Record<string, unknown>> = {}) => ({
  numPassedTests: 10,
  numFailedTests: 0,
  numPendingTests: 1,
  numTodoTests: 1,
  testResults: [{ name: 'a.test.ts', status: 'passed', assertionResults: [{}] }],
  ...over,
});
const playwrightReport = (stats: Partial<Record<string, number>> = {}, errors: unknown[] = []) => ({
  stats: { expected: 4, unexpected: 0, flaky: 0, skipped: 0, ...stats },
  errors,
});

describe('CI result counting', () => {
  it('counts typecheck and lint as one check each, failed on a non-zero exit code', () => {
    expect(countCheck('lint', 0)).toMatchObject({ passed: 1, failed: 0 });
    expect(countCheck('lint', 2)).toMatchObject({ passed: 0, failed: 1 });
  });

  it('takes vitest counts from its report, with pending and todo tests as skipped', () => {
    expect(countVitest('unit', vitestReport(), 0)).toMatchObject({ passed: 10, failed: 0, skipped: 2 });
  });

  it('counts a vitest file that failed to load as a failure', () => {
    const report = vitestReport({ testResults: [{ name: 'broken.test.ts', status: 'failed', assertionResults: [] }] });
    expect(countVitest('unit', report, 1)).toMatchObject({ failed: 1 });
  });

  it('never shows green for a runner that exited non-zero without a failed test', () => {
    expect(countVitest('unit', vitestReport(), 1).failed).toBe(1);
    expect(countPlaywright('e2e', playwrightReport(), 1).failed).toBe(1);
  });

  it('counts a missing report as a failure', () => {
    expect(countVitest('unit', null, 0).failed).toBe(1);
    expect(countPlaywright('e2e', null, 1).failed).toBe(1);
  });

  it('counts Playwright flaky tests as passed and errors outside tests as failures', () => {
    expect(countPlaywright('e2e', playwrightReport({ expected: 3, flaky: 1, skipped: 2 }), 0)).toMatchObject({
      passed: 4,
      failed: 0,
      skipped: 2,
    });
    expect(countPlaywright('e2e', playwrightReport({ expected: 0 }, [{ message: 'web server' }]), 1).failed).toBe(1);
  });

  it('closes with "N passed, N failed" and adds skipped only when there are some', () => {
    const counts = [countCheck('typecheck', 0), countPlaywright('e2e', playwrightReport({ unexpected: 1 }), 1)];
    expect(finalLine(total(counts))).toBe('5 passed, 1 failed');
    expect(finalLine({ passed: 5, failed: 0, skipped: 2 })).toBe('5 passed, 0 failed, 2 skipped');
  });
});

import { describe, expect, it } from 'vitest';
import { playwrightFailures, vitestFailures } from '../../scripts/failure-digest';

const failedAttempt = (message: string) => ({ status: 'failed', errors: [{ message }] });

const playwrightReport = {
  suites: [
    {
      title: 'autoBackup.spec.ts',
      specs: [],
      suites: [
        {
          title: '自动备份 (desktop)',
          specs: [
            {
              title: 'a backup that fails before closing asks the clerk',
              file: 'autoBackup.spec.ts',
              line: 214,
              tests: [
                {
                  status: 'unexpected',
                  results: [
                    failedAttempt(
                      '\u001b[31mError: expect(locator).toHaveCount(expected) failed\u001b[39m\n\nLocator: x\nExpected: 0\nReceived: 1\nTimeout: 5000ms\nCall log: …',
                    ),
                    failedAttempt('Error: the retry failed too'),
                  ],
                },
              ],
            },
            { title: 'passes', file: 'autoBackup.spec.ts', line: 250, tests: [{ status: 'expected', results: [] }] },
            {
              title: 'passes on its retry',
              file: 'autoBackup.spec.ts',
              line: 260,
              tests: [{ status: 'flaky', results: [failedAttempt('Error: timed out'), { status: 'passed' }] }],
            },
          ],
        },
      ],
    },
  ],
};

describe('the failure digest at the end of the CI log', () => {
  it('names each failed Playwright test with its place and the first lines of each attempt’s error, colours removed', () => {
    const lines = playwrightFailures(playwrightReport);
    expect(lines.slice(0, 7)).toEqual([
      '  FAILED autoBackup.spec.ts:214 › 自动备份 (desktop) › a backup that fails before closing asks the clerk',
      '    attempt 1 (failed):',
      '      Error: expect(locator).toHaveCount(expected) failed',
      '      Locator: x',
      '      Expected: 0',
      '      Received: 1',
      '    attempt 2 (failed):',
    ]);
    expect(lines).toContain('      Error: the retry failed too');
    expect(lines.join('\n')).not.toContain('Timeout: 5000ms');
  });

  it('lists a flaky test with the error of the attempt that failed, and leaves passing tests out', () => {
    const lines = playwrightFailures(playwrightReport);
    expect(lines).toContain('  FLAKY autoBackup.spec.ts:260 › 自动备份 (desktop) › passes on its retry');
    expect(lines).toContain('      Error: timed out');
    expect(lines.join('\n')).not.toContain(':250');
  });

  it('names vitest failures and files that failed to load', () => {
    const lines = vitestFailures({
      testResults: [
        { name: 'a.test.ts', status: 'passed', assertionResults: [{ fullName: 'ok', status: 'passed' }] },
        {
          name: 'b.test.ts',
          status: 'failed',
          assertionResults: [
            { fullName: 'rule › holds', status: 'failed', failureMessages: ['AssertionError: 1 !== 2'] },
          ],
        },
        { name: 'c.test.ts', status: 'failed', message: 'SyntaxError: oops', assertionResults: [] },
      ],
    });
    expect(lines).toEqual([
      '  FAILED b.test.ts › rule › holds',
      '      AssertionError: 1 !== 2',
      '  FAILED c.test.ts (the file failed to load, or a hook around its tests failed)',
      '      SyntaxError: oops',
    ]);
  });

  it('prints errors outside any test, and a test.fail() that passed', () => {
    const lines = playwrightFailures({
      errors: [{ message: 'SyntaxError: Unexpected token in riskLedger.spec.ts' }],
      suites: [
        {
          title: 'x.spec.ts',
          specs: [
            {
              title: 'known bug',
              file: 'x.spec.ts',
              line: 3,
              tests: [{ status: 'unexpected', results: [{ status: 'passed' }] }],
            },
          ],
        },
      ],
    });
    expect(lines).toEqual([
      '  ERROR outside any test:',
      '      SyntaxError: Unexpected token in riskLedger.spec.ts',
      '  FAILED x.spec.ts:3 › known bug',
      '    attempt 1 passed, but it was expected to fail',
    ]);
  });

  it('reads odd shapes without throwing, so the totals are always printed', () => {
    expect(playwrightFailures({ suites: [null, { title: 1, specs: 'x' }] })).toEqual([]);
    const odd = {
      specs: [
        { title: 't', tests: [{ status: 'unexpected', results: [{ status: 'failed', errors: [{ message: 42 }] }] }] },
      ],
    };
    expect(playwrightFailures({ suites: [odd] })).toEqual([
      '  FAILED ?:? › t',
      '    attempt 1 (failed):',
      '      (no message)',
    ]);
    expect(
      vitestFailures({ testResults: [null, { name: 'a.test.ts', status: 'failed', assertionResults: 'x' }] }),
    ).toEqual([
      '  FAILED a.test.ts (the file failed to load, or a hook around its tests failed)',
      '      (no message)',
    ]);
  });

  it('prints nothing for a green run or a report it cannot read', () => {
    expect(vitestFailures({ testResults: [] })).toEqual([]);
    expect(playwrightFailures(null)).toEqual([]);
    expect(playwrightFailures('unreadable')).toEqual([]);
  });
});

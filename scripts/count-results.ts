/**
 * Prints the totals of a full test run and its closing line, and exits 1 if anything failed.
 *
 *   tsx scripts/count-results.ts --typecheck=<exit> --lint=<exit> --format=<exit> --unit=<exit> --e2e=<exit>
 *
 * Reads test-results/unit.json (vitest) and test-results/e2e.json (Playwright), as written by .ci/run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { playwrightFailures, vitestFailures } from './failure-digest';
import { countCheck, countPlaywright, countVitest, finalLine, suiteLine, total } from './results-summary';

function exitCodeArg(name: string): number {
  const prefix = `--${name}=`;
  const arg = process.argv.slice(2).find((a) => a.startsWith(prefix));
  const value = arg === undefined ? NaN : Number(arg.slice(prefix.length));
  if (!Number.isInteger(value)) throw new Error(`count-results: missing or invalid ${prefix}<exit code>`);
  return value;
}

function readReport(path: string): unknown {
  const file = resolve(process.cwd(), path);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    // An unreadable report counts as a failed suite (the summary says why) instead of hiding the other counts.
    console.error(`count-results: ${path} is not valid JSON: ${String(error)}`);
    return 'unreadable';
  }
}

const unitReport = readReport('test-results/unit.json');
const e2eReport = readReport('test-results/e2e.json');
const counts = [
  countCheck('typecheck', exitCodeArg('typecheck')),
  countCheck('lint', exitCodeArg('lint')),
  countCheck('format', exitCodeArg('format')),
  countVitest('unit', unitReport, exitCodeArg('unit')),
  countPlaywright('e2e', e2eReport, exitCodeArg('e2e')),
];

// What failed and why, where a reader of the log's tail sees it (the runners' own output is far above).
let digest: string[];
try {
  digest = [...vitestFailures(unitReport), ...playwrightFailures(e2eReport)];
} catch (error) {
  // The totals below matter more than the digest: say why it is missing and go on to them.
  digest = [`  (the digest could not be built: ${String(error)})`];
}
if (digest.length > 0) {
  console.log('');
  console.log('Failed and flaky tests (first lines of each error; the full output is above):');
  for (const line of digest) console.log(line);
}

console.log('');
console.log('Totals (typecheck, lint and format count as one check each):');
for (const c of counts) console.log(`  ${suiteLine(c)}`);
const totals = total(counts);
console.log(finalLine(totals));
process.exitCode = totals.failed > 0 ? 1 : 0;

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The domain reference the code cites lives in the repository (docs/domain.md), so a reader can follow every
 * citation: no comment or doc cites the old out-of-repository file, and every `docs/domain.md §n` names a section
 * that exists.
 */
const ROOT = process.cwd();
const ROOTS = ['renderer', 'electron', 'tests', 'bench', 'scripts', 'docs', '.ci', 'README.md'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'out', 'test-results', 'playwright-report']);
const TEXT_EXTENSIONS = new Set([
  '.ts',
  '.tsx',
  '.js',
  '.mjs',
  '.cjs',
  '.md',
  '.json',
  '.yml',
  '.yaml',
  '.html',
  '.css',
  '.sh',
  '',
]);

// Spelled in pieces so this file does not cite what it forbids.
const OLD_FILE = 'DOMAIN';
const OLD_CITATION = new RegExp(`\\b${OLD_FILE}(\\.md\\b|\\s*§)`);
const OUTSIDE_PATHS = [`../${'shared'}/`, `/work/${'shared'}`];
const CITATION = /docs\/domain\.md((?:\s*(?:§\d+|,|and)\s*)+)/g;

function walk(path: string, files: string[]): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isDirectory()) {
    for (const name of readdirSync(path)) {
      if (!SKIPPED_DIRS.has(name)) walk(join(path, name), files);
    }
  } else if (TEXT_EXTENSIONS.has(extname(path))) {
    files.push(path);
  }
}

function sourceFiles(): string[] {
  const files: string[] = [];
  for (const root of ROOTS) walk(join(ROOT, root), files);
  return files;
}

/** Each line that matches, as `path:line: text`. */
function linesMatching(test: (line: string) => boolean): string[] {
  const found: string[] = [];
  for (const file of sourceFiles()) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (test(line)) found.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
      });
  }
  return found;
}

function domainSections(): Set<number> {
  const text = readFileSync(join(ROOT, 'docs/domain.md'), 'utf8');
  return new Set([...text.matchAll(/^## (\d+)\. /gm)].map((m) => Number(m[1])));
}

describe('domain citations', () => {
  it('finds the files it checks', () => {
    const files = sourceFiles().map((f) => relative(ROOT, f));
    expect(files).toContain('docs/domain.md');
    expect(files).toContain('renderer/src/domain/workflow.ts');
    expect(files.length).toBeGreaterThan(100);
  });

  it('cites no domain file outside the repository', () => {
    expect(linesMatching((line) => OLD_CITATION.test(line))).toEqual([]);
  });

  it('points no reader at a folder outside the repository', () => {
    expect(linesMatching((line) => OUTSIDE_PATHS.some((p) => line.includes(p)))).toEqual([]);
  });

  it('numbers docs/domain.md §1 … §n without gaps', () => {
    const sections = [...domainSections()].sort((a, b) => a - b);
    expect(sections.length).toBeGreaterThanOrEqual(11);
    expect(sections).toEqual(sections.map((_, i) => i + 1));
  });

  it('cites only sections that exist in docs/domain.md', () => {
    const sections = domainSections();
    const cited: number[] = [];
    const missing = linesMatching((line) => {
      const numbers = [...line.matchAll(CITATION)].flatMap((m) =>
        [...(m[1] ?? '').matchAll(/§(\d+)/g)].map((n) => Number(n[1])),
      );
      cited.push(...numbers);
      return numbers.some((n) => !sections.has(n));
    });
    expect(missing).toEqual([]);
    // The code does cite the reference; a pattern that matched nothing would pass the check above vacuously.
    expect(cited.length).toBeGreaterThan(50);
  });
});

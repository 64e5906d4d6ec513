import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No two top-level folders of renderer/src import each other, directly or round a longer loop (issue 14): the rooms
 * stack one way, app → features → services → ui / db → domain. Lint bans each known wrong direction; this reads every
 * relative import and finds any loop lint was not told about.
 */
const ROOT = join(process.cwd(), 'renderer', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The top-level folder a path of renderer/src is in, or null for main.tsx at the root. */
function roomOf(path: string): string | null {
  const parts = relative(ROOT, path).split(sep);
  return parts.length > 1 && parts[0] !== '..' ? (parts[0] ?? null) : null;
}

/** Folder → the folders it imports (relative imports, static and dynamic). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(ROOT)) {
    const from = roomOf(file);
    if (!from) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const to = roomOf(normalize(join(dirname(file), match[1] ?? '')));
      if (to && to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** One loop of the graph as a path (a → b → a), or null. */
function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    if (state.get(node) === 'done') return null;
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('renderer/src folders', () => {
  it('import one another in one direction only: no loop between top-level folders', () => {
    const graph = folderGraph();
    expect(graph.get('app')?.has('features')).toBe(true);
    expect(findCycle(graph)).toBeNull();
  });

  it('finds a loop when there is one', () => {
    const graph = new Map([
      ['app', new Set(['features'])],
      ['features', new Set(['services'])],
      ['services', new Set(['app'])],
    ]);
    expect(findCycle(graph)).toEqual(['app', 'features', 'services', 'app']);
  });
});

// Imports run one way (docs/page-assist.md "Layers"): no cycle between files of
// src/, and none between its folders (src/page → src/teach → src/page was one).
// Read with the TypeScript compiler's own import scanner, type-only imports
// included: a type import ties two modules together as much as a value import.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** file → the src files it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((ref) => resolve(file, ref.fileName))
      .filter((t): t is string => !!t && t.startsWith(SRC));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle found by a depth-first walk (each reported once, as a path). */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

const rel = (file: string) => path.relative(SRC, file).split(path.sep).join('/');
/** `src/page/detect.ts` → `page`; a file directly in src/ is its own unit. */
const folderOf = (file: string) => {
  const parts = rel(file).split('/');
  return parts.length > 1 ? parts[0]! : parts[0]!.replace(/\.tsx?$/, '');
};

describe('imports of src/', () => {
  const graph = importGraph();

  it('finds the source files and their imports (the check itself works)', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get(path.join(SRC, 'rules/index.ts'))?.length).toBeGreaterThan(0);
    // A planted cycle is reported.
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('has no cycle between files', () => {
    expect(cycles(graph).map((cycle) => cycle.map(rel).join(' → '))).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const folders = new Map<string, Set<string>>();
    for (const [file, targets] of graph) {
      const from = folderOf(file);
      const set = folders.get(from) ?? new Set<string>();
      for (const target of targets) if (folderOf(target) !== from) set.add(folderOf(target));
      folders.set(from, set);
    }
    const asGraph = new Map([...folders].map(([k, v]) => [k, [...v]]));
    // Name the files behind each folder edge of a cycle, so the fix is easy to find.
    const explain = (cycle: string[]) =>
      cycle
        .slice(0, -1)
        .map((from, i) => {
          const to = cycle[i + 1]!;
          const files = [...graph]
            .filter(([f, ts]) => folderOf(f) === from && ts.some((t) => folderOf(t) === to))
            .map(([f]) => rel(f));
          return `${from} → ${to} (${files.join(', ')})`;
        })
        .join('; ');
    expect(cycles(asGraph).map(explain)).toEqual([]);
  });
});

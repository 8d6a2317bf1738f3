/**
 * The repositories in renderer/src/db must not import each other in a circle: a cycle
 * makes module order matter and hides which repository owns what. Type-only imports
 * are erased at build time and do not count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../../../renderer/src/db/', import.meta.url));
const VALUE_IMPORT = /^import\s+(?!type\b)[^;]*?from\s+'\.\/([\w-]+)'/gmu;

function graph(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of readdirSync(DIR).filter((name) => name.endsWith('.ts'))) {
    const text = readFileSync(`${DIR}${file}`, 'utf8');
    const targets = [...text.matchAll(VALUE_IMPORT)].map((match) => match[1] ?? '');
    edges.set(file.replace(/\.ts$/u, ''), targets);
  }
  return edges;
}

/** The first cycle found, as a path of module names, or [] when there is none. */
function findCycle(edges: Map<string, string[]>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] => {
    if (state.get(node) === 'done') return [];
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle.length > 0) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return [];
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle.length > 0) return cycle;
  }
  return [];
}

describe('renderer/src/db', () => {
  it('has no circular value imports between its modules', () => {
    const edges = graph();
    expect(edges.size).toBeGreaterThan(10);
    expect(findCycle(edges).join(' → ')).toBe('');
  });

  it('would notice a cycle', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect(findCycle(edges)).toEqual(['a', 'b', 'c', 'a']);
  });
});

/**
 * No module imports itself round a circle (type imports included: a circle of types is
 * still two modules that cannot be understood apart). The repositories in db/ once did
 * (stages ↔ stage templates, roles ↔ agenda ↔ stages); shared/ had two more.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FOLDERS = ['renderer/src', 'shared', 'electron'];
/** `import … from '…'`, `export … from '…'` and side-effect imports. */
const IMPORT = /(?:^|\n)\s*(?:import|export)\s(?:[^'";]*?\sfrom\s)?\s*['"]([^'"]+)['"]/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/u.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier.replace(/\?.*$/u, ''));
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (path) => existsSync(path) && statSync(path).isFile() && /\.tsx?$/u.test(path),
  );
}

/** Each module's local imports. */
function importGraph(paths: readonly string[]): Map<string, string[]> {
  return new Map(
    paths.map((path) => [
      path,
      [...readFileSync(path, 'utf8').matchAll(IMPORT)].flatMap(
        (match) => resolveLocal(path, match[1] ?? '') ?? [],
      ),
    ]),
  );
}

/** The circles in `graph`, each as the modules round it (depth-first, one per back edge). */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('imports', () => {
  it('go round no circle in the renderer, shared code or the main process', () => {
    const paths = FOLDERS.flatMap((folder) => files(join(ROOT, folder)));
    expect(paths.length).toBeGreaterThan(300);
    const found = circles(importGraph(paths)).map((circle) =>
      circle.map((path) => path.slice(ROOT.length)).join(' → '),
    );
    expect(found).toEqual([]);
  });

  it('would notice a circle, of types too', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(circles(graph)).toEqual([['a', 'b', 'c', 'a']]);
    expect([..."import type { X } from './x';".matchAll(IMPORT)].map((m) => m[1])).toEqual(['./x']);
    expect(
      [..."export { y } from './y';\nimport './z.css';".matchAll(IMPORT)].map((m) => m[1]),
    ).toEqual(['./y', './z.css']);
  });
});

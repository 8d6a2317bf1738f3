/**
 * The first screen's code does not load the schema library: zod is ~25 kB gzipped, a
 * seventh of the first screen's JavaScript (issue 11's budget is 1.6× the blank
 * template). Walks the static imports from main.tsx (dynamic `import()` is where the
 * other screens load) and lists every module on that path that imports zod.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ENTRY = join(ROOT, 'renderer/src/main.tsx');

/** Value imports and re-exports (not `import type`), and side-effect imports. */
const STATIC_IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g;

function staticImports(source: string): string[] {
  return [...source.matchAll(STATIC_IMPORT)].map((match) => match[1] ?? '');
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((path) => existsSync(path) && /\.tsx?$/.test(path));
}

/** Every local module main.tsx reaches by static imports, with what each imports. */
function firstScreenModules(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const queue = [ENTRY];
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    if (found.has(path)) continue;
    const imports = staticImports(readFileSync(path, 'utf8'));
    found.set(path, imports);
    for (const specifier of imports) {
      if (!specifier.startsWith('.')) continue;
      const local = resolveLocal(path, specifier);
      if (local) queue.push(local);
    }
  }
  return found;
}

describe('the first screen', () => {
  it('imports no zod, except its one global setting from zod’s core', () => {
    const modules = firstScreenModules();
    // The walk really follows the app: the Roles table and the database are on it.
    const names = [...modules.keys()].map((path) => path.slice(ROOT.length));
    expect(names).toContain('renderer/src/features/roles/RolesScreen.tsx');
    expect(names).toContain('renderer/src/db/db.ts');
    const withZod = [...modules]
      .filter(([, imports]) => imports.some((specifier) => /^zod(\/|$)/.test(specifier)))
      .map(([path, imports]) => `${path.slice(ROOT.length)}: ${imports.join(', ')}`)
      .filter((line) => !line.startsWith('renderer/src/zod-setup.ts'));
    expect(withZod).toEqual([]);
  });

  it('would notice a module that imports zod', () => {
    expect(staticImports("import { z } from 'zod';\nimport type { Y } from './y';")).toEqual([
      'zod',
    ]);
    expect(staticImports("import './setup';\nexport { a } from './a';")).toEqual([
      './setup',
      './a',
    ]);
    expect(staticImports("const m = await import('./lazy');")).toEqual([]);
  });
});

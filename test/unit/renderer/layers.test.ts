/**
 * Layers point down: app/ composes the features, so nothing below it (features,
 * components, services, db, platform) may import from app/. What features share lives
 * in components/ (notices, dialogs) or services/ (commands, routes).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../../renderer/src/', import.meta.url));
const BELOW_APP = ['features', 'components', 'services', 'db', 'platform'];
const FROM_APP = /from '(?:\.\.\/)+app\//u;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/u.test(name) ? [path] : [];
  });
}

describe('renderer layers', () => {
  it('nothing below app/ imports from app/', () => {
    const checked = BELOW_APP.flatMap((folder) => files(join(SRC, folder)));
    expect(checked.length).toBeGreaterThan(50);
    const offenders = checked.filter((path) => FROM_APP.test(readFileSync(path, 'utf8')));
    expect(offenders.map((path) => path.slice(SRC.length))).toEqual([]);
  });

  it('would notice such an import', () => {
    expect(FROM_APP.test("import { useNotify } from '../../app/notices';")).toBe(true);
    expect(FROM_APP.test("import { useNotify } from '../../components/notices';")).toBe(false);
  });
});

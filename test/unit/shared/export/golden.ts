/**
 * Golden files: an export is compared, byte for byte, with a reviewed copy under
 * test/fixtures/export/. `UPDATE_GOLDEN=1` rewrites the copies instead (review the diff).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const DIR = fileURLToPath(new URL('../../../fixtures/export/', import.meta.url));

export function expectGolden(name: string, actual: string): void {
  const path = `${DIR}${name}`;
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`Golden file ${name} is missing: run with UPDATE_GOLDEN=1 and review it.`);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

import { describe, expect, it } from 'vitest';
import { reviveRow } from '../../../../../renderer/src/db/backup/revive-row';
import { parseUntrustedJson } from '../../../../../renderer/src/db/backup/safe-json';

describe('reviving dexie-export-import type notes', () => {
  it('leaves rows without notes as they are', () => {
    const row = { id: 'a', tags: ['x'] };
    expect(reviveRow(row)).toEqual({ ok: true, row });
  });

  it('makes "undef" fields present but undefined, nested and escaped paths included', () => {
    const revived = reviveRow({
      id: 'a',
      seedKey: 0,
      value: { 'a.b': 0, list: [{ x: 0 }] },
      $types: { seedKey: 'undef', 'value.a~1b': 'undef', 'value.list.0.x': 'undef' },
    });
    expect(revived.ok).toBe(true);
    const row = (revived.ok ? revived.row : {}) as Record<string, unknown>;
    expect(Object.hasOwn(row, 'seedKey') && row.seedKey === undefined).toBe(true);
    expect(row).not.toHaveProperty('$types');
    expect(row.value).toStrictEqual({ 'a.b': undefined, list: [{ x: undefined }] });
  });

  it('accepts arrays noted as arrays, and refuses the note on anything else', () => {
    expect(reviveRow({ tags: ['a'], $types: { tags: 'arrayNonindexKeys' } })).toEqual({
      ok: true,
      row: { tags: ['a'] },
    });
    expect(reviveRow({ tags: { length: 1 }, $types: { tags: 'arrayNonindexKeys' } }).ok).toBe(
      false,
    );
  });

  it('refuses notes it cannot follow', () => {
    expect(reviveRow({ a: 1, $types: true })).toMatchObject({ ok: false });
    expect(reviveRow({ a: 1, $types: { missing: 'undef' } })).toMatchObject({ ok: false });
    expect(reviveRow({ a: { b: 1 }, $types: { 'a.constructor': 'undef' } })).toMatchObject({
      ok: false,
    });
    expect(reviveRow({ a: 1, $types: { a: ['undef', 'date'] } })).toMatchObject({ ok: false });
  });
});

describe('parsing untrusted JSON', () => {
  it('refuses prototype keys at any depth and explains bad JSON', () => {
    expect(parseUntrustedJson('{"a":[{"b":{"prototype":1}}]}')).toMatchObject({
      ok: false,
      error: expect.stringContaining('“prototype”') as unknown,
    });
    expect(parseUntrustedJson('{"a":')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^it ends too early/) as unknown,
    });
    expect(parseUntrustedJson('{"constructorish":1}')).toEqual({
      ok: true,
      value: { constructorish: 1 },
    });
  });
});

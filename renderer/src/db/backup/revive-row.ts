/**
 * dexie-export-import notes values plain JSON cannot tell apart in a `$types` map
 * (Typeson), keyed by path: `{"seedKey": 0, "$types": {"seedKey": "undef"}}` is a record
 * whose `seedKey` is present but undefined, and every array is noted
 * "arrayNonindexKeys" (an array that came out as an array needs nothing done). Shortlist
 * stores nothing but JSON and such undefined fields, so those are the only two types
 * accepted; any other refuses the file.
 */
import { FORBIDDEN_KEYS, isJsonObject } from './safe-json';

export type Revived = { ok: true; row: unknown } | { ok: false; error: string };

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function unescapeComponent(component: string): string {
  return component.replace(/~1/g, '.').replace(/~0/g, '~');
}

/** The container holding the value a Typeson key path names, and its key there. */
function locate(row: Container, keyPath: string): { parent: Container; key: string } | null {
  const parts = keyPath.split('.').map(unescapeComponent);
  if (parts.some((part) => FORBIDDEN_KEYS.has(part))) return null;
  let parent: Container = row;
  for (const part of parts.slice(0, -1)) {
    const next: unknown = Object.hasOwn(parent, part)
      ? (parent as Record<string, unknown>)[part]
      : undefined;
    if (!isContainer(next)) return null;
    parent = next;
  }
  const key = parts[parts.length - 1] ?? '';
  return Object.hasOwn(parent, key) ? { parent, key } : null;
}

/** The row with its `$types` applied (and removed), or why it cannot be. */
export function reviveRow(row: unknown): Revived {
  if (!isJsonObject(row) || !Object.hasOwn(row, '$types')) return { ok: true, row };
  const { $types: types, ...rest } = row;
  if (!isJsonObject(types)) return { ok: false, error: 'its type notes are not readable' };
  for (const [keyPath, type] of Object.entries(types)) {
    const place = locate(rest, keyPath);
    if (!place) return { ok: false, error: 'its type notes name a field it does not have' };
    const target = place.parent as Record<string, unknown>;
    if (type === 'undef') {
      target[place.key] = undefined;
    } else if (type !== 'arrayNonindexKeys' || !Array.isArray(target[place.key])) {
      return {
        ok: false,
        error: `it holds a kind of value Shortlist never stores (${JSON.stringify(type).slice(0, 40)})`,
      };
    }
  }
  return { ok: true, row: rest };
}

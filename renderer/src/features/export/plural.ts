/**
 * "1 file", "3 files". Apart from export-messages.ts so Export all's progress (on the
 * first screen) can say it without loading the time-zone code.
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${String(count)} ${count === 1 ? one : many}`;
}

/** bench:app's results table: medians, p95s and targets, and the units it prints in. */
import { readFileSync } from 'node:fs';

/** One measure's runs as a row: median and p95 (the slowest run under 20 runs). */
export function summarize(name, samples, kind) {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { name, runs: sorted.length, median: rank(0.5), p95: rank(0.95), kind, samples };
}

/** Prints the rows, each target measure against `options.target` ms. */
export function printResults(results, options) {
  const TARGET_MS = options.target;
  const header = ['Measure', 'Runs', 'Median', 'p95', 'PRODUCT target'];
  const rows = results.map((r) => [
    r.name,
    String(r.runs),
    ms(r.median),
    ms(r.p95),
    r.kind === 'target'
      ? `< ${TARGET_MS} ms: ${r.p95 < TARGET_MS ? 'within' : r.median < TARGET_MS ? 'p95 over' : 'OVER'}`
      : '(no target)',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`);
  for (const row of rows) console.log(line(row));
  if (options.samples) {
    console.log('\nEvery run, in order:');
    for (const r of results) console.log(`${r.name}: ${r.samples.map(ms).join(', ')}`);
  }
  const debounce = searchDebounceMs();
  if (debounce !== null) {
    console.log(
      `\nThe search box waits ${debounce} ms after the last keystroke before it searches ` +
        `(SEARCH_DEBOUNCE_MS), so its figures include that wait.`,
    );
  }
  console.log(
    '\nTimes are from the change in the page until the first animation frame after the DOM ' +
      'shows the result; with under 20 runs the p95 is the slowest run. Figures are information, ' +
      'not a pass/fail check.',
  );
}

/** The Roles search's debounce, read from the source so the note stays true. */
function searchDebounceMs() {
  try {
    const source = readFileSync(
      new URL('../renderer/src/features/roles/use-roles-view.ts', import.meta.url),
      'utf8',
    );
    const match = /SEARCH_DEBOUNCE_MS = (\d+)/.exec(source);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export function ms(value) {
  return value >= 1000 ? seconds(value) : `${value.toFixed(1)} ms`;
}

export function seconds(value) {
  return `${(value / 1000).toFixed(2)} s`;
}

export function megabytes(bytes) {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** The "replace all data" confirmation, as the backup app tests find and read it. */
import { screen, within } from '@testing-library/react';

/** Waits for the restore confirmation and returns it. */
export function findRestoreConfirm(): Promise<HTMLElement> {
  return screen.findByRole('dialog', { name: 'Replace all data with this backup?' });
}

function cells(confirm: HTMLElement, table: RegExp): (string | null)[] {
  const row = within(confirm).getByRole('row', { name: table });
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

/** One row of its counts table, now and in the backup: e.g. ['1', '3'] for /^Notes/. */
export function countCells(confirm: HTMLElement, table: RegExp): (string | null)[] {
  return cells(confirm, table).slice(0, 2);
}

/** What restoring changes in one table, e.g. "2 added · 1 changed" or "No change". */
export function changeCell(confirm: HTMLElement, table: RegExp): string | null {
  return cells(confirm, table)[2] ?? null;
}

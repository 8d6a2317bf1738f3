/** The "replace all data" confirmation, as the backup app tests find and read it. */
import { screen, within } from '@testing-library/react';

/** Waits for the restore confirmation and returns it. */
export function findRestoreConfirm(): Promise<HTMLElement> {
  return screen.findByRole('dialog', { name: 'Replace all data with this backup?' });
}

/** One row of its counts table, now and in the backup: e.g. ['1', '3'] for /^Notes/. */
export function countCells(confirm: HTMLElement, table: RegExp): (string | null)[] {
  const row = within(confirm).getByRole('row', { name: table });
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

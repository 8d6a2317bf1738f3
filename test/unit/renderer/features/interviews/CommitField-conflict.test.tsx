// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIELD_LIMITS } from '../../../../../shared/domain/field-limits';
import { NoticeProvider } from '../../../../../renderer/src/components/notices';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import { DbProvider } from '../../../../../renderer/src/db/db-context';
import { CommitField } from '../../../../../renderer/src/features/interviews/CommitField';
import type { FieldConflict } from '../../../../../renderer/src/features/interviews/use-stage-text';
import { freshDb } from '../../db/test-db';

let db: ShortlistDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

/** A field whose first save finds another window's text; later saves are stored. */
function renderField(calls: [string, string][]) {
  return render(
    <DbProvider db={db}>
      <NoticeProvider>
        <CommitField
          label="Prep notes"
          value="loaded"
          limit={FIELD_LIMITS.stageNotes}
          multiline
          onCommit={(text, base): Promise<FieldConflict> => {
            calls.push([text, base]);
            return Promise.resolve(calls.length === 1 ? { theirs: 'from A' } : null);
          }}
        />
      </NoticeProvider>
    </DbProvider>,
  );
}

describe('CommitField when another window changed the field', () => {
  it('shows both versions, sends nothing more until the user chooses, then saves on theirs', async () => {
    const calls: [string, string][] = [];
    renderField(calls);
    const box = screen.getByRole('textbox', { name: 'Prep notes' });
    fireEvent.change(box, { target: { value: 'from B' } });
    fireEvent.blur(box);
    expect(calls).toEqual([['from B', 'loaded']]);

    const panel = await screen.findByRole('region', {
      name: '“Prep notes” was changed in another window',
    });
    expect(panel.textContent).toContain('from A');
    expect(panel.textContent).toContain('from B');
    fireEvent.blur(box);
    expect(calls).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Keep both' }));
    expect((box as HTMLTextAreaElement).value).toBe('from A\n\nfrom B');
    expect(calls[1]).toEqual(['from A\n\nfrom B', 'from A']);
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: /changed in another window/ })).toBeNull();
    });
  });
});

// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIELD_LIMITS } from '../../../../../shared/domain/field-limits';
import { NoticeProvider } from '../../../../../renderer/src/components/notices';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import { DbProvider } from '../../../../../renderer/src/db/db-context';
import { loadFieldDraft } from '../../../../../renderer/src/db/field-drafts-repo';
import { CommitField } from '../../../../../renderer/src/features/interviews/CommitField';
import { freshDb } from '../../db/test-db';

let db: ShortlistDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

const KEY = 'field:stage:s1:interviewers';

function renderField(saved: string[]) {
  return render(
    <DbProvider db={db}>
      <NoticeProvider>
        <CommitField
          label="Interviewers"
          value=""
          limit={FIELD_LIMITS.stageInterviewers}
          keep={{ key: KEY, roleId: 'role-1' }}
          onCommit={(text) => {
            saved.push(text);
            return Promise.resolve(null);
          }}
        />
      </NoticeProvider>
    </DbProvider>,
  );
}

describe('CommitField over its limit', () => {
  it('shows the count, saves nothing, keeps the text as a draft and brings it back', async () => {
    const saved: string[] = [];
    const view = renderField(saved);
    const box = screen.getByRole('textbox', { name: 'Interviewers' });
    fireEvent.change(box, { target: { value: 'a'.repeat(1700) } });
    expect(screen.getByText('1,700 / 2,000 characters')).toBeTruthy();

    const long = 'a'.repeat(2001);
    fireEvent.change(box, { target: { value: long } });
    expect(
      screen.getByText('Interviewers: 2,001 / 2,000 characters — shorten it to save'),
    ).toBeTruthy();
    expect(box.getAttribute('aria-invalid')).toBe('true');
    fireEvent.blur(box);
    expect(saved).toEqual([]);
    await waitFor(async () => {
      expect(await loadFieldDraft(db, KEY)).toBe(long);
    });

    // Closed (card collapsed) and opened again: the text is back, still not saved.
    view.unmount();
    expect(saved).toEqual([]);
    renderField(saved);
    await waitFor(() => {
      expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Interviewers' }).value).toBe(
        long,
      );
    });

    // Shortened: saved, and the kept draft is dropped.
    const again = screen.getByRole('textbox', { name: 'Interviewers' });
    await act(async () => {
      fireEvent.change(again, { target: { value: 'Ada, Grace' } });
      fireEvent.blur(again);
      await Promise.resolve();
    });
    expect(saved).toEqual(['Ada, Grace']);
    await waitFor(async () => {
      expect(await loadFieldDraft(db, KEY)).toBeUndefined();
    });
  });
});

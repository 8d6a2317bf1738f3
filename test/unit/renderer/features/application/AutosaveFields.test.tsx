// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIELD_LIMITS } from '../../../../../shared/domain/field-limits';
import { NoticeProvider } from '../../../../../renderer/src/components/notices';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import { DbProvider } from '../../../../../renderer/src/db/db-context';
import { loadFieldDraft } from '../../../../../renderer/src/db/field-drafts-repo';
import { TextField } from '../../../../../renderer/src/features/application/AutosaveFields';
import { freshDb } from '../../db/test-db';

let db: ShortlistDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

const KEY = 'field:application:a1:contact';

describe('application TextField over its limit', () => {
  it('shows the count, never saves, keeps what was typed; a refused save keeps it too', async () => {
    const saved: string[] = [];
    render(
      <DbProvider db={db}>
        <NoticeProvider>
          <TextField
            label="Contact"
            value=""
            limit={FIELD_LIMITS.applicationShortText}
            keep={{ key: KEY, roleId: 'role-1' }}
            onCommit={(text) => {
              saved.push(text);
              // The repository refuses it (e.g. storage full): the field must keep the text.
              return Promise.resolve(false);
            }}
          />
        </NoticeProvider>
      </DbProvider>,
    );
    const box = screen.getByRole<HTMLInputElement>('textbox', { name: 'Contact' });
    const long = 'c'.repeat(201);
    fireEvent.change(box, { target: { value: long } });
    expect(screen.getByText('Contact: 201 / 200 characters — shorten it to save')).toBeTruthy();
    // No maxLength cutting a paste short: all 201 characters are there.
    expect(box.value).toBe(long);
    fireEvent.blur(box);
    expect(saved).toEqual([]);
    expect(box.value).toBe(long);
    await waitFor(async () => {
      expect(await loadFieldDraft(db, KEY)).toBe(long);
    });

    fireEvent.change(box, { target: { value: 'Jo Recruiter' } });
    fireEvent.blur(box);
    expect(saved).toEqual(['Jo Recruiter']);
    await waitFor(() => {
      expect(box.value).toBe('Jo Recruiter');
    });
  });
});

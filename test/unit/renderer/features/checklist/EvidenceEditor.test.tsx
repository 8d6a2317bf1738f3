// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newRequirement } from '../../../../../shared/domain/checklist-rules';
import type { Requirement } from '../../../../../shared/domain/model';
import { NoticeProvider } from '../../../../../renderer/src/components/notices';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import { DbProvider } from '../../../../../renderer/src/db/db-context';
import { saveEvidenceDraft } from '../../../../../renderer/src/db/evidence-repo';
import { EvidenceEditor } from '../../../../../renderer/src/features/checklist/EvidenceEditor';
import { freshDb } from '../../db/test-db';

let db: ShortlistDb;
let item: Requirement;

beforeEach(async () => {
  db = freshDb();
  item = newRequirement(
    {
      id: 'r1',
      roleId: 'role-1',
      text: 'Lead a team',
      kind: 'required',
      origin: 'posting',
      order: 0,
    },
    1,
  );
  await db.requirements.add(item);
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await db.delete();
});

function renderEditor(shown: Requirement = item) {
  render(
    <DbProvider db={db}>
      <NoticeProvider>
        <EvidenceEditor item={shown} />
      </NoticeProvider>
    </DbProvider>,
  );
  return screen.getByRole('textbox', { name: 'Evidence' });
}

describe('EvidenceEditor', () => {
  it('over the limit: shows the count, says Not saved, never sends it, keeps the draft', async () => {
    const box = renderEditor();
    fireEvent.change(box, { target: { value: 'x'.repeat(50_001) } });
    expect(
      screen.getByText('Evidence: 50,001 / 50,000 characters — shorten it to save'),
    ).toBeTruthy();
    expect(screen.getByText('Not saved: evidence is too long (50,001/50,000)')).toBeTruthy();
    expect(box.getAttribute('aria-invalid')).toBe('true');
    // The textarea no longer cuts a paste at the limit: every character is kept.
    expect((box as HTMLTextAreaElement).value).toHaveLength(50_001);
    await waitFor(async () => {
      expect((await db.drafts.get('evidence:r1'))?.value).toEqual({ evidence: 'x'.repeat(50_001) });
    });
    fireEvent.blur(box);
    expect(screen.queryByText('Saved')).toBeNull();
    expect((await db.requirements.get('r1'))?.evidence).toBe('');
  });

  it('reopens on text over the limit that was left as a draft', async () => {
    await saveEvidenceDraft(db, item, 'y'.repeat(50_010));
    const box = renderEditor();
    await waitFor(() => {
      expect((box as HTMLTextAreaElement).value).toHaveLength(50_010);
    });
    expect(screen.getByText('Not saved: evidence is too long (50,010/50,000)')).toBeTruthy();
  });

  it('when even the draft cannot be kept, both the editor and the notice say to copy the text', async () => {
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(db.drafts, 'put').mockRejectedValue(full);
    vi.spyOn(db.requirements, 'put').mockRejectedValue(full);
    const box = renderEditor();
    fireEvent.change(box, { target: { value: 'Led the LXD team' } });
    await waitFor(() => {
      expect(screen.getByText('Not saved: copy your text')).toBeTruthy();
    });
    const alert = await screen.findByRole('alert');
    await waitFor(() => {
      expect(alert.textContent).toMatch(/Evidence not saved: copy your text/);
    });
    expect(alert.textContent).not.toMatch(/kept as a draft/);
    // The save after the pause fails too: still the truth, never "kept as a draft".
    fireEvent.blur(box);
    await waitFor(() => {
      expect(alert.textContent.match(/copy your text/g)?.length).toBeGreaterThanOrEqual(2);
    });
    expect(screen.queryByText('Not saved: kept as a draft')).toBeNull();
    expect(screen.getByText('Not saved: copy your text')).toBeTruthy();
  });
});

import type { Download } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { downloadOf, notice } from './export-steps';
import { putRecords } from './idb';

const ROLES = 400;
const NOTES_PER_ROLE = 10;

/**
 * Enough roles, with notes written in Markdown (which takes the full parse), that an
 * export runs for a few seconds: long enough to cancel it.
 */
function manyRoles() {
  const now = Date.now();
  const roles = [];
  const notes = [];
  const body = Array.from(
    { length: 12 },
    (_, line) =>
      `- point ${String(line)} with **bold**, _stress_ and [a link](https://example.com/${String(line)})`,
  ).join('\n');
  for (let i = 0; i < ROLES; i += 1) {
    const id = `many-${String(i).padStart(4, '0')}`;
    roles.push({
      id,
      title: `Many role ${String(i).padStart(4, '0')}`,
      company: 'Acme',
      team: '',
      location: 'Remote',
      sourceUrl: '',
      archived: 0,
      progress: { required: { done: 0, total: 0 }, preferred: { done: 0, total: 0 } },
      lastActivityAt: now,
      createdAt: now,
      updatedAt: now,
    });
    for (let n = 0; n < NOTES_PER_ROLE; n += 1) {
      notes.push({
        id: `${id}-note-${String(n)}`,
        roleId: id,
        title: `Note ${String(n)}`,
        body,
        tags: [],
        pinned: 0,
        createdAt: now,
        updatedAt: now,
      });
    }
  }
  return { roles, notes };
}

test('a cancelled Export all downloads nothing, and the next one exports everything', async ({
  page,
}) => {
  // 400 roles seeded and exported in full after the cancel: on a busy 2-core machine that
  // alone can pass 30 s. The test checks what is saved, not how fast.
  test.slow();
  await page.goto('/');
  await expect(page.getByText('5 roles you are tracking')).toBeVisible();
  await putRecords(page, manyRoles());
  await page.reload();
  const total = ROLES + 5;
  await expect(page.getByText(`${String(total)} roles you are tracking`)).toBeVisible();

  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  await page.getByRole('button', { name: 'Export all…' }).click();
  const status = page.locator('.export-all-status');
  await expect(status).toContainText('Writing files');
  await page.getByRole('button', { name: 'Cancel export' }).click();
  await expect(notice(page, 'Export all was cancelled; nothing was saved.')).toBeVisible();
  await expect(status).toBeEmpty();
  await expect(page.getByRole('button', { name: 'Export all…' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
  // The download would have started before the run settled; none did.
  expect(downloads).toEqual([]);

  const zip = await downloadOf(page, () =>
    page.getByRole('button', { name: 'Export all…' }).click(),
  );
  const names = Object.keys(unzipSync(new Uint8Array(zip.bytes)));
  expect(names).toHaveLength(total + 1);
  expect(names.filter((name) => name.endsWith('/index.md'))).toHaveLength(1);
});

import type { Locator, Page } from '@playwright/test';
import { afterQueuedTimers, expect, test } from './fixtures';

// The user is in Paris; interviews are arranged in London and New York time.
test.use({ timezoneId: 'Europe/Paris' });

const ROLE = 'Engineering Manager, LXD';

async function openInterviews(page: Page) {
  await page.getByRole('tab', { name: 'Interviews' }).click();
  await expect(page.getByRole('tab', { name: 'Interviews' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
}

async function openRole(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: ROLE, exact: true }).click();
  await expect(page.getByRole('heading', { name: ROLE, level: 1 })).toBeVisible();
  await openInterviews(page);
}

function stageList(page: Page): Locator {
  return page.getByRole('list', { name: 'Interview stages' });
}

function stage(page: Page, name: string): Locator {
  return stageList(page).getByRole('article', { name, exact: true });
}

/** The order shown, and stored: the list is busy while a new order is being written. */
async function expectOrder(page: Page, names: string[]) {
  await expect(stageList(page).locator('.stage-name')).toHaveText(names);
  await expect(stageList(page)).toHaveAttribute('aria-busy', 'false');
}

/** Opens a stage's editor (if closed) and returns its card. */
async function edit(page: Page, name: string): Promise<Locator> {
  const card = stage(page, name);
  const toggle = card.getByRole('button', { name, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return card;
}

/** Reads the activity log straight from IndexedDB, as a second witness to the UI. */
async function storedActivitySummaries(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('shortlist');
        open.onerror = () => {
          reject(new Error('cannot open the database'));
        };
        open.onsuccess = () => {
          const request = open.result.transaction('activities').objectStore('activities').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as { summary: string }[]).map((a) => a.summary));
          };
        };
      }),
  );
}

test('stages from a template: schedule, record an outcome, reorder, delete and undo, reload', async ({
  page,
}) => {
  await openRole(page);
  await expect(page.getByRole('heading', { name: 'No interview stages yet' })).toBeVisible();

  // Create the generic set.
  await page.getByRole('button', { name: 'Create from template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create stages from a template' });
  await expect(dialog.getByRole('radio', { name: /Generic/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Create 5 stages' }).click();
  await expect(dialog).toBeHidden();
  await expectOrder(page, [
    'Recruiter call',
    'Hiring manager interview',
    'Technical interview',
    'Peer/panel interview',
    'Offer call',
  ]);

  // Schedule two: one zone first then the time, the other the time first then the zone.
  const recruiter = await edit(page, 'Recruiter call');
  await expect(recruiter.getByLabel('Time zone')).toHaveValue('Europe/Paris');
  await recruiter.getByLabel('Time zone').selectOption('Europe/London');
  await recruiter.getByLabel('Date', { exact: true }).fill('2026-11-26');
  await recruiter.getByLabel('Time', { exact: true }).fill('14:00');
  const recruiterWhen = 'Thu 26 Nov, 15:00–15:30 (your time) · 14:00 London (GMT)';
  await expect(recruiter.getByText(recruiterWhen).first()).toBeVisible();
  await expect(recruiter.getByLabel('Status')).toHaveValue('scheduled');

  const technical = await edit(page, 'Technical interview');
  await technical.getByLabel('Date', { exact: true }).fill('2026-12-01');
  await technical.getByLabel('Time', { exact: true }).fill('10:00');
  await technical.getByLabel('Time zone').selectOption('America/New_York');
  const technicalWhen = 'Tue 1 Dec, 16:00–17:00 (your time) · 10:00 New York (GMT-5)';
  await expect(technical.getByText(technicalWhen).first()).toBeVisible();
  await expect(technical.getByLabel('Time', { exact: true })).toHaveValue('10:00');

  // Record an outcome: notes, then the result.
  await recruiter.getByLabel('Outcome notes').fill('Friendly; they asked about LXD clustering.');
  await recruiter.getByLabel('Outcome notes').blur();
  await recruiter.getByLabel('Status').selectOption('passed');
  await expect(recruiter.locator('.stage-status')).toHaveText('Passed');

  // Reorder by keyboard: the drag handle (Space, arrow, Space) and the Move buttons.
  const handle = page.getByRole('button', { name: 'Drag to reorder Recruiter call' });
  await handle.focus();
  // Each key waits for the drag state or its announcement, as a screen reader user would.
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await afterQueuedTimers(page);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('Recruiter call is over position 2 of 5.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText('Recruiter call dropped at position 2 of 5.')).toBeAttached();
  await expectOrder(page, [
    'Hiring manager interview',
    'Recruiter call',
    'Technical interview',
    'Peer/panel interview',
    'Offer call',
  ]);
  const offerUp = page.getByRole('button', { name: 'Move Offer call up' });
  await offerUp.focus();
  await page.keyboard.press('Enter');
  await expect(offerUp).toBeFocused();
  await page.keyboard.press('Enter');
  const order = [
    'Hiring manager interview',
    'Recruiter call',
    'Offer call',
    'Technical interview',
    'Peer/panel interview',
  ];
  await expectOrder(page, order);

  // Delete, then Undo puts it back in its place.
  await page.getByRole('button', { name: 'Delete Technical interview' }).click();
  await expectOrder(
    page,
    order.filter((name) => name !== 'Technical interview'),
  );
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectOrder(page, order);

  // Everything survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: ROLE, level: 1 })).toBeVisible();
  await openInterviews(page);
  await expectOrder(page, order);
  await expect(stage(page, 'Recruiter call')).toContainText(recruiterWhen);
  await expect(stage(page, 'Recruiter call')).toContainText('Passed');
  await expect(stage(page, 'Technical interview')).toContainText(technicalWhen);
  await expect(stage(page, 'Technical interview')).toContainText('Scheduled');
  const reopened = await edit(page, 'Recruiter call');
  await expect(reopened.getByLabel('Outcome notes')).toHaveValue(
    'Friendly; they asked about LXD clustering.',
  );
  await expect(reopened.getByLabel('Time', { exact: true })).toHaveValue('14:00');
  await expect(reopened.getByLabel('Time zone')).toHaveValue('Europe/London');

  // The result was logged.
  expect(await storedActivitySummaries(page)).toContain(
    'Recruiter call: passed — Friendly; they asked about LXD clustering.',
  );
  await page.getByRole('tab', { name: 'Activity' }).click();
  await expect(
    page
      .getByRole('tabpanel')
      .getByText('Recruiter call: passed — Friendly; they asked about LXD clustering.'),
  ).toBeVisible();
});

test('a blank stage, probed requirements, and a template edited before use', async ({ page }) => {
  await openRole(page);
  await page.getByRole('button', { name: '+ Add stage' }).click();
  const name = page.getByRole('textbox', { name: 'Name' });
  await expect(name).toBeFocused();
  await name.fill('Chat with the VP');
  await name.blur();
  const card = stage(page, 'Chat with the VP');
  await card.getByLabel('Kind').selectOption('leadership');
  await page.evaluate(() => {
    const opened: unknown[] = [];
    Object.assign(window, { openedUrls: opened });
    window.open = (...args: unknown[]) => {
      opened.push(args);
      return null;
    };
  });
  await card.getByLabel('Link or place').fill('https://meet.example/vp-chat');
  await card.getByRole('button', { name: 'Open link ↗' }).click();
  expect(
    await page.evaluate(() => (window as unknown as { openedUrls: unknown[] }).openedUrls),
  ).toEqual([['https://meet.example/vp-chat', '_blank', 'noopener,noreferrer']]);

  // Pick requirements through the filter.
  const picks = card.getByRole('group', { name: 'Requirements this round will probe' });
  await expect(picks.getByRole('checkbox')).toHaveCount(10);
  await card.getByRole('searchbox', { name: 'Filter requirements' }).fill('PEOPLE');
  await expect(picks.getByRole('checkbox')).toHaveCount(1);
  await picks
    .getByRole('checkbox', {
      name: 'You love developing and growing people and have a strong track record of doing it',
    })
    .check();
  await expect(picks).toContainText('1 of 10 selected');
  await card.getByRole('button', { name: 'Chat with the VP', exact: true }).click();
  await expect(card).toContainText('probes 1 requirement');

  // Rename the long-form template and drop its first stage.
  await page.getByRole('button', { name: 'Edit templates' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit templates' });
  await editor.getByLabel('Template', { exact: true }).selectOption({ label: 'Long-form process' });
  await editor.getByLabel('Template name').fill('Canonical');
  await expect(editor.getByLabel('Stage 1 name')).toHaveValue('Written answers');
  await editor.getByRole('button', { name: 'Remove stage 1' }).click();
  await editor.getByRole('button', { name: 'Move stage 2 up' }).click();
  await editor.getByRole('button', { name: 'Save templates' }).click();
  await expect(editor).toBeHidden();

  // Creating from it when a stage exists asks first, and appends.
  await page.getByRole('button', { name: 'Create from template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create stages from a template' });
  await dialog.getByRole('radio', { name: /Canonical/ }).check();
  await expect(dialog).toContainText('This role already has 1 stage.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expectOrder(page, ['Chat with the VP']);
  await page.getByRole('button', { name: 'Create from template…' }).click();
  await dialog.getByRole('radio', { name: /Canonical/ }).check();
  await dialog.getByRole('button', { name: 'Append 7 stages' }).click();
  await expectOrder(page, [
    'Chat with the VP',
    'Early-stage interview',
    'Assessment',
    'Technical interview',
    'Peer/panel interviews',
    'Hiring manager interview',
    'Leadership interview',
    'Offer call',
  ]);

  await page.reload();
  await openInterviews(page);
  await expect(stage(page, 'Chat with the VP')).toContainText('Leadership');
  await expect(stage(page, 'Chat with the VP')).toContainText('probes 1 requirement');
});

test('hostile text in a stage stays text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openRole(page);
  await page.getByRole('button', { name: '+ Add stage' }).click();
  const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await page.getByRole('textbox', { name: 'Name' }).fill(hostile);
  await page.getByRole('textbox', { name: 'Interviewers' }).fill('[x](javascript:alert(3))');
  await page.getByRole('textbox', { name: 'Link or place' }).fill('javascript:alert(4)');
  await page.getByRole('textbox', { name: 'Link or place' }).blur();
  await expect(stageList(page).locator('.stage-name')).toHaveText([hostile]);
  await expect(stageList(page).locator('img, script')).toHaveCount(0);
  await expect(stageList(page).locator('.stage-summary')).toHaveText(
    'Other · Not scheduled · with [x](javascript:alert(3)) · at javascript:alert(4)',
  );
  await expect(page.getByRole('button', { name: 'Open link ↗' })).toHaveCount(0);
  await page.reload();
  await openInterviews(page);
  await expect(stageList(page).locator('.stage-name')).toHaveText([hostile]);
  const card = await edit(page, hostile);
  await expect(card.getByLabel('Link or place')).toHaveValue('javascript:alert(4)');
  await expect(card.getByRole('button', { name: 'Open link ↗' })).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('a stage dragged with the pointer lands where it is dropped, and stays', async ({ page }) => {
  await openRole(page);
  await page.getByRole('button', { name: 'Create from template…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Create 5 stages' }).click();
  await expectOrder(page, [
    'Recruiter call',
    'Hiring manager interview',
    'Technical interview',
    'Peer/panel interview',
    'Offer call',
  ]);
  // Room for the whole list, away from the edges where dragging scrolls the page.
  await page.setViewportSize({ width: 1280, height: 1200 });
  await stageList(page).scrollIntoViewIfNeeded();
  const handle = await page
    .getByRole('button', { name: 'Drag to reorder Offer call' })
    .boundingBox();
  const target = await stage(page, 'Hiring manager interview').boundingBox();
  if (!handle || !target) throw new Error('stage cards are not laid out');
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2, handle.y - 10, { steps: 4 });
  await page.mouse.move(target.x + 40, target.y + target.height / 2, { steps: 15 });
  await page.mouse.up();
  const order = [
    'Recruiter call',
    'Offer call',
    'Hiring manager interview',
    'Technical interview',
    'Peer/panel interview',
  ];
  await expectOrder(page, order);
  await page.reload();
  await openInterviews(page);
  await expectOrder(page, order);
});

import { expect, test } from './fixtures';
import { openInterviews, openRole, stageList, stage, expectOrder, edit } from './interviews-steps';

// The user is in Paris; interviews are arranged in London and New York time.
test.use({ timezoneId: 'Europe/Paris' });

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
  await expect(picks.getByRole('checkbox')).toHaveCount(11);
  await card.getByRole('searchbox', { name: 'Filter requirements' }).fill('PEOPLE');
  await expect(picks.getByRole('checkbox')).toHaveCount(1);
  await picks
    .getByRole('checkbox', {
      name: 'You love developing and growing people and have a strong track record of doing it',
    })
    .check();
  await expect(picks).toContainText('1 of 11 selected');
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

import { afterQueuedTimers, expect, test } from './fixtures';
import {
  DELIVERY_ITEM,
  GO_ITEM,
  LXD,
  LXD_INTRO,
  LXD_ITEMS,
  PEOPLE_ITEM,
  WRITING_ITEM,
  group,
  item,
  openDetails,
  openRole,
  order,
  undoFor,
} from './checklist-steps';

test('custom items: add, edit, reorder by keyboard and drag, delete with Undo', async ({
  page,
}) => {
  await openRole(page, LXD);
  const add = page.getByRole('form', { name: 'Add an item' });
  await add.getByRole('button', { name: 'Add item' }).click();
  await expect(add).toContainText('An item needs some text.');

  await add.getByRole('textbox', { name: 'Add your own item' }).fill('Ran a hiring loop');
  await add.getByRole('button', { name: 'Add item' }).click();
  await expect(group(page, 'Required').getByRole('progressbar')).toHaveAccessibleName(
    '0/12 required',
  );
  await expect(add.getByRole('textbox', { name: 'Add your own item' })).toHaveValue('');
  await add.getByRole('textbox', { name: 'Add your own item' }).fill('Speaks German');
  await add.getByRole('combobox', { name: 'Kind' }).selectOption('preferred');
  await add.getByRole('button', { name: 'Add item' }).click();
  await expect(group(page, 'Preferred').getByRole('checkbox')).toHaveCount(1);
  await expect(group(page, 'Preferred')).toContainText('0/1 preferred');
  await expect.poll(async () => (await order(page, 'Required')).at(-1)).toBe('Ran a hiring loop');
  await expect(item(page, 'Ran a hiring loop')).toContainText('Your item');

  // Edit: a custom item has no "original wording" to keep.
  let details = await openDetails(page, 'Ran a hiring loop');
  await details.getByRole('button', { name: 'Edit wording' }).click();
  const edit = page.getByRole('form', { name: 'Edit item' });
  await edit.getByRole('textbox', { name: 'Item text' }).fill('Ran a 40-person hiring loop');
  await edit.getByRole('textbox', { name: 'Item text' }).press('Enter');
  const custom = 'Ran a 40-person hiring loop';
  await expect(page.getByRole('checkbox', { name: custom })).toBeVisible();
  await expect(item(page, custom)).not.toContainText('Original:');

  // Keyboard: the Move buttons, which keep focus as the row moves.
  details = page.getByRole('group', { name: `Details of “${custom}”` });
  await details.getByRole('button', { name: 'Move up' }).click();
  await expect
    .poll(() => order(page, 'Required'))
    .toEqual([...LXD_INTRO, ...LXD_ITEMS.slice(0, 5), custom, GO_ITEM]);
  await expect(details.getByRole('button', { name: 'Move up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => order(page, 'Required'))
    .toEqual([...LXD_INTRO, ...LXD_ITEMS.slice(0, 4), custom, WRITING_ITEM, GO_ITEM]);
  await details.getByRole('button', { name: 'Move down' }).click();
  await expect
    .poll(() => order(page, 'Required'))
    .toEqual([...LXD_INTRO, ...LXD_ITEMS.slice(0, 5), custom, GO_ITEM]);
  await expect(details.getByRole('button', { name: 'Move down' })).toBeFocused();

  // Keyboard drag on the handle (dnd-kit's keyboard sensor).
  const handle = item(page, custom).getByRole('button', { name: `Reorder “${custom}”` });
  // dnd-kit announces each step; wait for it, as a screen-reader user would.
  const announcement = page.locator('[id^="DndLiveRegion"]');
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(announcement).toContainText('position 11 of 12');
  await afterQueuedTimers(page);
  await page.keyboard.press('ArrowUp');
  await expect(announcement).toHaveText(`“${custom}” is over position 10 of 12.`);
  await page.keyboard.press('Space');
  await expect(announcement).toHaveText(`Dropped “${custom}” at position 10 of 12.`);
  await expect
    .poll(() => order(page, 'Required'))
    .toEqual([...LXD_INTRO, ...LXD_ITEMS.slice(0, 4), custom, WRITING_ITEM, GO_ITEM]);

  // Pointer drag: to the top of the group.
  const target = await item(page, LXD_INTRO[0]).boundingBox();
  const from = await handle.boundingBox();
  if (!target || !from) throw new Error('no layout');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, target.y + 4, { steps: 12 });
  await page.mouse.up();
  await expect
    .poll(() => order(page, 'Required'))
    .toEqual([custom, ...LXD_INTRO, ...LXD_ITEMS.slice(0, 4), WRITING_ITEM, GO_ITEM]);

  // Delete with Undo: back in its place. dnd-kit swallows clicks for 50 ms after a drop
  // (its guard against the click that ends a drag), and this click can come sooner than
  // any person's: retry it until it lands.
  await expect(async () => {
    await details.getByRole('button', { name: 'Delete item' }).click({ timeout: 1000 });
    await expect(page.getByRole('checkbox', { name: custom })).toHaveCount(0, { timeout: 1000 });
  }).toPass();
  await expect(group(page, 'Required').getByRole('progressbar')).toHaveAccessibleName(
    '0/11 required',
  );
  await undoFor(page, `Deleted “${custom}”.`).click();
  await expect
    .poll(() => order(page, 'Required'))
    .toEqual([custom, ...LXD_INTRO, ...LXD_ITEMS.slice(0, 4), WRITING_ITEM, GO_ITEM]);
  await expect(group(page, 'Required').getByRole('progressbar')).toHaveAccessibleName(
    '0/12 required',
  );

  await page.reload();
  await expect
    .poll(() => order(page, 'Required'))
    .toEqual([custom, ...LXD_INTRO, ...LXD_ITEMS.slice(0, 4), WRITING_ITEM, GO_ITEM]);
  expect(await order(page, 'Preferred')).toEqual(['Speaks German']);
});

test('a posting item keeps its original wording; kind changes and deletes recount', async ({
  page,
}) => {
  await openRole(page, LXD);
  let details = await openDetails(page, GO_ITEM);
  await details.getByRole('button', { name: 'Edit wording' }).click();
  const edit = page.getByRole('form', { name: 'Edit item' });
  await edit
    .getByRole('textbox', { name: 'Item text' })
    .fill('You have experience programming in C and/or Go.');
  await edit.getByRole('button', { name: 'Save' }).click();
  const edited = 'You have experience programming in C and/or Go.';
  await expect(item(page, edited)).toContainText(`Original: ${GO_ITEM}`);

  await page.reload();
  await expect(item(page, edited)).toContainText(`Original: ${GO_ITEM}`);
  await item(page, edited).getByRole('button', { name: 'Restore original wording' }).click();
  await expect(page.getByRole('checkbox', { name: GO_ITEM, exact: true })).toBeVisible();
  await expect(item(page, GO_ITEM)).not.toContainText('Original:');

  // Cancel leaves the item as it was.
  details = await openDetails(page, DELIVERY_ITEM);
  await details.getByRole('button', { name: 'Edit wording' }).click();
  await edit.getByRole('textbox', { name: 'Item text' }).fill('Something else');
  await edit.getByRole('textbox', { name: 'Item text' }).press('Escape');
  await expect(page.getByRole('checkbox', { name: DELIVERY_ITEM })).toBeVisible();

  // Kind change: the item moves to Preferred and both counts follow.
  await page.getByRole('checkbox', { name: DELIVERY_ITEM }).check();
  await details.getByRole('button', { name: 'Edit wording' }).click();
  await edit.getByRole('combobox', { name: 'Kind' }).selectOption('preferred');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(group(page, 'Preferred').getByRole('checkbox')).toHaveCount(1);
  await expect(group(page, 'Preferred')).toContainText('1/1 preferred');
  await expect(group(page, 'Required').getByRole('progressbar')).toHaveAccessibleName(
    '0/10 required',
  );

  // Deleting a posting item offers Undo too.
  await page.getByRole('checkbox', { name: PEOPLE_ITEM }).check();
  details = await openDetails(page, PEOPLE_ITEM);
  await details.getByRole('button', { name: 'Delete item' }).click();
  await expect(group(page, 'Required').getByRole('progressbar')).toHaveAccessibleName(
    '0/9 required',
  );
  await expect(page.getByText('Ready: 0/9 required · 1/1 preferred')).toBeVisible();
  await undoFor(page, `Deleted “${PEOPLE_ITEM}”.`).click();
  await expect(group(page, 'Required').getByRole('progressbar')).toHaveAccessibleName(
    '1/10 required',
  );
  // Back in its place: after the five sentences of the introduction and the first item.
  await expect
    .poll(async () => (await order(page, 'Required'))[LXD_INTRO.length + 1])
    .toBe(PEOPLE_ITEM);

  await page.getByRole('link', { name: '← All roles' }).click();
  await expect(page.getByRole('row', { name: new RegExp(LXD) })).toContainText(
    '1/10 required · 1/1 preferred',
  );
});

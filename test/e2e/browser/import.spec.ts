import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  ADDED,
  checklist,
  CLOUD,
  CODE,
  CURIOUS,
  dialog,
  expectAccessibleDialog,
  POSTING,
  reviewItems,
  reviewPasted,
  TITLE,
  TOOLS,
  TOOLS_AND_CURIOUS,
  TRACK,
} from './import-steps';

/** A real paste on the page (not into a field), as the clipboard would deliver it. */
async function pasteOnPage(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    (document.activeElement ?? document.body).dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
}

test('paste a posting, adjust the checklist, save; pasting it again warns', async ({ page }) => {
  await reviewPasted(page);
  const review = dialog(page);
  await expect(review.getByRole('textbox', { name: 'Title' })).toHaveValue(TITLE);
  await expect(review.getByRole('textbox', { name: 'Company' })).toHaveValue('Medius');
  await expect(reviewItems(page, 'Required')).toHaveText([CLOUD, CODE, TOOLS, CURIOUS, TRACK]);
  await expect(review.getByRole('heading', { name: /^Checklist/ })).toContainText(
    '5 required, 0 preferred',
  );

  // Change a kind: the item moves to Preferred (required first, then preferred).
  await review.getByRole('combobox', { name: 'Kind of required item 1' }).selectOption('preferred');
  await expect(reviewItems(page, 'Preferred')).toHaveText([CLOUD]);
  await expect(reviewItems(page, 'Required')).toHaveText([CODE, TOOLS, CURIOUS, TRACK]);
  // Remove one.
  await review.getByRole('button', { name: 'Remove required item 4' }).click();
  await expect(reviewItems(page, 'Required')).toHaveText([CODE, TOOLS, CURIOUS]);
  // Merge two.
  await review.getByRole('button', { name: 'Merge required item 2 with required item 3' }).click();
  await expect(reviewItems(page, 'Required')).toHaveText([CODE, TOOLS_AND_CURIOUS]);
  await expect(review.getByRole('textbox', { name: 'Required item 2' })).toBeFocused();
  // Add one, from the keyboard.
  const add = review.getByRole('form', { name: 'Add an item' });
  await add.getByRole('combobox', { name: 'Kind' }).selectOption('preferred');
  await add.getByRole('textbox', { name: 'New item' }).fill(ADDED);
  await add.getByRole('textbox', { name: 'New item' }).press('Enter');
  await expect(reviewItems(page, 'Preferred')).toHaveText([CLOUD, ADDED]);
  await expect(review.getByRole('heading', { name: /^Checklist/ })).toContainText(
    '2 required, 2 preferred',
  );

  await review.getByRole('button', { name: 'Save role' }).click();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByText(`Added “${TITLE}” with 4 checklist items.`)).toBeVisible();
  await expect.poll(() => checklist(page, 'Required')).toEqual([CODE, TOOLS_AND_CURIOUS]);
  await expect.poll(() => checklist(page, 'Preferred')).toEqual([CLOUD, ADDED]);

  await page.getByRole('link', { name: '← All roles' }).click();
  const table = page.getByRole('table', { name: 'Roles' });
  await expect(table.getByRole('link', { name: TITLE, exact: true })).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(6);

  // The same posting pasted on the Roles screen (focus on no field): the duplicate warning.
  await page.getByRole('heading', { name: 'Roles', level: 1 }).click();
  await pasteOnPage(page, POSTING);
  await expect(dialog(page).getByRole('textbox', { name: 'Posting text' })).toHaveValue(
    POSTING.trimEnd(),
  );
  await dialog(page).getByRole('button', { name: 'Review' }).click();
  const warning = dialog(page).getByRole('alert');
  await expect(warning).toContainText(`This looks like ${TITLE} (same source URL)`);
  await expect(dialog(page).getByRole('button', { name: 'Save role' })).toHaveCount(0);
  await warning.getByRole('button', { name: 'Open that role' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: '← All roles' })).toBeVisible();
  await page.getByRole('link', { name: '← All roles' }).click();
  await expect(page.getByRole('table', { name: 'Roles' }).locator('tbody tr')).toHaveCount(6);
});

test('an edited review asks before Escape discards it; an unedited one just closes', async ({
  page,
}) => {
  await reviewPasted(page);
  await dialog(page).getByRole('button', { name: 'Remove required item 1' }).click();
  await page.keyboard.press('Escape');
  const confirm = page.getByRole('dialog', { name: 'Discard this posting?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(reviewItems(page, 'Required')).toHaveCount(4);
  await page.keyboard.press('Escape');
  await page
    .getByRole('dialog', { name: 'Discard this posting?' })
    .getByRole('button', {
      name: 'Discard',
    })
    .click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Roles' }).locator('tbody tr')).toHaveCount(5);

  await page.getByRole('button', { name: 'New role' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

const HOSTILE_HTML = `<!doctype html>
<html><head><title>Careers</title>
<script>window.__postingScriptRan = true;</script>
<link rel="stylesheet" href="https://tracker.example/style.css">
</head><body>
<h1>Platform Engineer</h1>
<p>Acme Robotics &amp; Co</p>
<img src="https://tracker.example/pixel.gif" onerror="window.__postingScriptRan = true">
<h2>Requirements</h2>
<ul><li>5+ years of Go in production</li><li>Experience running Kubernetes clusters</li></ul>
<h2>Nice to have</h2>
<ul><li>Rust experience</li></ul>
<iframe src="https://tracker.example/frame"></iframe>
</body></html>`;

test('an .html file opened through the file picker becomes text; nothing in it runs', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New role' }).click();
  const chooser = page.waitForEvent('filechooser');
  await dialog(page).getByRole('button', { name: 'Open file…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'posting.html', mimeType: 'text/html', buffer: Buffer.from(HOSTILE_HTML) });

  const text = dialog(page).getByRole('textbox', { name: 'Posting text' });
  await expect(text).toHaveValue(/5\+ years of Go in production/);
  const value = await text.inputValue();
  expect(value).not.toMatch(/<script|<li>|<h2>|onerror|tracker\.example/);
  await expect(dialog(page).getByText('Read from posting.html')).toBeVisible();

  await dialog(page).getByRole('button', { name: 'Review' }).click();
  await expect(reviewItems(page, 'Required')).toHaveText([
    '5+ years of Go in production',
    'Experience running Kubernetes clusters',
  ]);
  await expect(reviewItems(page, 'Preferred')).toHaveText(['Rust experience']);
  // The fixture also fails the test on any request outside the app's origin.
  expect(await page.evaluate(() => '__postingScriptRan' in window)).toBe(false);
});

test('a dropped posting file opens the dialog; other files and empty or huge pastes are refused', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Roles' })).toBeVisible();
  const drop = (name: string, content: string) =>
    page.evaluate(
      ({ name, content }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], name));
        for (const type of ['dragenter', 'dragover', 'drop']) {
          document.body.dispatchEvent(
            new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
          );
        }
      },
      { name, content },
    );

  await drop('scan.pdf', '%PDF-1.4');
  await expect(page.getByRole('alert')).toContainText('“scan.pdf” is not a posting file');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Pastes: into a field they stay there; an empty or oversized one is refused.
  await page.getByRole('searchbox', { name: 'Search roles' }).focus();
  await pasteOnPage(page, POSTING);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('heading', { name: 'Roles', level: 1 }).click();
  await pasteOnPage(page, '   ');
  await expect(page.getByRole('alert')).toContainText('There is no posting text yet.');
  await pasteOnPage(page, 'x'.repeat(2 * 1024 * 1024 + 1));
  await expect(page.getByRole('alert')).toContainText('This posting is too large');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await drop('posting.md', POSTING);
  await expect(dialog(page).getByRole('textbox', { name: 'Posting text' })).toHaveValue(
    POSTING.trimEnd(),
  );
  await expect(dialog(page).getByText('Read from posting.md')).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the import and re-parse dialogs are accessible (${colorScheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await page.getByRole('button', { name: 'New role' }).click();
    await dialog(page).getByRole('button', { name: 'Review' }).click();
    await expect(dialog(page).getByRole('alert')).toBeVisible();
    await expectAccessibleDialog(page, `paste step (${colorScheme})`);
    await dialog(page).getByRole('textbox', { name: 'Posting text' }).fill(POSTING);
    await dialog(page).getByRole('button', { name: 'Review' }).click();
    await dialog(page)
      .getByText(/^Sections found/)
      .click();
    await expectAccessibleDialog(page, `review step (${colorScheme})`);
    await dialog(page).getByRole('button', { name: 'Save role' }).click();
    await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();

    await page.getByRole('link', { name: '← All roles' }).click();
    await page.getByRole('button', { name: 'New role' }).click();
    await dialog(page).getByRole('textbox', { name: 'Posting text' }).fill(POSTING);
    await dialog(page).getByRole('button', { name: 'Review' }).click();
    await expect(dialog(page).getByText(/This looks like/)).toBeVisible();
    await expectAccessibleDialog(page, `duplicate warning (${colorScheme})`);
    await dialog(page).getByRole('button', { name: 'Open that role' }).click();

    await page.getByRole('tab', { name: 'Posting' }).click();
    await page.getByRole('button', { name: 'Re-parse posting' }).click();
    await expect(dialog(page).getByRole('list', { name: 'Summary' })).toBeVisible();
    await expectAccessibleDialog(page, `re-parse (${colorScheme})`);
  });
}

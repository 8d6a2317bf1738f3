/**
 * Trusted Types are enforced in the page every spec drives (the fixture fails a test on
 * any CSP violation, so the whole suite runs under them). This spec covers what no other
 * flow reaches: Markdown with named character references, which micromark's browser
 * build would decode by writing `innerHTML` — refused under Trusted Types.
 */
import { expect, test } from './fixtures';
import { editor, field, openNotes } from './notes-steps';

test('the page enforces Trusted Types with no policy allowed', async ({ page }) => {
  await page.goto('/');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("require-trusted-types-for 'script'");
  expect(policy).toContain("trusted-types 'none'");
  expect(policy).not.toContain('unsafe');
  // The policy is live, not just written down: the page has Trusted Types and no default policy.
  expect(await page.evaluate(() => 'trustedTypes' in window)).toBe(true);
  expect(
    await page.evaluate(
      () => (window as { trustedTypes?: { defaultPolicy: unknown } }).trustedTypes?.defaultPolicy,
    ),
  ).toBeNull();
});

test('a Markdown preview decodes character references with no Trusted Types violation', async ({
  page,
}) => {
  await openNotes(page);
  await page.getByRole('button', { name: 'New note' }).click();
  await field(page, 'Title').fill('Offer &amp; benefits');
  await field(page, 'Note text (Markdown)').fill(
    '## Pay &amp; perks\n\n- Salary &ge; band &mdash; &copy; &euro;100 &#x41;&#66;\n- Not an entity: &nosuchthing;',
  );
  const preview = editor(page).getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Pay & perks', level: 2 })).toBeVisible();
  await expect(preview.getByRole('listitem').first()).toHaveText('Salary ≥ band — © €100 AB');
  await expect(preview.getByRole('listitem').nth(1)).toHaveText('Not an entity: &nosuchthing;');
});

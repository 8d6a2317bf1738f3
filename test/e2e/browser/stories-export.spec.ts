import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { chooseExport, downloadOf, frontMatter } from './export-steps';
import { LXD, PEOPLE_ITEM, openDetails } from './checklist-steps';
import { goToRole, openStories, useStory, writeStory } from './stories-steps';

const STORY = 'Grew three team leads';
const BODY = 'Coached three engineers into leads over two years.';

test('the brief, the role’s Markdown and Export stories carry the story', async ({ page }) => {
  await page.goto('/');
  await openStories(page);
  await writeStory(page, STORY, BODY);
  await page.getByRole('textbox', { name: 'Tags' }).fill('people, growth');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await goToRole(page, LXD);
  await useStory(page, await openDetails(page, PEOPLE_ITEM), STORY);

  // The role's Markdown names the item's story.
  const role = await downloadOf(page, () => chooseExport(page, 'Save as Markdown…'));
  expect(role.text).toContain(`- [ ] ${PEOPLE_ITEM}\n\n  **Stories:** “${STORY}”`);

  // A round that probes the item: its brief tells the story.
  await page.getByRole('tab', { name: 'Interviews' }).click();
  await page.getByRole('button', { name: '+ Add stage' }).click();
  const name = page.getByRole('textbox', { name: 'Name' });
  await name.fill('People interview');
  await name.blur();
  const card = page
    .getByRole('list', { name: 'Interview stages' })
    .getByRole('article', { name: 'People interview', exact: true });
  const picks = card.getByRole('group', { name: 'Requirements this round will probe' });
  await picks.getByRole('checkbox', { name: PEOPLE_ITEM }).check();
  await expect(picks).toContainText(/1 of \d+ selected/);
  const brief = await downloadOf(page, () =>
    card.getByRole('button', { name: 'Export brief…' }).click(),
  );
  expect(brief.text).toContain(`## Stories to tell\n\n### ${STORY}\n\n**For:** ${PEOPLE_ITEM}`);
  expect(brief.text).toContain(BODY);

  // Export stories: all in one file, and one file per story (a .zip in the browser).
  await openStories(page);
  const menu = page.getByRole('button', { name: 'Export stories' });
  await menu.click();
  const combined = await downloadOf(page, () =>
    page.getByRole('menuitem', { name: 'All stories in one Markdown file…' }).click(),
  );
  expect(combined.name).toBe('stories.md');
  expect(frontMatter(combined.text)).toMatchObject({ title: 'Stories', stories: 1 });
  expect(combined.text).toContain(`## ${STORY}`);
  expect(combined.text).toContain('- **Tags:** people, growth');
  expect(combined.text).toContain(`**${LXD}**\n\n- [ ] ${PEOPLE_ITEM}`);

  await menu.click();
  const folder = await downloadOf(page, () =>
    page.getByRole('menuitem', { name: 'One Markdown file per story…' }).click(),
  );
  expect(folder.name).toMatch(/^Shortlist stories \d{4}-\d\d-\d\d\.zip$/);
  const entries = unzipSync(new Uint8Array(folder.bytes));
  const dir = folder.name.replace(/\.zip$/, '');
  expect(Object.keys(entries)).toEqual([`${dir}/grew-three-team-leads.md`]);
  const file = strFromU8(entries[`${dir}/grew-three-team-leads.md`] ?? new Uint8Array());
  expect(frontMatter(file)).toMatchObject({
    title: STORY,
    tags: ['people', 'growth'],
    roles: [LXD],
  });
  expect(file).toContain(`# ${STORY}\n\n${BODY}\n\n## Supports`);
});

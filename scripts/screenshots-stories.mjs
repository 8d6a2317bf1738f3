// Screenshots of Stories for the README: the list, one story with the items it
// supports, and a checklist item showing its linked story. A fresh page (so a fresh
// database) per colour scheme; called by screenshots.mjs.

const STORIES = [
  {
    title: 'Grew a remote team from 4 to 12',
    date: '2023-04-05',
    tags: 'leadership, hiring',
    body: '## Situation\n\nA platform team of four across two time zones, a roadmap for ten.\n\n## Action\n\nWrote a hiring plan, ran the loops, paired each new engineer with a buddy.\n\n## Result\n\nTwelve engineers in six countries within a year; attrition under 5%.',
  },
  {
    title: 'Cut release time from two weeks to two days',
    date: '2024-01-10',
    tags: 'delivery, CI',
    body: 'Automated the release pipeline and moved the team to trunk-based development.',
  },
  {
    title: 'Coached three engineers into leads',
    date: '',
    tags: 'people',
    body: 'Regular one-to-ones, stretch projects and feedback from their teams.',
  },
];

/** Writes a story through the UI and waits until it is saved. */
async function writeStory(page, story) {
  await page
    .getByRole('button', { name: 'Write your first story' })
    .or(page.getByRole('button', { name: 'New story' }))
    .click();
  await page.getByRole('textbox', { name: 'Story title' }).fill(story.title);
  if (story.date) await page.getByLabel('Date').fill(story.date);
  await page.getByRole('textbox', { name: 'Tags' }).fill(story.tags);
  await page.getByRole('textbox', { name: 'Story text (Markdown)' }).fill(story.body);
  await page.getByText('Saved', { exact: true }).waitFor();
  await page.getByRole('link', { name: '← All stories' }).click();
}

/** Links the story to the first required item of a role; leaves that item open. */
async function linkFirstItem(page, role, title) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Roles/ })
    .click();
  await page.getByRole('link', { name: role, exact: true }).click();
  await page
    .getByRole('region', { name: 'Required' })
    .getByRole('button', { name: /evidence for/i })
    .nth(1)
    .click();
  await page.getByRole('button', { name: 'Use a story…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Use a story' });
  await dialog.getByRole('button', { name: new RegExp(`^${title}`) }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Closes the "Linked…" notices, so they do not cover the screen. */
async function dismissNotices(page) {
  const buttons = page.getByRole('button', { name: 'Dismiss message' });
  while ((await buttons.count()) > 0) await buttons.first().click();
}

export async function storiesShots(browser, base, outDir, scheme) {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    colorScheme: scheme,
  });
  await page.goto(base);
  await page.getByRole('table', { name: 'Roles' }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Stories' }).click();
  for (const story of STORIES) await writeStory(page, story);
  const [first] = STORIES;
  for (const role of [
    'Engineering Manager, LXD',
    'Engineering Manager, HPC',
    'Linux Server Software Engineering Manager',
  ]) {
    await linkFirstItem(page, role, first.title);
  }
  // The last role's item, open with its linked story.
  await page.getByRole('heading', { name: /^Supported by 1 story$/ }).waitFor();
  await dismissNotices(page);
  await page.screenshot({ path: `${outDir}/item-story-${scheme}.png` });

  await nav.getByRole('link', { name: 'Stories' }).click();
  await page.getByText('Supports 3 items in 3 roles').waitFor();
  await page.screenshot({ path: `${outDir}/stories-${scheme}.png` });
  await page.getByRole('link', { name: first.title }).click();
  await page.getByRole('heading', { name: 'Supports 3 checklist items in 3 roles' }).waitFor();
  await page.screenshot({ path: `${outDir}/story-${scheme}.png` });

  // "Also asked by": a story on LXD's leadership item offers the same ask elsewhere.
  await nav.getByRole('link', { name: /^Roles/ }).click();
  await page.getByRole('link', { name: 'Engineering Manager, LXD', exact: true }).click();
  await page
    .getByRole('button', { name: /evidence for “Technical leadership experience/i })
    .click();
  await page.getByRole('button', { name: 'Use a story…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Use a story' });
  await dialog.getByRole('button', { name: /^Cut release time/ }).click();
  await dialog.waitFor({ state: 'hidden' });
  const also = page.getByRole('region', { name: 'Also asked by' });
  await also.waitFor();
  await dismissNotices(page);
  await also.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${outDir}/also-asked-${scheme}.png` });
  await page.close();
}

import { expect, test } from './fixtures';
import { LXD, LXD_INTRO, item, openDetails } from './checklist-steps';
import { goToRole, openStories, useStory, writeStory } from './stories-steps';
import { getByIndex, putRecords } from './idb';

// Write a story once, link it to an LXD item, and accept "Also asked by" suggestions for
// the same ask in other roles; the story then shows on every item and in LXD's brief.

const STORY = 'Grew a team of kernel engineers';
const LEADERSHIP = LXD_INTRO[2];

test('a story linked in LXD is offered to the same ask in other roles, and linked in one click', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await openStories(page);
  await writeStory(page, STORY, 'Hired six engineers and led the LXD storage work.');

  await goToRole(page, LXD);
  const details = await openDetails(page, LEADERSHIP);
  await useStory(page, details, STORY);

  // The same ask in other roles is suggested, explained, and linked with one click each.
  const also = details.getByRole('region', { name: 'Also asked by' });
  const offers = also.getByRole('listitem');
  await expect(offers.first()).toBeVisible();
  expect(await offers.count()).toBeGreaterThanOrEqual(2);
  await expect(also).toContainText('shares:');
  const linked: { role: string; text: string }[] = [];
  for (let n = 0; n < 2; n++) {
    const offer = offers.nth(n);
    const role = (await offer.getByRole('link').textContent()) ?? '';
    const quoted = (await offer.locator('.also-asked-text > span').first().textContent()) ?? '';
    linked.push({ role, text: quoted.replace(/^ — “|”$/g, '') });
    await offer.getByRole('button', { name: /^Link the story/ }).click();
    await expect(offer.getByText('Linked', { exact: true })).toBeVisible();
  }
  // Linking never ticks.
  await expect(item(page, LEADERSHIP).getByRole('checkbox')).not.toBeChecked();

  for (const { role, text } of linked) {
    await goToRole(page, role);
    const row = item(page, text);
    await expect(row.locator('.cl-stories-chip')).toHaveText('Supported by 1 story');
    await expect(row.getByRole('checkbox')).not.toBeChecked();
  }

  // The LXD brief for an interview that probes the item names the story.
  const [lxd] = await getByIndex<{ id: string }>(page, 'roles', 'seedKey', 'canonical-em-lxd');
  const [app] = await getByIndex<{ id: string }>(page, 'applications', 'roleId', lxd?.id ?? '');
  const [leadership] = (
    await getByIndex<{ id: string; text: string }>(page, 'requirements', 'roleId', lxd?.id ?? '')
  ).filter((r) => r.text === LEADERSHIP);
  const tomorrow = Date.now() + 24 * 3_600_000;
  await putRecords(page, {
    stages: [
      {
        id: 'probe-stage',
        roleId: lxd?.id,
        applicationId: app?.id,
        name: 'Leadership interview',
        kind: 'leadership',
        order: 0,
        status: 'scheduled',
        scheduledAt: tomorrow,
        interviewers: '',
        location: '',
        prepNotes: '',
        outcomeNotes: '',
        probeRequirementIds: [leadership?.id],
        createdAt: 1,
        updatedAt: 1,
      },
    ],
  });
  await page.getByRole('link', { name: 'Agenda' }).click();
  await page.getByRole('button', { name: /Open the brief for Leadership interview/ }).click();
  const brief = page.getByRole('dialog', { name: /Brief: Leadership interview/ });
  await expect(brief).toContainText(STORY);
});

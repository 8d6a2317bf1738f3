import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { expect, test } from './fixtures';
import { getByIndex } from './idb';

// The user is in Paris; the interview is arranged in London time.
test.use({ timezoneId: 'Europe/Paris' });

import {
  CLOUD_ITEM,
  LXD,
  PEOPLE_ITEM,
  chooseExport,
  downloadOf,
  frontMatter,
  notice,
  openRole,
  withoutExportTime,
} from './export-steps';

test('export all roles: a zip with one file per role and an index linking each', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByText('5 roles you are tracking')).toBeVisible();
  const zip = await downloadOf(page, () =>
    page.getByRole('button', { name: 'Export all…' }).click(),
  );
  expect(zip.name).toMatch(/\.zip$/);
  await expect(notice(page, `Downloaded ${zip.name}`)).toBeVisible();

  const entries = unzipSync(new Uint8Array(zip.bytes));
  const folder = zip.name.replace(/\.zip$/, '');
  const names = Object.keys(entries).map((path) => {
    expect(path.startsWith(`${folder}/`)).toBe(true);
    return path.slice(folder.length + 1);
  });
  expect(names).toContain('index.md');
  const roleFiles = names.filter((name) => name !== 'index.md');
  expect(roleFiles).toHaveLength(5);
  const index = strFromU8(entries[`${folder}/index.md`] ?? new Uint8Array());
  for (const name of roleFiles) {
    expect(index).toContain(`](${name})`);
    const role = strFromU8(entries[`${folder}/${name}`] ?? new Uint8Array());
    expect(frontMatter(role)).toMatchObject({ company: 'Canonical' });
  }
  const lxd = roleFiles.find((name) => name.startsWith('engineering-manager-lxd'));
  expect(lxd).toBeDefined();
  expect(index).toContain(`[${LXD} — Canonical](${lxd ?? ''})`);
  await expect(page.getByRole('button', { name: 'Export all…' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
});

test('a stage: its brief (saved and copied) and calendar files, and the Agenda’s', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const roleId = await openRole(page);
  await page.getByRole('checkbox', { name: PEOPLE_ITEM }).check();
  await page.getByRole('tab', { name: 'Interviews' }).click();
  await page.getByRole('button', { name: '+ Add stage' }).click();
  const name = page.getByRole('textbox', { name: 'Name' });
  await name.fill('Technical interview');
  await name.blur();
  const card = page
    .getByRole('list', { name: 'Interview stages' })
    .getByRole('article', { name: 'Technical interview', exact: true });
  // Not scheduled: a brief, but nothing for a calendar yet.
  await expect(card.getByRole('button', { name: 'Export brief…' })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Add to calendar (.ics)' })).toHaveCount(0);

  await card.getByLabel('Interviewers').fill('Ada Lovelace');
  await card.getByLabel('Prep notes').fill('Review LXD clustering.');
  await card.getByLabel('Time zone').selectOption('Europe/London');
  // The zone is saved before the time is typed, so the time is read as London time.
  await expect
    .poll(async () => {
      const [stored] = await getByIndex<{ timezone?: string }>(page, 'stages', 'roleId', roleId);
      return stored?.timezone;
    })
    .toBe('Europe/London');
  await card.getByLabel('Date', { exact: true }).fill('2030-03-14');
  await card.getByLabel('Time', { exact: true }).fill('10:00');
  const picks = card.getByRole('group', { name: 'Requirements this round will probe' });
  await picks.getByRole('checkbox', { name: CLOUD_ITEM }).check();
  await picks.getByRole('checkbox', { name: PEOPLE_ITEM }).check();
  await expect(picks).toContainText('2 of 11 selected');
  await expect(card.locator('.stage-summary')).toContainText('with Ada Lovelace');
  await expect
    .poll(async () => {
      const [stored] = await getByIndex<{ prepNotes: string }>(page, 'stages', 'roleId', roleId);
      return stored?.prepNotes;
    })
    .toBe('Review LXD clustering.');
  const [stage] = await getByIndex<{ id: string }>(page, 'stages', 'roleId', roleId);
  const uid = `${stage?.id ?? ''}@shortlist`;

  const brief = await downloadOf(page, () =>
    card.getByRole('button', { name: 'Export brief…' }).click(),
  );
  expect(brief.name).toMatch(/\.md$/);
  await expect(notice(page, `Downloaded ${brief.name}`)).toBeVisible();
  expect(frontMatter(brief.text)).toMatchObject({
    role: LXD,
    company: 'Canonical',
    stage: 'Technical interview',
  });
  expect(brief.text).toContain('# Interview brief: Technical interview\n');
  expect(brief.text).toContain(`**${LXD}** at Canonical`);
  expect(brief.text).toContain('- **Interviewers:** Ada Lovelace');
  expect(brief.text).toMatch(/^## Prep notes\n\nReview LXD clustering\.$/m);
  // What the round probes: the ticked item plain, the unticked required one flagged.
  expect(brief.text).toContain(`- [x] ${PEOPLE_ITEM}\n`);
  expect(brief.text).toContain(`- [ ] ${CLOUD_ITEM} — **⚠ not ticked**`);

  await card.getByRole('button', { name: 'Copy brief' }).click();
  await expect(notice(page, 'Copied the brief for Technical interview as Markdown')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(withoutExportTime(copied)).toBe(withoutExportTime(brief.text));

  // The stage's calendar file: 10:00 London in March is 10:00 UTC.
  const single = await downloadOf(page, () =>
    card.getByRole('button', { name: 'Add to calendar (.ics)' }).click(),
  );
  expect(single.name).toMatch(/\.ics$/);
  const events = calendarEvents(single.text);
  expect(events).toEqual([
    { uid, start: '2030-03-14T10:00:00.000Z', summary: `Technical interview — ${LXD} (Canonical)` },
  ]);

  // The role's Export menu: its upcoming interviews, this one.
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeVisible();
  const roleCalendar = await downloadOf(page, () =>
    chooseExport(page, 'Add upcoming interviews to calendar (.ics)'),
  );
  expect(calendarEvents(roleCalendar.text)).toEqual(events);

  // The Agenda's file holds every upcoming interview: the same event, the same UID, so a
  // calendar that imports both updates the event rather than duplicating it.
  await page.getByRole('link', { name: 'Agenda' }).click();
  await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
  const agenda = await downloadOf(page, () =>
    page.getByRole('button', { name: 'Export upcoming interviews (.ics)' }).click(),
  );
  expect(calendarEvents(agenda.text)).toEqual(events);
});

function calendarEvents(text: string): { uid: string; start: string; summary: string }[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      summary: event.summary,
    };
  });
}

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Export menu and a stage's export actions pass axe (${colorScheme})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    await openRole(page);
    const button = page.getByRole('button', { name: 'Export', exact: true });
    await button.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Save as Markdown…' })).toBeFocused();
    // No interview ahead yet: the calendar action says so and is disabled.
    const calendar = page.getByRole('menuitem', { name: 'Add upcoming interviews to calendar' });
    await expect(calendar).toHaveAttribute('aria-disabled', 'true');
    await expect(calendar).toHaveAccessibleDescription('No interviews scheduled ahead');
    expect(await seriousViolations(page, '.role-header')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(button).toBeFocused();

    await page.getByRole('tab', { name: 'Interviews' }).click();
    await page.getByRole('button', { name: '+ Add stage' }).click();
    await expect(page.getByRole('group', { name: /^Brief and calendar for / })).toBeVisible();
    expect(await seriousViolations(page, '.stage-export')).toEqual([]);
  });
}

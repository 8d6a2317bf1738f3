import type { Locator, Page } from '@playwright/test';
import { afterQueuedTimers, expect, test } from './fixtures';

const LXD = 'Engineering Manager, LXD';
const LANDSCAPE = 'Engineering Director, Landscape';
/** The requirement sentences of the LXD posting's introduction, before its list. */
const LXD_INTRO = [
  'Were hiring engineering managers with experience in high-quality microservice architectures and high-performance team leadership who also have deep familiarity with Linux kernel, virtualisation, storage and networking.',
  'You must be technically strong, but your responsibility is to run an effective team and develop the colleagues you manage.',
  'Technical leadership experience and a background in software engineering are necessary prerequisites for this role.',
  'The successful candidate will have experience leading successful, collaborative engineering teams, and demonstrate the ability to solve challenging distributed systems problems and deep knowledge of Linux.',
] as const;
const LXD_ITEMS = [
  'You understand modern Linux cloud computing technologies, including networking, storage, containers and K8s',
  'You love developing and growing people and have a strong track record of doing it',
  'You are focused on success and the delivery of timely, high quality software',
  'You have a Bachelors or equivalent in Computer Science, STEM or similar degree',
  'You have strong written and verbal technical communication skills',
  'You have experience programming in C andor Go.',
] as const;
const [PEOPLE_ITEM = '', DELIVERY_ITEM = '', DEGREE_ITEM = ''] = LXD_ITEMS.slice(1, 4);
const GO_ITEM = LXD_ITEMS[5];
const CLOUD_ITEM = LXD_ITEMS[0];
const WRITING_ITEM = LXD_ITEMS[4];

async function openRole(page: Page, title: string) {
  await page.goto('/');
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

function group(page: Page, name: 'Required' | 'Preferred') {
  return page.getByRole('region', { name });
}

/** The list item holding the checkbox named `text`. */
function item(page: Page, text: string): Locator {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('checkbox', { name: text, exact: true }) });
}

/** Opens an item's evidence and details; returns the details group. */
async function openDetails(page: Page, text: string): Promise<Locator> {
  await item(page, text)
    .getByRole('button', { name: new RegExp(`evidence for “${escape(text)}”`, 'i') })
    .click();
  return page.getByRole('group', { name: `Details of “${text}”` });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The wording of a group's items, top to bottom. */
async function order(page: Page, name: 'Required' | 'Preferred'): Promise<string[]> {
  return group(page, name)
    .getByRole('checkbox')
    .evaluateAll((boxes) =>
      boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? ''),
    );
}

function undoFor(page: Page, message: string): Locator {
  return page.locator('.notice').filter({ hasText: message }).getByRole('button', { name: 'Undo' });
}

/** Writes to the app's IndexedDB directly, as another feature (Interviews) would. */
async function seedRecords(
  page: Page,
  roleTitle: string,
  records: {
    stages?: {
      name: string;
      order: number;
      status: string;
      scheduledAt?: number;
      probes: string[];
    }[];
    evidenceDraft?: { text: string; evidence: string };
  },
) {
  await page.evaluate(
    async ({ roleTitle, records }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('shortlist');
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(new Error(String(request.error)));
        };
      });
      const all = <T>(store: string) =>
        new Promise<T[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
          };
          request.onerror = () => {
            reject(new Error(String(request.error)));
          };
        });
      const role = (await all<{ id: string; title: string }>('roles')).find(
        (r) => r.title === roleTitle,
      );
      if (!role) throw new Error(`no role ${roleTitle}`);
      const application = (
        await all<{ id: string; roleId: string; createdAt: number }>('applications')
      )
        .filter((a) => a.roleId === role.id)
        .sort((a, b) => a.createdAt - b.createdAt)
        .at(-1);
      if (!application) throw new Error('no application');
      const items = (
        await all<{ id: string; roleId: string; text: string }>('requirements')
      ).filter((r) => r.roleId === role.id);
      const idOf = (text: string) => {
        const found = items.find((r) => r.text === text);
        if (!found) throw new Error(`no item ${text}`);
        return found.id;
      };
      const tx = db.transaction(['stages', 'drafts'], 'readwrite');
      for (const stage of records.stages ?? []) {
        tx.objectStore('stages').add({
          id: crypto.randomUUID(),
          applicationId: application.id,
          roleId: role.id,
          name: stage.name,
          kind: 'hiring manager',
          order: stage.order,
          status: stage.status,
          ...(stage.scheduledAt === undefined ? {} : { scheduledAt: stage.scheduledAt }),
          interviewers: '',
          location: '',
          prepNotes: '',
          outcomeNotes: '',
          probeRequirementIds: stage.probes.map(idOf),
          createdAt: 1,
          updatedAt: 1,
        });
      }
      if (records.evidenceDraft) {
        tx.objectStore('drafts').put({
          key: `evidence:${idOf(records.evidenceDraft.text)}`,
          roleId: role.id,
          value: { evidence: records.evidenceDraft.evidence },
          updatedAt: Date.now(),
        });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => {
          resolve();
        };
        tx.onerror = () => {
          reject(new Error(String(tx.error)));
        };
      });
      db.close();
    },
    { roleTitle, records },
  );
}

test('evidence, ticks and confidence save at once and survive a reload', async ({ page }) => {
  await openRole(page, LXD);
  await page.getByRole('checkbox', { name: CLOUD_ITEM }).check();
  await page.getByRole('checkbox', { name: WRITING_ITEM }).check();
  await expect(group(page, 'Required').getByRole('progressbar')).toHaveAccessibleName(
    '2/10 required',
  );

  const details = await openDetails(page, CLOUD_ITEM);
  const evidence = details.getByRole('textbox', { name: 'Evidence' });
  await evidence.fill('Ran **LXD clusters** at scale.\n\n- 40 nodes\n- Ceph storage');
  const preview = details.getByRole('group', { name: 'Evidence preview' });
  await expect(preview.locator('strong')).toHaveText('LXD clusters');
  await expect(preview.getByRole('listitem')).toHaveText(['40 nodes', 'Ceph storage']);
  await expect(details.getByText('Saved', { exact: true })).toBeVisible();

  const confidence = details.getByRole('group', { name: 'Confidence' });
  await confidence.getByRole('radio', { name: 'High' }).check();
  const row = item(page, CLOUD_ITEM);
  await expect(row.getByText('High confidence')).toBeVisible();
  await confidence.getByRole('button', { name: 'Clear confidence' }).click();
  await expect(row.getByText('High confidence')).toHaveCount(0);
  await expect(confidence.getByRole('radio', { name: 'High' })).not.toBeChecked();
  await confidence.getByRole('radio', { name: 'Medium' }).check();
  await expect(row.getByText('Medium confidence')).toBeVisible();
  await expect(group(page, 'Required')).toContainText('1 with evidence');

  await page.reload();
  await expect(page.getByRole('checkbox', { name: CLOUD_ITEM })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: WRITING_ITEM })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: GO_ITEM })).not.toBeChecked();
  await expect(item(page, CLOUD_ITEM).getByText('Medium confidence')).toBeVisible();
  await expect(
    item(page, CLOUD_ITEM).getByRole('button', { name: `Evidence for “${CLOUD_ITEM}”` }),
  ).toBeVisible();
  await expect(
    item(page, GO_ITEM).getByRole('button', { name: `Add evidence for “${GO_ITEM}”` }),
  ).toBeVisible();
  const reopened = await openDetails(page, CLOUD_ITEM);
  await expect(reopened.getByRole('textbox', { name: 'Evidence' })).toHaveValue(
    'Ran **LXD clusters** at scale.\n\n- 40 nodes\n- Ceph storage',
  );
  await expect(reopened.getByRole('radio', { name: 'Medium' })).toBeChecked();

  await page.getByRole('link', { name: '← All roles' }).click();
  await expect(page.getByRole('row', { name: new RegExp(LXD) })).toContainText('2/10 required');
  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(LXD) })).toContainText('2/10 required');
});

test('evidence typed just before leaving the tab is saved', async ({ page }) => {
  await openRole(page, LXD);
  const details = await openDetails(page, DEGREE_ITEM);
  await details.getByRole('textbox', { name: 'Evidence' }).fill('MSc, Edinburgh');
  // No pause: switching tab unmounts the editor, which must save what it holds.
  await page.getByRole('tab', { name: 'Posting' }).click();
  await page.getByRole('tab', { name: 'Checklist' }).click();
  await expect(
    item(page, DEGREE_ITEM).getByRole('button', { name: `Evidence for “${DEGREE_ITEM}”` }),
  ).toBeVisible();
  await page.reload();
  const reopened = await openDetails(page, DEGREE_ITEM);
  await expect(reopened.getByRole('textbox', { name: 'Evidence' })).toHaveValue('MSc, Edinburgh');
});

test('evidence left as a draft by a crash is recovered', async ({ page }) => {
  await openRole(page, LXD);
  await seedRecords(page, LXD, {
    evidenceDraft: { text: PEOPLE_ITEM, evidence: 'Grew two leads into managers' },
  });
  await page.reload();
  await expect(page.locator('.notices')).toContainText(
    `Recovered unsaved evidence for “${PEOPLE_ITEM}”.`,
  );
  const details = await openDetails(page, PEOPLE_ITEM);
  await expect(details.getByRole('textbox', { name: 'Evidence' })).toHaveValue(
    'Grew two leads into managers',
  );
  await page.reload();
  await expect(
    item(page, PEOPLE_ITEM).getByRole('button', { name: `Evidence for “${PEOPLE_ITEM}”` }),
  ).toBeVisible();
  await expect(page.locator('.notices')).not.toContainText('Recovered');
});

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
    '0/11 required',
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
  await expect(announcement).toContainText('position 10 of 11');
  await afterQueuedTimers(page);
  await page.keyboard.press('ArrowUp');
  await expect(announcement).toHaveText(`“${custom}” is over position 9 of 11.`);
  await page.keyboard.press('Space');
  await expect(announcement).toHaveText(`Dropped “${custom}” at position 9 of 11.`);
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
    '0/10 required',
  );
  await undoFor(page, `Deleted “${custom}”.`).click();
  await expect
    .poll(() => order(page, 'Required'))
    .toEqual([custom, ...LXD_INTRO, ...LXD_ITEMS.slice(0, 4), WRITING_ITEM, GO_ITEM]);
  await expect(group(page, 'Required').getByRole('progressbar')).toHaveAccessibleName(
    '0/11 required',
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
    '0/9 required',
  );

  // Deleting a posting item offers Undo too.
  await page.getByRole('checkbox', { name: PEOPLE_ITEM }).check();
  details = await openDetails(page, PEOPLE_ITEM);
  await details.getByRole('button', { name: 'Delete item' }).click();
  await expect(group(page, 'Required').getByRole('progressbar')).toHaveAccessibleName(
    '0/8 required',
  );
  await expect(page.getByText('Ready: 0/8 required · 1/1 preferred')).toBeVisible();
  await undoFor(page, `Deleted “${PEOPLE_ITEM}”.`).click();
  await expect(group(page, 'Required').getByRole('progressbar')).toHaveAccessibleName(
    '1/9 required',
  );
  // Back in its place: after the four sentences of the introduction and the first item.
  await expect
    .poll(async () => (await order(page, 'Required'))[LXD_INTRO.length + 1])
    .toBe(PEOPLE_ITEM);

  await page.getByRole('link', { name: '← All roles' }).click();
  await expect(page.getByRole('row', { name: new RegExp(LXD) })).toContainText(
    '1/9 required · 1/1 preferred',
  );
});

test('filters: unticked required, and what the next stage probes', async ({ page }) => {
  await openRole(page, LANDSCAPE);
  await page.getByRole('checkbox', { name: 'You are an articulate communicator' }).check();
  await page
    .getByRole('checkbox', { name: 'You have experience leading successful projects and teams' })
    .check();
  await page
    .getByRole('checkbox', { name: 'You are comfortable preparing and giving presentations' })
    .check();

  await page.getByRole('radio', { name: 'Unticked required' }).check();
  await expect(group(page, 'Required').getByRole('checkbox')).toHaveCount(13);
  await expect(group(page, 'Required').getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(group(page, 'Preferred').getByRole('checkbox')).toHaveCount(0);
  // Progress per kind stays in view under any filter.
  await expect(group(page, 'Preferred').getByRole('progressbar')).toHaveAccessibleName(
    '1/7 preferred',
  );
  // Ticking under the filter takes the item out of it (so click, not check(): the box
  // leaves the list instead of staying to show its new state).
  await page
    .getByRole('checkbox', { name: 'You have strong collaboration and influencing skills' })
    .click();
  await expect(group(page, 'Required').getByRole('checkbox')).toHaveCount(12);
  await expect(page.getByRole('button', { name: /^Reorder/ })).toHaveCount(0);

  await page.getByRole('radio', { name: 'Probed by the next stage' }).check();
  await expect(page.getByText('No stage is planned yet')).toBeVisible();
  await expect(page.getByRole('main').getByRole('checkbox')).toHaveCount(0);
  await expect(group(page, 'Required').getByRole('progressbar')).toHaveAccessibleName(
    '3/15 required',
  );

  await seedRecords(page, LANDSCAPE, {
    stages: [
      {
        name: 'Written interview',
        order: 0,
        status: 'passed',
        probes: ['You are an articulate communicator'],
      },
      {
        name: 'Early chat',
        order: 1,
        status: 'planned',
        probes: ['You love technology and working with brilliant people'],
      },
      {
        name: 'Hiring manager interview',
        order: 2,
        status: 'scheduled',
        scheduledAt: Date.UTC(2031, 2, 6, 14, 0),
        probes: [
          'You make well-considered plans and keep on top of progress weekly',
          'A public record of community engagement, particularly with open source communities',
        ],
      },
      {
        name: 'Leadership interview',
        order: 3,
        status: 'scheduled',
        scheduledAt: Date.UTC(2031, 2, 20, 14, 0),
        probes: ['You are curious, flexible, articulate, and accountable'],
      },
    ],
  });
  await page.reload();
  await page.getByRole('radio', { name: 'Probed by the next stage' }).check();
  await expect(page.getByText('Next: Hiring manager interview')).toBeVisible();
  await expect(page.getByText('It will probe 2 requirements.')).toBeVisible();
  expect(await order(page, 'Required')).toEqual([
    'You make well-considered plans and keep on top of progress weekly',
  ]);
  expect(await order(page, 'Preferred')).toEqual([
    'A public record of community engagement, particularly with open source communities',
  ]);

  await page.getByRole('radio', { name: 'All items' }).check();
  await expect(group(page, 'Required').getByRole('checkbox')).toHaveCount(15);
});

test('hostile evidence and item text stay inert', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openRole(page, LXD);
  const url = page.url();
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });

  const hostile =
    'Before <img src=x onerror=alert(1)> middle <script>alert(1)</script> and [x](javascript:alert(1)) after';
  const details = await openDetails(page, CLOUD_ITEM);
  await details.getByRole('textbox', { name: 'Evidence' }).fill(hostile);
  const preview = details.getByRole('group', { name: 'Evidence preview' });
  await expect(preview).toContainText('Before');
  await expect(preview).toContainText('after');
  // Unsafe HTML shows as the text typed, not as its inner text.
  await expect(preview).toContainText('<script>alert(1)</script>');
  await expect(preview.locator('img, script, iframe')).toHaveCount(0);
  await expect(preview.locator('a[href^="javascript" i]')).toHaveCount(0);
  await expect(preview.locator('[onerror]')).toHaveCount(0);
  await preview.getByText('x', { exact: true }).click();
  await expect(details.getByText('Saved', { exact: true })).toBeVisible();

  // Item text is plain text wherever it shows.
  const add = page.getByRole('form', { name: 'Add an item' });
  await add
    .getByRole('textbox', { name: 'Add your own item' })
    .fill('<img src=x onerror=alert(1)>');
  await add.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByRole('checkbox', { name: '<img src=x onerror=alert(1)>' })).toBeVisible();

  await page.reload();
  const reopened = await openDetails(page, CLOUD_ITEM);
  await expect(reopened.getByRole('textbox', { name: 'Evidence' })).toHaveValue(hostile);
  await expect(reopened.locator('img, script, iframe')).toHaveCount(0);
  await expect(page.locator('main img, main script')).toHaveCount(0);

  expect(dialogs).toEqual([]);
  expect(navigations).toEqual([url]);
  expect(page.url()).toBe(url);
});

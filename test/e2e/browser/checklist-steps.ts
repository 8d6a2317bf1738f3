/** What the checklist specs share: the sample roles' wording and ways to reach items. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const LXD = 'Engineering Manager, LXD';
export const LANDSCAPE = 'Engineering Director, Landscape';
/** The requirement sentences of the LXD posting's introduction, before its list. */
export const LXD_INTRO = [
  'Were hiring engineering managers with experience in high-quality microservice architectures and high-performance team leadership who also have deep familiarity with Linux kernel, virtualisation, storage and networking.',
  'You must be technically strong, but your responsibility is to run an effective team and develop the colleagues you manage.',
  'Technical leadership experience and a background in software engineering are necessary prerequisites for this role.',
  'The successful candidate will have experience leading successful, collaborative engineering teams, and demonstrate the ability to solve challenging distributed systems problems and deep knowledge of Linux.',
  'Our most effective engineers are fluent in all these layers, and able to anticipate the consequences of design and engineering choices elsewhere in a complex distributed system.',
] as const;
export const LXD_ITEMS = [
  'You understand modern Linux cloud computing technologies, including networking, storage, containers and K8s',
  'You love developing and growing people and have a strong track record of doing it',
  'You are focused on success and the delivery of timely, high quality software',
  'You have a Bachelors or equivalent in Computer Science, STEM or similar degree',
  'You have strong written and verbal technical communication skills',
  'You have experience programming in C andor Go.',
] as const;
export const [PEOPLE_ITEM = '', DELIVERY_ITEM = '', DEGREE_ITEM = ''] = LXD_ITEMS.slice(1, 4);
export const GO_ITEM = LXD_ITEMS[5];
export const CLOUD_ITEM = LXD_ITEMS[0];
export const WRITING_ITEM = LXD_ITEMS[4];

export async function openRole(page: Page, title: string) {
  await page.goto('/');
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

export function group(page: Page, name: 'Required' | 'Preferred') {
  return page.getByRole('region', { name });
}

/** The list item holding the checkbox named `text`. */
export function item(page: Page, text: string): Locator {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('checkbox', { name: text, exact: true }) });
}

/** Opens an item's evidence and details; returns the details group. */
export async function openDetails(page: Page, text: string): Promise<Locator> {
  await item(page, text)
    .getByRole('button', { name: new RegExp(`evidence for “${escape(text)}”`, 'i') })
    .click();
  return page.getByRole('group', { name: `Details of “${text}”` });
}

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The wording of a group's items, top to bottom. */
export async function order(page: Page, name: 'Required' | 'Preferred'): Promise<string[]> {
  return group(page, name)
    .getByRole('checkbox')
    .evaluateAll((boxes) =>
      boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? ''),
    );
}

export function undoFor(page: Page, message: string): Locator {
  return page.locator('.notice').filter({ hasText: message }).getByRole('button', { name: 'Undo' });
}

/** Writes to the app's IndexedDB directly, as another feature (Interviews) would. */
export async function seedRecords(
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

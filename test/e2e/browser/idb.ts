/**
 * Direct IndexedDB access from a test page, for arranging data that would take many
 * clicks (thousands of roles, interviews on given dates). The app does not see these
 * writes live: reload the page after them.
 */
import type { Page } from '@playwright/test';

type Rows = Record<string, unknown[]>;

/** Puts records into the app's object stores in one transaction. */
export async function putRecords(page: Page, tables: Rows): Promise<void> {
  await page.evaluate(async (input: Rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('shortlist');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(new Error(String(request.error)));
      };
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(input), 'readwrite');
      for (const [name, rows] of Object.entries(input)) {
        const store = tx.objectStore(name);
        for (const row of rows) store.put(row);
      }
      tx.oncomplete = () => {
        resolve();
      };
      tx.onerror = () => {
        reject(new Error(String(tx.error)));
      };
    });
    db.close();
  }, tables);
}

/** All records of one object store whose index equals a value. */
export async function getByIndex<T>(
  page: Page,
  store: string,
  index: string,
  value: string,
): Promise<T[]> {
  return page.evaluate(
    async ({ store, index, value }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('shortlist');
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(new Error(String(request.error)));
        };
      });
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).index(index).getAll(value);
        request.onsuccess = () => {
          resolve(request.result as unknown[]);
        };
        request.onerror = () => {
          reject(new Error(String(request.error)));
        };
      });
      db.close();
      return rows;
    },
    { store, index, value },
  ) as Promise<T[]>;
}

/**
 * Every record of every object store of the app's database, by store name (stores and
 * records in key order), for comparing the whole database before and after.
 */
export async function dumpAll(page: Page): Promise<Rows> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('shortlist');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(new Error(String(request.error)));
      };
    });
    const names = Array.from(db.objectStoreNames).sort();
    const tx = db.transaction(names, 'readonly');
    const lists = await Promise.all(
      names.map(
        (name) =>
          new Promise<unknown[]>((resolve, reject) => {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => {
              resolve(request.result as unknown[]);
            };
            request.onerror = () => {
              reject(new Error(String(request.error)));
            };
          }),
      ),
    );
    db.close();
    return Object.fromEntries(names.map((name, i) => [name, lists[i] ?? []]));
  });
}

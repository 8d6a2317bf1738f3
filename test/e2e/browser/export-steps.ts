/** What the export specs share: the sample role's wording, downloads, the Export menu. */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { expect } from './fixtures';

export const LXD = 'Engineering Manager, LXD';
export const CLOUD_ITEM =
  'You understand modern Linux cloud computing technologies, including networking, storage, containers and K8s';
export const PEOPLE_ITEM =
  'You love developing and growing people and have a strong track record of doing it';

export interface Downloaded {
  name: string;
  bytes: Buffer;
  text: string;
}

/** Runs `action`, waits for the download it starts and reads the file. */
export async function downloadOf(page: Page, action: () => Promise<void>): Promise<Downloaded> {
  const waiting = page.waitForEvent('download');
  await action();
  const download = await waiting;
  const bytes = await readFile(await download.path());
  return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

export async function openRole(page: Page, title = LXD): Promise<string> {
  await page.goto('/');
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  const match = /#\/roles\/([^/]+)$/.exec(page.url());
  return decodeURIComponent(match?.[1] ?? '');
}

export async function chooseExport(page: Page, item: string) {
  const button = page.getByRole('button', { name: 'Export', exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: item }).click();
}

export function notice(page: Page, text: string): Locator {
  return page.getByRole('status').getByText(text, { exact: true });
}

export function frontMatter(markdown: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error('no front matter');
  return parseYaml(match[1] ?? '');
}

/** The text without its `exported:` time, to compare two exports made moments apart. */
export function withoutExportTime(markdown: string): string {
  return markdown.replace(/^exported: .*$/m, 'exported: (time)');
}

/**
 * The browser-build test fixture: every test gets a fresh browser context (so a fresh
 * IndexedDB), and fails if the page throws, logs an error, or sends any request
 * outside the app's own origin.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ guard: undefined }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const appOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreignRequests: string[] = [];
      const pageErrors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== appOrigin) foreignRequests.push(url);
      });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
      // A blocked eval or inline script is not logged as an error: collect the CSP's own
      // reports in every page, so any violation fails the test that caused it.
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.defineProperty(window, '__cspViolations', { value: seen });
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
        });
      });
      await use(undefined);
      expect(foreignRequests, 'requests outside the app origin').toEqual([]);
      expect(pageErrors, 'page errors').toEqual([]);
      const violations = page.isClosed()
        ? []
        : await page.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations);
      expect(violations ?? [], 'CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const SEED_TITLES = [
  'Engineering Director, Landscape',
  'Engineering Manager - MLOps & Analytics',
  'Engineering Manager, HPC',
  'Engineering Manager, LXD',
  'Linux Server Software Engineering Manager',
];

/**
 * Resolves once the page's already-queued timers have run. dnd-kit's keyboard sensor
 * starts listening for arrow keys in a `setTimeout` after a drag is picked up, so an
 * arrow pressed sooner is lost; timers run in order, so one queued now runs after it.
 */
export async function afterQueuedTimers(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

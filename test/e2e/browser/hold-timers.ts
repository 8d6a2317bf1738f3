/**
 * Test-only control over one page's longer timers, for races between two windows.
 */
import type { Page } from '@playwright/test';

/**
 * Lets a test hold a page's longer timers (its autosave delays) and run them later, as if
 * the other window's save won a race by a few milliseconds. Playwright's own clock is
 * shared by the whole context, so this one is per page.
 */
export async function holdableTimers(page: Page) {
  await page.addInitScript(() => {
    const held = new Map<number, () => void>();
    let next = -1;
    const realSet = window.setTimeout.bind(window);
    const realClear = window.clearTimeout.bind(window);
    const control = { hold: false };
    Object.assign(window, {
      __timers: {
        hold: () => {
          control.hold = true;
        },
        release: () => {
          control.hold = false;
          const due = [...held.values()];
          held.clear();
          for (const run of due) run();
        },
      },
    });
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      if (!control.hold || typeof handler !== 'function' || (ms ?? 0) < 300) {
        return realSet(handler, ms, ...args);
      }
      next -= 1;
      held.set(next, () => {
        (handler as (...rest: unknown[]) => void)(...args);
      });
      return next;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined && held.delete(id)) return;
      realClear(id);
    }) as typeof window.clearTimeout;
  });
}

export async function timers(page: Page, action: 'hold' | 'release') {
  await page.evaluate((name) => {
    (window as unknown as { __timers: Record<string, () => void> }).__timers[name]?.();
  }, action);
}

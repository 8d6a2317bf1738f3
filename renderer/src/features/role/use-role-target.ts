/**
 * Lands the role screen where a search result pointed (services/role-target.ts): on its
 * tab, with a checklist item scrolled into view and focused. (A note target is opened by
 * the Notes tab itself.)
 */
import { useState } from 'react';
import { peekRoleTarget, useRoleTargetHandler } from '../../services/role-target';
import type { RoleTab } from './use-role-tab-commands';

/** How long to wait for the checklist to show the item before giving up. */
const FIND_ITEM_MS = 3000;

function focusItem(text: string): void {
  const find = () =>
    [...document.querySelectorAll<HTMLElement>('.cl-item')].find(
      (row) => row.querySelector('.cl-text')?.textContent === text,
    );
  const land = (row: HTMLElement) => {
    row.scrollIntoView({ block: 'center' });
    row.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus({ preventScroll: true });
  };
  const row = find();
  if (row) {
    land(row);
    return;
  }
  // The checklist is still loading: watch for the row.
  const observer = new MutationObserver(() => {
    const found = find();
    if (!found) return;
    stop();
    land(found);
  });
  const timer = setTimeout(() => {
    stop();
  }, FIND_ITEM_MS);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(document.body, { childList: true, subtree: true });
}

/** The tab state of a role screen, following search targets. */
export function useTargetedTab(roleId: string): [RoleTab, (tab: RoleTab) => void] {
  const [tab, setTab] = useState<RoleTab>(() => peekRoleTarget(roleId, 'tab')?.tab ?? 'checklist');
  useRoleTargetHandler(roleId, 'tab', (target) => {
    setTab(target.tab);
    if (target.itemText) focusItem(target.itemText);
  });
  return [tab, setTab];
}

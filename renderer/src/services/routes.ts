/**
 * Hash routes (`#/`, `#/roles/<id>`): they work unchanged from app://shortlist/ and a
 * web server, survive reloads, and give Back/Forward for free.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'roles' }
  | { name: 'agenda' }
  | { name: 'board' }
  | { name: 'insights' }
  | { name: 'role'; roleId: string }
  | { name: 'stories' }
  | { name: 'contacts' }
  | { name: 'story'; storyId: string }
  | { name: 'compare'; roleIds: string[] };

/** Reads a route from a location hash; anything unknown is the Roles screen. */
export function parseRoute(hash: string): Route {
  if (hash === AGENDA_HREF) return { name: 'agenda' };
  if (hash === BOARD_HREF) return { name: 'board' };
  if (hash === INSIGHTS_HREF) return { name: 'insights' };
  if (hash === STORIES_HREF) return { name: 'stories' };
  if (hash === CONTACTS_HREF) return { name: 'contacts' };
  const compare = /^#\/compare\/([^/?#]+)$/.exec(hash);
  if (compare?.[1]) {
    try {
      return { name: 'compare', roleIds: compare[1].split(',').map(decodeURIComponent) };
    } catch {
      return { name: 'roles' };
    }
  }
  const match = /^#\/(roles|stories)\/([^/?#]+)$/.exec(hash);
  if (match?.[2]) {
    try {
      const id = decodeURIComponent(match[2]);
      return match[1] === 'roles' ? { name: 'role', roleId: id } : { name: 'story', storyId: id };
    } catch {
      return { name: 'roles' };
    }
  }
  return { name: 'roles' };
}

export function storyHref(storyId: string): string {
  return `#/stories/${encodeURIComponent(storyId)}`;
}

/** The comparison of these roles, side by side in this order. */
export function compareHref(roleIds: readonly string[]): string {
  return `#/compare/${roleIds.map(encodeURIComponent).join(',')}`;
}

export function roleHref(roleId: string): string {
  return `#/roles/${encodeURIComponent(roleId)}`;
}

export const ROLES_HREF = '#/';
export const AGENDA_HREF = '#/agenda';
export const BOARD_HREF = '#/board';
export const INSIGHTS_HREF = '#/insights';
export const STORIES_HREF = '#/stories';
export const CONTACTS_HREF = '#/contacts';

export function navigate(href: string): void {
  window.location.hash = href;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
  };
}

/** The current route, re-rendering on every hash change. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

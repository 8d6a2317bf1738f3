/**
 * Hash routes (`#/`, `#/roles/<id>`): they work unchanged from app://shortlist/ and a
 * web server, survive reloads, and give Back/Forward for free.
 */
import { useSyncExternalStore } from 'react';

export type Route = { name: 'roles' } | { name: 'agenda' } | { name: 'role'; roleId: string };

/** Reads a route from a location hash; anything unknown is the Roles screen. */
export function parseRoute(hash: string): Route {
  if (hash === AGENDA_HREF) return { name: 'agenda' };
  const match = /^#\/roles\/([^/?#]+)$/.exec(hash);
  if (match?.[1]) {
    try {
      return { name: 'role', roleId: decodeURIComponent(match[1]) };
    } catch {
      return { name: 'roles' };
    }
  }
  return { name: 'roles' };
}

export function roleHref(roleId: string): string {
  return `#/roles/${encodeURIComponent(roleId)}`;
}

export const ROLES_HREF = '#/';
export const AGENDA_HREF = '#/agenda';

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

/**
 * Every screen but Roles (the first one) comes in its own chunk, loaded on first visit
 * and fetched ahead once the first screen is idle (prefetchScreens), so the script the
 * window needs before it can show the Roles table stays small.
 */
import { lazy, type ComponentType } from 'react';

// Most likely next first: a role opened from the table.
const loaders = {
  role: () => import('../features/role/RoleScreen').then((m) => m.RoleScreen),
  agenda: () => import('../features/agenda/AgendaScreen').then((m) => m.AgendaScreen),
  board: () => import('../features/board/BoardScreen').then((m) => m.BoardScreen),
  insights: () => import('../features/insights/InsightsScreen').then((m) => m.InsightsScreen),
  stories: () => import('../features/stories/StoriesScreen').then((m) => m.StoriesScreen),
  story: () => import('../features/stories/StoryScreen').then((m) => m.StoryScreen),
  compare: () => import('../features/compare/CompareScreen').then((m) => m.CompareScreen),
  contacts: () => import('../features/contacts/ContactsScreen').then((m) => m.ContactsScreen),
};

function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

export const RoleScreen = lazyScreen(loaders.role);
export const AgendaScreen = lazyScreen(loaders.agenda);
export const BoardScreen = lazyScreen(loaders.board);
export const InsightsScreen = lazyScreen(loaders.insights);
export const StoriesScreen = lazyScreen(loaders.stories);
export const StoryScreen = lazyScreen(loaders.story);
export const CompareScreen = lazyScreen(loaders.compare);
export const ContactsScreen = lazyScreen(loaders.contacts);

/** Fetches and evaluates every screen's chunk, one after another (errors wait for a visit). */
export async function prefetchScreens(): Promise<void> {
  for (const load of Object.values(loaders)) {
    try {
      await load();
    } catch {
      // A chunk that failed now is loaded again on its visit, where the error shows.
    }
  }
}

const LABELS: Partial<Record<string, string>> = {
  role: 'the role',
  agenda: 'Agenda',
  board: 'Board',
  insights: 'Insights',
  stories: 'Stories',
  story: 'the story',
  compare: 'the comparison',
  contacts: 'Contacts',
};

/** What the loading state calls the screen of a route. */
export function screenLabel(routeName: string): string {
  return LABELS[routeName] ?? 'the screen';
}

/** The app shell: sidebar navigation, the current screen, notices, menu commands. */
import { Suspense } from 'react';
import { assertNever } from '../../../shared/assert-never';
import type { ShortlistDb } from '../db/db';
import { DbProvider } from '../db/db-context';
import { PlatformProvider, type Platform } from '../platform';
import { RolesScreen } from '../features/roles/RolesScreen';
import {
  AgendaScreen,
  BoardScreen,
  CompareScreen,
  ContactsScreen,
  InsightsScreen,
  RoleScreen,
  screenLabel,
  StoriesScreen,
  StoryScreen,
} from './lazy-screens';
import { ScreenLoading } from '../components/ScreenLoading';
import { DeferredReminders, ShellParts } from './ShellParts';
import { ImportProvider } from '../features/import/ImportProvider';
import { CrossWindowWatch } from './CrossWindowWatch';
import { NoticeProvider } from '../components/notices';
import { ErrorBoundary } from './ErrorBoundary';
import { useRoute, type Route } from '../services/routes';
import { StorageFullBanner } from './StorageFullBanner';
import { useCommands } from './use-command-runner';
import { Sidebar } from './Sidebar';

function Commands() {
  useCommands();
  return null;
}

function CurrentScreen() {
  const route = useRoute();
  return (
    <ErrorBoundary resetKey={JSON.stringify(route)}>
      <Suspense fallback={<ScreenLoading label={screenLabel(route.name)} />}>
        <Screen route={route} />
      </Suspense>
    </ErrorBoundary>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'roles':
      return <RolesScreen />;
    case 'agenda':
      return <AgendaScreen />;
    case 'board':
      return <BoardScreen />;
    case 'role':
      return <RoleScreen key={route.roleId} roleId={route.roleId} />;
    case 'insights':
      return <InsightsScreen />;
    case 'stories':
      return <StoriesScreen />;
    case 'contacts':
      return <ContactsScreen />;
    case 'story':
      return <StoryScreen key={route.storyId} storyId={route.storyId} />;
    case 'compare':
      return <CompareScreen key={route.roleIds.join(',')} roleIds={route.roleIds} />;
    default:
      return assertNever(route, 'route');
  }
}

export function App({ db, platform }: { db: ShortlistDb; platform: Platform }) {
  return (
    <PlatformProvider platform={platform}>
      <DbProvider db={db}>
        <NoticeProvider>
          <Commands />
          <CrossWindowWatch />
          <ShellParts />
          <div className="app">
            <Sidebar />
            <main className="content">
              <StorageFullBanner />
              <DeferredReminders />
              <ImportProvider>
                <CurrentScreen />
              </ImportProvider>
            </main>
          </div>
        </NoticeProvider>
      </DbProvider>
    </PlatformProvider>
  );
}

/** The app shell: sidebar navigation, the current screen, notices, menu commands. */
import { useEffect } from 'react';
import { assertNever } from '../../../shared/assert-never';
import type { MenuCommand } from '../../../shared/ipc/channels';
import type { ShortlistDb } from '../db/db';
import { DbProvider } from '../db/db-context';
import { PlatformProvider, usePlatform, type Platform } from '../platform';
import { RolesScreen } from '../features/roles/RolesScreen';
import { RoleScreen } from '../features/role/RoleScreen';
import { useRestoreSamples } from '../features/roles/use-restore-samples';
import { NoticeProvider } from './notices';
import { ErrorBoundary } from './ErrorBoundary';
import { navigate, ROLES_HREF, useRoute, type Route } from './routes';
import { Sidebar } from './Sidebar';

function MenuCommands() {
  const platform = usePlatform();
  const restoreSamples = useRestoreSamples();
  useEffect(
    () =>
      platform.onMenuCommand((command: MenuCommand) => {
        switch (command) {
          case 'restore-sample-roles':
            void restoreSamples();
            return;
          case 'show-roles':
            navigate(ROLES_HREF);
            return;
          default:
            assertNever(command, 'menu command');
        }
      }),
    [platform, restoreSamples],
  );
  return null;
}

function CurrentScreen() {
  const route = useRoute();
  return (
    <ErrorBoundary resetKey={JSON.stringify(route)}>
      <Screen route={route} />
    </ErrorBoundary>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'roles':
      return <RolesScreen />;
    case 'role':
      return <RoleScreen key={route.roleId} roleId={route.roleId} />;
    default:
      return assertNever(route, 'route');
  }
}

export function App({ db, platform }: { db: ShortlistDb; platform: Platform }) {
  return (
    <PlatformProvider platform={platform}>
      <DbProvider db={db}>
        <NoticeProvider>
          <MenuCommands />
          <div className="app">
            <Sidebar />
            <main className="content">
              <CurrentScreen />
            </main>
          </div>
        </NoticeProvider>
      </DbProvider>
    </PlatformProvider>
  );
}

/** Home: every role with its status, next interview, readiness and last activity. */
import { useEffect, useMemo, useState } from 'react';
import { APPLICATION_STATUSES } from '../../../../shared/domain/model';
import { statusLabel } from '../../../../shared/domain/status';
import { useRoleSummaries } from '../../db/hooks';
import { markFirstScreenShown } from '../../services/first-screen';
import { useImport } from '../import/import-context';
import { NewRoleButton } from '../import/NewRoleButton';
import { usePastePosting } from '../import/use-paste-posting';
import { ExportAllButton } from '../export/ExportAllButton';
import { ColumnsMenu } from './ColumnsMenu';
import { RestoreSamplesButton } from './RestoreSamplesButton';
import { CompareButton, RoleSelectionProvider } from './role-selection';
import { RolesTable } from './RolesTable';
import { useColumnFit } from './use-column-fit';
import { useRolesView, type StatusFilter } from './use-roles-view';

export function RolesScreen() {
  const roles = useRoleSummaries();
  const [selected, setSelected] = useState<string[]>([]);
  const selection = useMemo(
    () => ({
      selected,
      toggle: (roleId: string) => {
        setSelected((now) =>
          now.includes(roleId) ? now.filter((id) => id !== roleId) : [...now, roleId],
        );
      },
    }),
    [selected],
  );
  const view = useRolesView(roles);
  const { measure: measureTable, hiddenForWidth, shown } = useColumnFit(view.columnVisibility);
  // Paste anywhere on this screen (not in a field) starts a new role from the posting.
  const { openNewRole } = useImport();
  usePastePosting(openNewRole);
  // The table is up: the code for other screens and dialogs may load now.
  useEffect(() => {
    if (roles !== undefined) markFirstScreenShown();
  }, [roles]);

  if (roles === undefined) return <div className="screen-loading" aria-busy="true" />;
  const filtering = view.query.trim() !== '' || view.status !== 'all';
  const count = roles.length === 1 ? '1 role' : `${roles.length} roles`;

  return (
    <section className="screen roles-screen" aria-labelledby="roles-heading">
      <header className="screen-header">
        <div>
          <h1 id="roles-heading">Roles</h1>
          <p className="screen-subtitle">
            {filtering ? `${view.visible.length} of ${count} shown` : `${count} you are tracking`}
          </p>
        </div>
        {roles.length > 0 && (
          <div className="toolbar">
            <NewRoleButton />
            <RestoreSamplesButton />
            <ExportAllButton />
            <CompareButton selected={selected} />
            <select
              className="select"
              aria-label="Filter by status"
              value={view.status}
              onChange={(event) => {
                view.setStatus(event.target.value as StatusFilter);
              }}
            >
              <option value="all">All statuses</option>
              <option value="active">Active (not closed)</option>
              {APPLICATION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {statusLabel(status)}
                </option>
              ))}
            </select>
            <ColumnsMenu
              visibility={view.columnVisibility}
              onChange={view.setColumnVisibility}
              hiddenForWidth={hiddenForWidth}
            />
            <input
              type="search"
              className="search-input"
              placeholder="Search roles, notes, evidence…"
              aria-label="Search roles"
              value={view.query}
              onChange={(event) => {
                view.setQuery(event.target.value);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Escape') view.setQuery('');
              }}
            />
          </div>
        )}
      </header>
      {roles.length === 0 ? (
        <div className="empty-state">
          <h2>No roles yet</h2>
          <p>Add a role from a job posting, or bring back the sample roles to explore Shortlist.</p>
          <div className="toolbar">
            <NewRoleButton />
            <RestoreSamplesButton />
          </div>
        </div>
      ) : (
        <div ref={measureTable} className="table-wrap">
          <RoleSelectionProvider value={selection}>
            <RolesTable roles={view.visible} columnVisibility={shown} />
          </RoleSelectionProvider>
          {view.visible.length === 0 && (
            <div className="empty-state compact">
              <p>No roles match these filters.</p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  view.setQuery('');
                  view.setStatus('all');
                }}
              >
                Clear filters
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

/**
 * Home: every role with its status, next interview, readiness, pay, closing date and last
 * activity. Archived roles are counted apart and shown only when asked for.
 */
import { useEffect, useMemo, useState } from 'react';
import { APPLICATION_STATUSES } from '../../../../shared/domain/model';
import { statusLabel } from '../../../../shared/domain/status';
import { useDb } from '../../db/db-context';
import { useRoleSummariesFeed } from '../../db/role-summaries-feed';
import { markFirstScreenShown } from '../../services/first-screen';
import { useImport } from '../import/import-context';
import { NewRoleButton } from '../import/NewRoleButton';
import { usePastePosting } from '../import/use-paste-posting';
import { ExportAllButton } from '../export/ExportAllButton';
import { ArchivedToggle } from './ArchivedToggle';
import { ColumnsMenu } from './ColumnsMenu';
import { activeFilterCount } from './money-date-filters';
import { MoneyDateFiltersMenu } from './MoneyDateFiltersMenu';
import { RestoreSamplesButton } from './RestoreSamplesButton';
import { CompareButton, RoleSelectionProvider } from './role-selection';
import { RolesTable } from './RolesTable';
import { useArchivedRoles } from './use-archived-roles';
import { useColumnFit } from './use-column-fit';
import { useMoneyDateFilters } from './use-money-date-filters';
import { useRolesView, type StatusFilter } from './use-roles-view';

export function RolesScreen() {
  const db = useDb();
  const tracked = useRoleSummariesFeed(db);
  const archive = useArchivedRoles();
  // Archived rows join the tracked ones only while "Show archived" is on.
  const roles = useMemo(
    () =>
      tracked === undefined || archive.rows.length === 0 ? tracked : [...tracked, ...archive.rows],
    [tracked, archive.rows],
  );
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
  const money = useMoneyDateFilters(roles);
  const view = useRolesView(money.inView);
  const { measure: measureTable, hiddenForWidth, shown } = useColumnFit(view.columnVisibility);
  // Paste anywhere on this screen (not in a field) starts a new role from the posting.
  const { openNewRole } = useImport();
  usePastePosting(openNewRole);
  // The table is up: the code for other screens and dialogs may load now.
  useEffect(() => {
    if (roles !== undefined) markFirstScreenShown();
  }, [roles]);

  if (roles === undefined) return <div className="screen-loading" aria-busy="true" />;
  const filtering =
    view.query.trim() !== '' || view.status !== 'all' || activeFilterCount(money.filters) > 0;
  // Archived roles are counted apart, beside their toggle.
  const counted = filtering ? roles.length : roles.length - archive.rows.length;
  const count = counted === 1 ? '1 role' : `${String(counted)} roles`;
  // Only when there is nothing at all: archived roles keep the toolbar and its toggle.
  const empty = roles.length === 0 && archive.count === 0;

  return (
    <section className="screen roles-screen" aria-labelledby="roles-heading">
      <header className="screen-header">
        <div>
          <h1 id="roles-heading">Roles</h1>
          <p className="screen-subtitle">
            {filtering ? `${view.visible.length} of ${count} shown` : `${count} you are tracking`}
            <ArchivedToggle
              count={archive.count}
              shown={archive.shown}
              onChange={archive.setShown}
            />
          </p>
        </div>
        {!empty && (
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
            <MoneyDateFiltersMenu state={money} />
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
      {empty ? (
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
          {view.visible.length === 0 && filtering && (
            <div className="empty-state compact">
              <p>No roles match these filters.</p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  view.setQuery('');
                  view.setStatus('all');
                  money.clear();
                }}
              >
                Clear filters
              </button>
            </div>
          )}
          {view.visible.length === 0 && !filtering && (
            <div className="empty-state compact">
              <p>Every role is archived: show archived roles to see them.</p>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

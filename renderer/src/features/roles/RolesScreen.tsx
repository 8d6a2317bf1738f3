/** Home: every role with its status and checklist progress. */
import { useState } from 'react';
import { useRoleSummaries } from '../../db/hooks';
import { RolesTable } from './RolesTable';
import { RestoreSamplesButton } from './RestoreSamplesButton';

export function RolesScreen() {
  const roles = useRoleSummaries();
  const [filter, setFilter] = useState('');

  if (roles === undefined) return <div className="screen-loading" aria-busy="true" />;

  return (
    <section className="screen" aria-labelledby="roles-heading">
      <header className="screen-header">
        <div>
          <h1 id="roles-heading">Roles</h1>
          <p className="screen-subtitle">
            {roles.length === 1 ? '1 role' : `${roles.length} roles`} you are tracking
          </p>
        </div>
        <div className="toolbar">
          {roles.length > 0 && <RestoreSamplesButton />}
          {roles.length > 0 && (
            <input
              type="search"
              className="search-input"
              placeholder="Filter roles"
              aria-label="Filter roles"
              value={filter}
              onChange={(event) => {
                setFilter(event.target.value);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setFilter('');
              }}
            />
          )}
        </div>
      </header>
      {roles.length === 0 ? (
        <div className="empty-state">
          <h2>No roles yet</h2>
          <p>The sample roles were deleted. Bring them back to explore Shortlist.</p>
          <RestoreSamplesButton prominent />
        </div>
      ) : (
        <RolesTable
          roles={roles}
          filter={filter}
          onClearFilter={() => {
            setFilter('');
          }}
        />
      )}
    </section>
  );
}

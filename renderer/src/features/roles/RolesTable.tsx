/** The Roles table: sortable headers, a filter shared with the screen, row click opens. */
import { useTable } from '@tanstack/react-table';
import type { MouseEvent } from 'react';
import type { RoleSummary } from '../../db/roles-repo';
import { navigate, roleHref } from '../../app/routes';
import { FILTERABLE_COLUMNS, rolesColumns, rolesFeatures } from './roles-columns';

const SORT_LABELS = { asc: 'ascending', desc: 'descending' } as const;

interface RolesTableProps {
  roles: RoleSummary[];
  filter: string;
  onClearFilter: () => void;
}

/**
 * A click anywhere on a row opens the role. Keyboard users reach the same place through
 * the title link, which is in the Tab order.
 */
function openRow(event: MouseEvent<HTMLTableRowElement>, roleId: string) {
  // The title link handles its own clicks (and middle/modified clicks stay native).
  if ((event.target as HTMLElement).closest('a')) return;
  navigate(roleHref(roleId));
}

export function RolesTable({ roles, filter, onClearFilter }: RolesTableProps) {
  const table = useTable({
    features: rolesFeatures,
    columns: rolesColumns,
    data: roles,
    state: { globalFilter: filter },
    globalFilterFn: 'includesString',
    getColumnCanGlobalFilter: (column) => FILTERABLE_COLUMNS.has(column.id),
    initialState: { sorting: [{ id: 'title', desc: false }] },
  });
  const rows = table.getRowModel().rows;

  return (
    <div className="table-wrap">
      <table className="roles-table" aria-label="Roles">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={`col-${header.column.id}`}
                    aria-sort={sorted ? SORT_LABELS[sorted] : 'none'}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      <table.FlexRender header={header} />
                      <span className="sort-indicator" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              className="role-row"
              onClick={(event) => {
                openRow(event, row.original.id);
              }}
            >
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={`col-${cell.column.id}`}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && (
        <div className="empty-state compact">
          <p>No roles match “{filter}”.</p>
          <button type="button" className="button" onClick={onClearFilter}>
            Clear filter
          </button>
        </div>
      )}
    </div>
  );
}

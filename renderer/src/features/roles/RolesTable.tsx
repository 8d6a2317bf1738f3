/**
 * The Roles table: sortable headers, a click anywhere on a row opens the role, and only
 * the rows in view are rendered, so thousands of roles scroll smoothly.
 */
import { useTable, type ColumnVisibilityState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type CSSProperties, type MouseEvent } from 'react';
import type { RoleSummary } from '../../db/roles-repo';
import { navigate, roleHref } from '../../app/routes';
import { rolesColumns, rolesFeatures } from './roles-columns';

const SORT_LABELS = { asc: 'ascending', desc: 'descending' } as const;

/** Grid track per column: the title gets the most room, short values the least. */
const COLUMN_TRACKS: Record<string, string> = {
  title: 'minmax(0, 2.3fr)',
  team: 'minmax(0, 1.5fr)',
  location: 'minmax(0, 1.2fr)',
  status: '128px',
  nextInterview: 'minmax(0, 1.3fr)',
  readiness: 'minmax(0, 1.7fr)',
  lastActivity: '116px',
};

interface RolesTableProps {
  roles: RoleSummary[];
  columnVisibility: ColumnVisibilityState;
  onColumnVisibilityChange: (next: ColumnVisibilityState) => void;
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

export function RolesTable({ roles, columnVisibility, onColumnVisibilityChange }: RolesTableProps) {
  const table = useTable({
    features: rolesFeatures,
    columns: rolesColumns,
    data: roles,
    state: { columnVisibility },
    onColumnVisibilityChange: (updater: Updater<ColumnVisibilityState>) => {
      onColumnVisibilityChange(typeof updater === 'function' ? updater(columnVisibility) : updater);
    },
    initialState: { sorting: [{ id: 'title', desc: false }] },
  });
  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  // This app does not use the React Compiler, so the rule's memoization concern is moot.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 66,
    overscan: 8,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const tracks = table
    .getVisibleLeafColumns()
    .map((column) => COLUMN_TRACKS[column.id] ?? 'minmax(0, 1fr)')
    .join(' ');
  const gridStyle = { '--role-columns': tracks } as CSSProperties;

  return (
    <div ref={scrollRef} className="table-scroll">
      <table
        className="roles-table"
        role="table"
        aria-label="Roles"
        aria-rowcount={rows.length + 1}
        style={gridStyle}
      >
        <thead role="rowgroup">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} role="row" aria-rowindex={1} className="grid-row">
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    role="columnheader"
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
        <tbody role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="grid-row role-row"
                style={{ transform: `translateY(${item.start}px)` }}
                onClick={(event) => {
                  openRow(event, row.original.id);
                }}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} role="cell" className={`col-${cell.column.id}`}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

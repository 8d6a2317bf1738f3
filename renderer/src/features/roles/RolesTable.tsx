/**
 * The Roles table: sortable headers, a click anywhere on a row opens the role, and only
 * the rows in view are rendered, so thousands of roles scroll smoothly.
 */
import { useTable, type ColumnVisibilityState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type CSSProperties, type MouseEvent } from 'react';
import type { RoleSummary } from '../../db/roles-repo';
import { navigate, roleHref } from '../../services/routes';
import { COLUMN_MIN_WIDTHS } from './column-fit';
import { rolesColumns, rolesFeatures } from './roles-columns';

const SORT_LABELS = { asc: 'ascending', desc: 'descending' } as const;

/** How each column shares spare width: the title gets the most, short values none. */
const COLUMN_GROWTH: Record<string, string> = {
  title: '2.3fr',
  team: '1.5fr',
  location: '1.2fr',
  nextInterview: '1.3fr',
  readiness: '1.7fr',
  compensation: '1.2fr',
  closing: '1fr',
};

/** A column never narrower than its longest header word and cell words need. */
function track(columnId: string): string {
  const min = COLUMN_MIN_WIDTHS[columnId] ?? 0;
  const growth = COLUMN_GROWTH[columnId];
  return growth ? `minmax(${min}px, ${growth})` : `${min}px`;
}

interface RolesTableProps {
  roles: RoleSummary[];
  /** As shown: the user's choice less the columns the window has no room for. */
  columnVisibility: ColumnVisibilityState;
}

/**
 * A click anywhere on a row opens the role. Keyboard users reach the same place through
 * the title link, which is in the Tab order.
 */
function openRow(event: MouseEvent<HTMLTableRowElement>, roleId: string) {
  // The title link handles its own clicks (and middle/modified clicks stay native), and
  // the compare checkbox only picks the role, the archive button only archives it.
  if ((event.target as HTMLElement).closest('a, input, button')) return;
  navigate(roleHref(roleId));
}

export function RolesTable({ roles, columnVisibility }: RolesTableProps) {
  const table = useTable({
    features: rolesFeatures,
    columns: rolesColumns,
    data: roles,
    // Read-only here: the Columns menu changes the user's choice, never this table.
    state: { columnVisibility },
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
    .map((column) => track(column.id))
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
                if (!header.column.getCanSort()) {
                  return (
                    <th
                      key={header.id}
                      role="columnheader"
                      scope="col"
                      className={`col-${header.column.id}`}
                    >
                      <table.FlexRender header={header} />
                    </th>
                  );
                }
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
                      <span className="sort-label">
                        <table.FlexRender header={header} />
                      </span>
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

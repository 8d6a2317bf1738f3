/** The Roles table's features and columns, at module scope so they stay stable. */
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';
import { requiredShare, formatProgress } from '../../../../shared/domain/progress';
import { statusLabel, statusRank } from '../../../../shared/domain/status';
import type { RoleSummary } from '../../db/roles-repo';
import { roleHref } from '../../app/routes';
import { ProgressMeter } from '../../components/ProgressMeter';
import { StatusBadge } from '../../components/StatusBadge';

export const rolesFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { text: sortFn_text },
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { includesString: filterFn_includesString },
});

const helper = createColumnHelper<typeof rolesFeatures, RoleSummary>();

/** Columns the filter box searches. */
export const FILTERABLE_COLUMNS = new Set(['title', 'team', 'location', 'status']);

export const rolesColumns = helper.columns([
  helper.accessor('title', {
    header: 'Role',
    sortFn: 'text',
    cell: (info) => (
      <div className="role-cell">
        <a className="role-link" href={roleHref(info.row.original.id)}>
          {info.getValue()}
        </a>
        <span className="role-company">{info.row.original.company}</span>
      </div>
    ),
  }),
  helper.accessor('team', { header: 'Team', sortFn: 'text' }),
  helper.accessor('location', { header: 'Location', sortFn: 'text' }),
  helper.accessor((row) => statusLabel(row.status), {
    id: 'status',
    header: 'Status',
    sortFn: (a, b) => statusRank(a.original.status) - statusRank(b.original.status),
    cell: (info) => <StatusBadge status={info.row.original.status} />,
  }),
  helper.accessor((row) => requiredShare(row.progress), {
    id: 'checklist',
    header: 'Checklist',
    sortFn: (a, b) =>
      requiredShare(a.original.progress) - requiredShare(b.original.progress) ||
      a.original.progress.required.done - b.original.progress.required.done,
    cell: (info) => (
      <ProgressMeter
        label={formatProgress(info.row.original.progress)}
        value={info.row.original.progress.required.done}
        max={info.row.original.progress.required.total}
      />
    ),
  }),
]);

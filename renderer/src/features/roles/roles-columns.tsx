/** The Roles table's features and columns, at module scope so they stay stable. */
import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';
import { requiredShare } from '../../../../shared/domain/progress';
import { statusLabel, statusRank } from '../../../../shared/domain/status';
import type { RoleSummary } from '../../db/roles-repo';
import { roleHref } from '../../services/routes';
import { StatusBadge } from '../../components/StatusBadge';
import { formatRelativeDay, formatShortDateTime } from './format-times';
import { ReadinessCell } from './ReadinessCell';
import { SelectRoleBox } from './role-selection';

export const rolesFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { text: sortFn_text },
  columnVisibilityFeature,
});

const helper = createColumnHelper<typeof rolesFeatures, RoleSummary>();

/** Columns the user may hide (the role title always shows), with their menu labels. */
export const HIDEABLE_COLUMNS = [
  { id: 'team', label: 'Team' },
  { id: 'location', label: 'Location' },
  { id: 'status', label: 'Status' },
  { id: 'nextInterview', label: 'Next interview' },
  { id: 'readiness', label: 'Readiness' },
  { id: 'lastActivity', label: 'Last activity' },
] as const;

/** Location is a click away: the five sample roles are all remote. */
export const DEFAULT_COLUMN_VISIBILITY: Record<string, boolean> = { location: false };

export const rolesColumns = helper.columns([
  helper.accessor('title', {
    header: 'Role',
    sortFn: 'text',
    enableHiding: false,
    cell: (info) => (
      <div className="role-cell-with-select">
        <SelectRoleBox roleId={info.row.original.id} title={info.getValue()} />
        <div className="role-cell">
          <a className="role-link" href={roleHref(info.row.original.id)}>
            {info.getValue()}
          </a>
          <span className="role-company">{info.row.original.company}</span>
        </div>
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
  helper.accessor((row) => row.nextInterview?.at, {
    id: 'nextInterview',
    header: 'Next interview',
    sortUndefined: 'last',
    sortFn: (a, b) => (a.original.nextInterview?.at ?? 0) - (b.original.nextInterview?.at ?? 0),
    cell: (info) => {
      const next = info.row.original.nextInterview;
      if (!next) return <span className="muted-cell">None scheduled</span>;
      return (
        <div className="stacked-cell">
          <span>{formatShortDateTime(next.at)}</span>
          <span className="role-company">{next.name}</span>
        </div>
      );
    },
  }),
  helper.accessor((row) => requiredShare(row.progress), {
    id: 'readiness',
    header: 'Readiness',
    sortFn: (a, b) =>
      requiredShare(a.original.progress) - requiredShare(b.original.progress) ||
      a.original.progress.required.done - b.original.progress.required.done,
    cell: (info) => <ReadinessCell progress={info.row.original.progress} />,
  }),
  helper.accessor('lastActivityAt', {
    id: 'lastActivity',
    header: 'Last activity',
    sortDescFirst: true,
    cell: (info) => <span className="muted-cell">{formatRelativeDay(info.getValue())}</span>,
  }),
]);

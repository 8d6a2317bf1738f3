/** The Roles table's features and columns, at module scope so they stay stable. */
import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';
import { compareClosingDates } from '../../../../shared/domain/closing-date';
import { annualPay, compareAnnualPay } from '../../../../shared/domain/compensation';
import { requiredShare } from '../../../../shared/domain/progress';
import { statusLabel, statusRank } from '../../../../shared/domain/status';
import type { RoleSummary } from '../../db/roles-repo';
import { roleHref } from '../../services/routes';
import { StatusBadge } from '../../components/StatusBadge';
import { formatRelativeDay, formatShortDateTime } from './format-times';
import { ArchiveRowButton } from './ArchiveRowButton';
import { ClosingCell, CompensationCell } from './MoneyDateCells';
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
  { id: 'compensation', label: 'Pay' },
  { id: 'closing', label: 'Closing date' },
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
          <span className="role-company">
            {info.row.original.company}
            {info.row.original.archived === 1 && <span className="archived-tag">Archived</span>}
          </span>
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
  // Unknown pay and no closing date sort last whichever way the column is sorted.
  helper.accessor((row) => annualPay(row.compensation), {
    id: 'compensation',
    header: 'Pay',
    // Best paid first; the first click on a column of numbers would pick that anyway.
    sortDescFirst: true,
    sortUndefined: 'last',
    sortFn: (a, b) =>
      compareAnnualPay(annualPay(a.original.compensation), annualPay(b.original.compensation)),
    cell: (info) => <CompensationCell value={info.row.original.compensation} />,
  }),
  helper.accessor((row) => row.closingDate || undefined, {
    id: 'closing',
    header: 'Closes',
    // Closing soonest first.
    sortDescFirst: false,
    sortUndefined: 'last',
    sortFn: (a, b) => compareClosingDates(a.original.closingDate, b.original.closingDate),
    cell: (info) => <ClosingCell value={info.row.original.closingDate} />,
  }),
  helper.accessor('lastActivityAt', {
    id: 'lastActivity',
    header: 'Last activity',
    sortDescFirst: true,
    cell: (info) => <span className="muted-cell">{formatRelativeDay(info.getValue())}</span>,
  }),
  helper.display({
    id: 'actions',
    header: () => <span className="visually-hidden">Actions</span>,
    enableSorting: false,
    enableHiding: false,
    cell: (info) => (
      <ArchiveRowButton
        roleId={info.row.original.id}
        title={info.row.original.title}
        archived={info.row.original.archived === 1}
      />
    ),
  }),
]);

/**
 * Compare roles: the asks of 2–5 roles side by side. One row per group of similar asks
 * (the shared grouping of shared/similarity), one column per role, asks of most roles
 * first; filters narrow it to what every role asks, what is not ticked somewhere, or
 * what no story backs yet; the rows shown save as Markdown.
 */
import { useMemo, useState } from 'react';
import type { Requirement, Role } from '../../../../shared/domain/model';
import {
  compareRoles,
  filterComparison,
  type ComparisonFilters,
} from '../../../../shared/similarity/compare';
import { useComparisonRecords } from '../../db/compare-repo';
import { ROLES_HREF, roleHref } from '../../services/routes';
import { CompareCell } from './CompareCell';
import { useSaveComparison } from './use-save-comparison';

const FILTERS: { key: keyof ComparisonFilters; label: string }[] = [
  { key: 'askedByAll', label: 'Asked by all' },
  { key: 'untickedAnywhere', label: 'Unticked anywhere' },
  { key: 'noStoryYet', label: 'No story yet' },
];

function buildComparison(roles: readonly Role[], requirements: readonly Requirement[]) {
  return compareRoles(
    roles.map((role) => ({ id: role.id, title: role.title })),
    requirements,
  );
}

export function CompareScreen({ roleIds }: { roleIds: readonly string[] }) {
  const records = useComparisonRecords(roleIds);
  const [filters, setFilters] = useState<ComparisonFilters>({});
  const save = useSaveComparison();
  const result = useMemo(
    () => (records ? buildComparison(records.roles, records.requirements) : undefined),
    [records],
  );
  if (!result) return <div className="screen-loading" aria-busy="true" />;
  if (!result.ok) {
    return (
      <section className="screen" aria-labelledby="compare-heading">
        <h1 id="compare-heading">Compare roles</h1>
        <p>{result.error}</p>
        <a className="button" href={ROLES_HREF}>
          Back to Roles
        </a>
      </section>
    );
  }
  const comparison = result.value;
  const rows = filterComparison(comparison, filters);
  const shared = comparison.rows.filter((row) => row.askedBy > 1).length;
  return (
    <section className="screen compare-screen" aria-labelledby="compare-heading">
      <header className="screen-header">
        <div>
          <h1 id="compare-heading">Compare roles</h1>
          <p className="screen-subtitle">
            {comparison.rows.length} asks across {comparison.roles.length} roles; {shared} asked by
            more than one
          </p>
        </div>
        <div className="toolbar">
          <fieldset className="compare-filters">
            <legend className="visually-hidden">Show only</legend>
            {FILTERS.map((filter) => (
              <label key={filter.key} className="compare-filter">
                <input
                  type="checkbox"
                  checked={filters[filter.key] === true}
                  onChange={(event) => {
                    setFilters((now) => ({ ...now, [filter.key]: event.target.checked }));
                  }}
                />
                {filter.label}
              </label>
            ))}
          </fieldset>
          <button type="button" className="button" onClick={() => void save(comparison, rows)}>
            Save as Markdown…
          </button>
        </div>
      </header>
      <div className="compare-wrap">
        <table className="compare-table" aria-label="Comparison">
          <thead>
            <tr>
              <th scope="col" className="compare-ask-head">
                Ask
              </th>
              {comparison.roles.map((role) => (
                <th key={role.id} scope="col">
                  <a href={roleHref(role.id)}>{role.title}</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <div className="compare-ask">
                    <span className="compare-asked-by">
                      {row.askedBy} of {comparison.roles.length}
                    </span>
                    <span className="compare-shared">
                      {row.shared.length > 0
                        ? `Shares: ${row.shared.join(', ')}`
                        : 'This role only'}
                    </span>
                  </div>
                </th>
                {row.cells.map((items, column) => (
                  <CompareCell
                    key={comparison.roles[column]?.id ?? column}
                    items={items}
                    roleTitle={comparison.roles[column]?.title ?? ''}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="compare-none">No asks match these filters.</p>}
      </div>
    </section>
  );
}

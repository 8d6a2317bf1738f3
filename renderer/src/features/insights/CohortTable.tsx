/** A breakdown (by month or by channel) as a table: these figures are read, not drawn. */
import type { CohortRow } from '../../../../shared/domain/insights';
import { formatDays, formatRate } from '../../../../shared/domain/insights/stats';

export function CohortTable({
  caption,
  first,
  rows,
  withTracked,
}: {
  caption: string;
  first: string;
  rows: readonly CohortRow[];
  withTracked: boolean;
}) {
  return (
    <div className="insight-table-scroll">
      <table className="figure-table cohort-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {withTracked && <th scope="col">Tracked</th>}
            <th scope="col">Applied</th>
            <th scope="col">Responses</th>
            <th scope="col">Response rate</th>
            <th scope="col">Interviewing</th>
            <th scope="col">Offers</th>
            <th scope="col">Median time to response</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {withTracked && <td>{row.tracked}</td>}
              <td>{row.applied}</td>
              <td>{row.responded}</td>
              <td>{formatRate(row.responseRate)}</td>
              <td>{row.interviewing}</td>
              <td>{row.offers}</td>
              <td>{formatDays(row.medianDaysToResponse)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Insights: the whole search at a glance, computed from the activity history. Each
 * chart has its figures as a table too, and everything exports as one Markdown file.
 */
import type { Insights } from '../../../../shared/domain/insights';
import { formatDays, formatRate } from '../../../../shared/domain/insights/stats';
import { ROLES_HREF } from '../../services/routes';
import { CohortTable } from './CohortTable';
import { FunnelSection, TimeSection, WeeksSection } from './InsightCharts';
import { useInsights } from './use-insights';
import { useSaveInsights } from './use-save-insights';

function Facts({ insights }: { insights: Insights }) {
  const { responses } = insights;
  const offers = insights.funnel.find((stage) => stage.status === 'offer')?.reached ?? 0;
  const thisWeek = insights.weeks.filter((week) => !week.ahead).at(-1)?.count ?? 0;
  const facts: [string, string, string?][] = [
    ['Applications', String(insights.applications), 're-applications count separately'],
    ['Sent', String(responses.applied)],
    [
      'Response rate',
      formatRate(responses.rate),
      `${String(responses.responded)} of ${String(responses.applied)} sent`,
    ],
    ['Median time to first response', formatDays(responses.medianDays)],
    ['Interviews this week', String(thisWeek)],
    ['Offers', String(offers)],
  ];
  return (
    <dl className="insight-facts">
      {facts.map(([term, value, detail]) => (
        <div key={term} className="insight-fact">
          <dt>{term}</dt>
          <dd>
            <span className="insight-fact-value">{value}</span>
            {detail && <span className="insight-fact-detail">{detail}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function InsightsScreen() {
  const insights = useInsights();
  const save = useSaveInsights();
  if (insights === undefined) return <div className="screen-loading" aria-busy="true" />;

  return (
    <section className="screen insights" aria-labelledby="insights-heading">
      <header className="screen-header">
        <div>
          <h1 id="insights-heading">Insights</h1>
          <p className="screen-subtitle">
            How your search is going, from every status change and interview you have recorded
          </p>
        </div>
        {insights.applications > 0 && (
          <button type="button" className="button" onClick={() => void save(insights)}>
            Export insights as Markdown
          </button>
        )}
      </header>
      {insights.applications === 0 ? (
        <div className="empty-state">
          <h2>No applications yet</h2>
          <p>Add a role and move it through its statuses: the figures appear here.</p>
          <a className="button button-primary" href={ROLES_HREF}>
            Go to Roles
          </a>
        </div>
      ) : (
        <>
          <Facts insights={insights} />
          <div className="insight-grid">
            <FunnelSection insights={insights} />
            <WeeksSection insights={insights} />
            <TimeSection insights={insights} />
          </div>
          <section className="insight-card" aria-labelledby="insight-month-heading">
            <h2 id="insight-month-heading">By month applied</h2>
            {insights.byMonth.length === 0 ? (
              <p className="insight-description">No applications sent yet.</p>
            ) : (
              <CohortTable
                caption="By month applied"
                first="Month"
                rows={insights.byMonth}
                withTracked={false}
              />
            )}
          </section>
          <section className="insight-card" aria-labelledby="insight-channel-heading">
            <h2 id="insight-channel-heading">By channel</h2>
            <CohortTable
              caption="By channel"
              first="Channel"
              rows={insights.byChannel}
              withTracked
            />
          </section>
        </>
      )}
    </section>
  );
}

/** The three charted insights: funnel, interviews per week, time in each status. */
import type { Insights } from '../../../../shared/domain/insights';
import { formatDays, formatRate } from '../../../../shared/domain/insights/stats';
import { statusLabel } from '../../../../shared/domain/status';
import { BarChart } from './BarChart';
import { ChartSection, FigureTable } from './ChartSection';
import { WeekChart } from './WeekChart';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

export function FunnelSection({ insights }: { insights: Insights }) {
  const stages = insights.funnel.map((stage) => ({
    name: statusLabel(stage.status),
    reached: String(stage.reached),
    conversion: stage.conversion === null ? '—' : formatRate(stage.conversion),
    stage,
  }));
  const spoken = stages.map((s) => `${s.name} ${s.reached}`).join(', ');
  const closed = insights.exits
    .map((exit) => `${String(exit.count)} ${statusLabel(exit.status).toLowerCase()}`)
    .join(', ');
  return (
    <ChartSection
      id="insight-funnel"
      title="Funnel"
      description="Applications that reached each stage or a later one, and the share of the stage before that got there."
      chart={
        <BarChart
          label={`Funnel: ${spoken}`}
          bars={stages.map((s) => ({
            key: s.stage.status,
            name: s.name,
            value: s.stage.reached,
            valueText: s.reached,
            ...(s.stage.conversion === null ? {} : { note: s.conversion }),
          }))}
        />
      }
      footer={<p className="insight-footer">Closed now: {closed}.</p>}
      table={
        <FigureTable
          caption="Funnel"
          header={['Stage', 'Reached', 'From the stage before']}
          rows={stages.map((s) => [s.name, s.reached, s.conversion])}
        />
      }
    />
  );
}

export function WeeksSection({ insights }: { insights: Insights }) {
  const total = insights.weeks.reduce((sum, week) => sum + week.count, 0);
  const rows = insights.weeks.map(
    (week) =>
      [`${DAY.format(week.start)}${week.ahead ? ' (upcoming)' : ''}`, String(week.count)] as const,
  );
  return (
    <ChartSection
      id="insight-weeks"
      title="Interviews per week"
      description="Rounds with a time in the last twelve weeks and the next four; cancelled rounds, written answers and assessments are left out."
      chart={
        <WeekChart
          label={`Interviews per week: ${String(total)} in the ${String(insights.weeks.length)} weeks shown`}
          weeks={insights.weeks}
        />
      }
      table={
        <FigureTable caption="Interviews per week" header={['Week of', 'Interviews']} rows={rows} />
      }
    />
  );
}

export function TimeSection({ insights }: { insights: Insights }) {
  const rows = insights.timeInStatus.map((row) => ({
    row,
    name: statusLabel(row.status),
    median: formatDays(row.medianDays),
  }));
  return (
    <ChartSection
      id="insight-time"
      title="Time in each status"
      description="Median time an application spends in each status (how many applications spent time in it); those still in one count their time so far."
      chart={
        <BarChart
          label={`Median time in status: ${rows.map((r) => `${r.name} ${r.median}`).join(', ')}`}
          bars={rows.map((r) => ({
            key: r.row.status,
            name: r.name,
            value: r.row.medianDays ?? 0,
            valueText: r.median,
            note: `(${String(r.row.applications)})`,
          }))}
        />
      }
      table={
        <FigureTable
          caption="Time in each status"
          header={['Status', 'Applications', 'Median time', 'In it now']}
          rows={rows.map((r) => [
            r.name,
            String(r.row.applications),
            r.median,
            String(r.row.ongoing),
          ])}
        />
      }
    />
  );
}

/**
 * The Insights screen as one Markdown document: the same figures, each chart as the
 * table the screen offers beside it. Built as a syntax tree like every export, so a
 * channel name the applicant typed cannot break a table.
 */
import type { AlignType, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { CohortRow, Insights } from '../domain/insights';
import { formatDays, formatRate } from '../domain/insights/stats';
import { statusLabel } from '../domain/status';
import { isoDay, usableZone } from './format';
import {
  bulletList,
  factItem,
  frontMatter,
  heading,
  oneLine,
  paragraph,
  serialize,
  text,
  yamlDate,
} from './mdast';

function cell(content: string): TableCell {
  return { type: 'tableCell', children: [text(oneLine(content))] };
}

/** A GFM table: the first column left-aligned, the figures right-aligned. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  const row = (cells: readonly string[]): TableRow => ({
    type: 'tableRow',
    children: cells.map(cell),
  });
  const align: AlignType[] = header.map((_, index) => (index === 0 ? 'left' : 'right'));
  return { type: 'table', align, children: [row(header), ...rows.map(row)] };
}

const count = (value: number) => String(value);

function funnelBlocks(insights: Insights): RootContent[] {
  const closed = insights.exits
    .map((exit) => `${count(exit.count)} ${statusLabel(exit.status).toLowerCase()}`)
    .join(', ');
  return [
    heading(2, 'Funnel'),
    paragraph('How many applications reached each stage or a later one.'),
    table(
      ['Stage', 'Reached', 'From the stage before'],
      insights.funnel.map((stage) => [
        statusLabel(stage.status),
        count(stage.reached),
        stage.conversion === null ? '—' : formatRate(stage.conversion),
      ]),
    ),
    paragraph(`Closed now: ${closed}.`),
  ];
}

function responseBlocks(insights: Insights): RootContent[] {
  const { responses } = insights;
  return [
    heading(2, 'Responses'),
    bulletList([
      factItem(
        'Response rate',
        `${formatRate(responses.rate)} (${count(responses.responded)} of ${count(responses.applied)} applications sent)`,
      ),
      factItem(
        'Median time to first response',
        `${formatDays(responses.medianDays)} (over ${count(responses.timed)} ${responses.timed === 1 ? 'response' : 'responses'} with known dates)`,
      ),
    ]),
  ];
}

function weekBlocks(insights: Insights): RootContent[] {
  return [
    heading(2, 'Interviews per week'),
    table(
      ['Week of', 'Interviews'],
      insights.weeks.map((week) => [
        week.ahead ? `${week.key} (ahead)` : week.key,
        count(week.count),
      ]),
    ),
  ];
}

function timeBlocks(insights: Insights): RootContent[] {
  return [
    heading(2, 'Time in each status'),
    table(
      ['Status', 'Applications', 'Median time', 'In it now'],
      insights.timeInStatus.map((row) => [
        statusLabel(row.status),
        count(row.applications),
        formatDays(row.medianDays),
        count(row.ongoing),
      ]),
    ),
  ];
}

function cohortTable(first: string, rows: readonly CohortRow[], withTracked: boolean): Table {
  const header = [
    first,
    ...(withTracked ? ['Tracked'] : []),
    'Applied',
    'Responses',
    'Response rate',
    'Interviewing',
    'Offers',
    'Median days to response',
  ];
  return table(
    header,
    rows.map((row) => [
      row.label,
      ...(withTracked ? [count(row.tracked)] : []),
      count(row.applied),
      count(row.responded),
      formatRate(row.responseRate),
      count(row.interviewing),
      count(row.offers),
      formatDays(row.medianDaysToResponse),
    ]),
  );
}

function cohortBlocks(insights: Insights): RootContent[] {
  return [
    heading(2, 'By month applied'),
    insights.byMonth.length === 0
      ? paragraph('No applications sent yet.')
      : cohortTable('Month', insights.byMonth, false),
    heading(2, 'By channel'),
    insights.byChannel.length === 0
      ? paragraph('No applications yet.')
      : cohortTable('Channel', insights.byChannel, true),
  ];
}

/**
 * The insights as one Markdown document.
 *
 * @param insights - The figures, as computed for the screen.
 * @param timeZone - The reader's zone, for the export date.
 * @returns CommonMark + GFM text ending in one newline.
 */
export function insightsMarkdown(insights: Insights, timeZone: string): string {
  const day = isoDay(insights.at, usableZone(timeZone, 'UTC'));
  return serialize([
    frontMatter({
      title: 'Insights',
      applications: insights.applications,
      exported: yamlDate(day),
    }),
    heading(1, 'Insights'),
    paragraph(
      `${count(insights.applications)} applications tracked on ${day}; a re-application counts as an application of its own.`,
    ),
    ...funnelBlocks(insights),
    ...responseBlocks(insights),
    ...weekBlocks(insights),
    ...timeBlocks(insights),
    ...cohortBlocks(insights),
  ]);
}

/** "shortlist-insights-2026-12-01.md": the day in `timeZone`. */
export function insightsFileName(at: number, timeZone: string): string {
  return `shortlist-insights-${isoDay(at, usableZone(timeZone, 'UTC'))}.md`;
}

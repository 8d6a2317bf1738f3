import type { Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../../shared/domain/insights';
import { insightsFileName, insightsMarkdown } from '../../../../shared/export/insights-markdown';
import { application, created, march, moved } from '../domain/insights/insight-builders';
import { findAll, frontMatterOf, outline, parseMarkdown, plain } from './markdown-tree';

function rowsOf(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => plain(cell)));
}

function sampleInsights() {
  const sent = application('sent', 'screening', {
    channel: 'Referral | inner',
    appliedAt: march(2),
  });
  const idle = application('idle', 'interested');
  return computeInsights(
    {
      applications: [sent, idle],
      activities: [
        created(sent),
        moved(sent, 'interested', 'applied', march(2)),
        moved(sent, 'applied', 'screening', march(6)),
        created(idle),
      ],
      stages: [{ scheduledAt: march(17, 10), status: 'scheduled', kind: 'technical' }],
    },
    march(18, 12),
  );
}

describe('insightsMarkdown', () => {
  const markdown = insightsMarkdown(sampleInsights(), 'UTC');
  const tree = parseMarkdown(markdown);
  const tables = findAll(tree.children, 'table');

  it('has front matter, a title and a section per figure', () => {
    expect(frontMatterOf(tree)).toMatchObject({ title: 'Insights', applications: 2 });
    expect(outline(tree)).toEqual([
      '1 Insights',
      '2 Funnel',
      '2 Responses',
      '2 Interviews per week',
      '2 Time in each status',
      '2 By month applied',
      '2 By channel',
    ]);
  });

  it('writes the funnel with its conversions as a table', () => {
    expect(rowsOf(tables[0] as Table)).toEqual([
      ['Stage', 'Reached', 'From the stage before'],
      ['Interested', '2', '—'],
      ['Applied', '1', '50%'],
      ['Screening', '1', '100%'],
      ['Interviewing', '0', '0%'],
      ['Offer', '0', '—'],
      ['Accepted', '0', '—'],
    ]);
    expect(markdown).toContain('Closed now: 0 rejected, 0 withdrawn, 0 ghosted.');
  });

  it('states the response rate and the median days to the first response', () => {
    expect(markdown).toContain('**Response rate:** 100% (1 of 1 applications sent)');
    expect(markdown).toContain('**Median time to first response:** 4 days (over 1 response');
  });

  it('counts the week’s interview and keeps a channel with a pipe in one cell', () => {
    const weeks = rowsOf(tables[1] as Table);
    expect(weeks).toContainEqual(['2026-03-16', '1']);
    const [header, ...channels] = rowsOf(tables[4] as Table);
    const referral = channels.find((row) => row[0] === 'Referral | inner');
    expect(referral).toEqual(['Referral | inner', '1', '1', '1', '100%', '0', '0', '4 days']);
    expect(header).toHaveLength(8);
  });

  it('names the file by the day in the reader’s zone', () => {
    expect(insightsFileName(Date.UTC(2026, 11, 1, 23, 30), 'Asia/Tokyo')).toBe(
      'shortlist-insights-2026-12-02.md',
    );
  });
});

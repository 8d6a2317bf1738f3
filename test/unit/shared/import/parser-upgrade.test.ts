import { describe, expect, it } from 'vitest';
import {
  behindParser,
  parserVersionSchema,
  parserVersionSetting,
  UNRECORDED_PARSER_VERSION,
  upgradeOfferCount,
  upgradeOfferTitle,
} from '../../../../shared/import/parser-upgrade';
import { planReparse, type ReparsePlan, type ReparseRow } from '../../../../shared/import/reparse';
import { PARSER_VERSION, parsePosting } from '../../../../shared/parser';

const row = (status: ReparseRow['status']): ReparseRow => ({
  status,
  kind: 'required',
  keepsProgress: false,
});
const plan = (...statuses: ReparseRow['status'][]): ReparsePlan => ({
  rows: statuses.map(row),
  sections: [],
});

describe('the new-requirements offer', () => {
  it('offers what a re-parse would add to a role behind the parser', () => {
    expect(PARSER_VERSION).toBeGreaterThan(UNRECORDED_PARSER_VERSION);
    const p = plan('new', 'unchanged', 'new', 'reworded', 'removed', 'custom');
    expect(upgradeOfferCount(UNRECORDED_PARSER_VERSION, p)).toBe(2);
    expect(upgradeOfferCount(PARSER_VERSION, p)).toBe(0);
    expect(upgradeOfferCount(2, p, 3)).toBe(2);
    expect(upgradeOfferCount(1, undefined)).toBe(0);
    expect(upgradeOfferCount(1, plan('unchanged', 'reworded'))).toBe(0);
  });

  it('names its setting per role and reads only versions', () => {
    expect(parserVersionSetting('r1')).toBe('parser-version:r1');
    expect(parserVersionSchema.safeParse(2).success).toBe(true);
    expect(parserVersionSchema.safeParse('2').success).toBe(false);
    expect(parserVersionSchema.safeParse(0).success).toBe(false);
    expect(behindParser(1, 2)).toBe(true);
    expect(behindParser(2, 2)).toBe(false);
  });

  it('says how many in its headline', () => {
    expect(upgradeOfferTitle(1)).toBe('1 new requirement found');
    expect(upgradeOfferTitle(3)).toBe('3 new requirements found');
  });
});

describe('the review the offer opens', () => {
  it('says why the parser took each new item', () => {
    const text = '## Requirements\n- Go\n- Rust\n\nExperience with Kafka is a must.';
    const plan = planReparse([], text);
    const parsed = parsePosting(text).requirements;
    expect(plan.rows.map((r) => [r.status, r.newText, r.why])).toEqual(
      parsed.map((item) => ['new', item.text, item.why || undefined]),
    );
  });
});

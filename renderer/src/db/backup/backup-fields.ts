/**
 * The field schemas every backup table is built from. Sizes are bounded well above what
 * the app itself ever writes; times must be dates a screen can show and durations ones
 * the app lets anyone enter, so a backup cannot bring in a value that breaks a screen.
 */
import { z } from 'zod';
import { MAX_DURATION_MINUTES, isShowableTime } from '../../../../shared/domain/safe-format';
import { isValidTimeZone } from '../../../../shared/domain/stage-time';
import { isStoryDate } from '../../../../shared/domain/story-rules';
import type { SectionKind } from '../../../../shared/parser/types';

/** Longest short field (a title, a name, a place, a link). */
export const MAX_SHORT_TEXT = 100_000;
/** Longest long field (a posting, a note, evidence). */
export const MAX_LONG_TEXT = 5_000_000;
/** Most entries in any list inside one record (tags, sections, linked ids). */
export const MAX_LIST = 10_000;

export const id = z.string().min(1).max(200);
export const time = z.number().refine(isShowableTime, 'is not a date Shortlist can show');
export const duration = z.number().min(0).max(MAX_DURATION_MINUTES).optional();
export const flag = z.literal([0, 1]);
export const shortText = z.string().max(MAX_SHORT_TEXT);
export const longText = z.string().max(MAX_LONG_TEXT);
export const count = z.int().min(0);
export const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST);
export const tags = list(shortText);
export const jsonValue = z.json();
export const storyDate = z.string().max(10).refine(isStoryDate, 'is not a calendar day');
export const timeZone = z.string().max(100).refine(isValidTimeZone, 'is not a time zone');

// Every kind listed: the type fails to compile if SectionKind gains or loses one.
const SECTION_KINDS: Record<SectionKind, true> = {
  summary: true,
  responsibilities: true,
  requirements: true,
  'nice-to-haves': true,
  benefits: true,
  about: true,
  'equal-opportunity': true,
  other: true,
};
export const sectionKind = z.enum(Object.keys(SECTION_KINDS) as [SectionKind, ...SectionKind[]]);

/**
 * The state of one field's length rule as the user types: how long the text is, whether
 * to show the count (near the limit) and what to say when it is over. The numbers come
 * from shared/domain/field-limits.ts, the same table the saves check.
 */
import { useId } from 'react';
import {
  countLabel,
  measuredLength,
  overLimitMessage,
  type FieldLimit,
} from '../../../shared/domain/field-limits';

/** The count shows from this share of the limit on, so it never nags a short text. */
const NEAR_SHARE = 0.8;

export interface FieldLimitState {
  /** Id of the element that shows the count; the field points at it. */
  id: string;
  length: number;
  max: number;
  over: boolean;
  /** "280 / 300 characters" near the limit, the over-limit message past it, else "". */
  text: string;
  /** Spread onto the input: marks it invalid and describes it by the count when shown. */
  inputProps: { 'aria-invalid'?: true; 'aria-describedby'?: string };
}

/** Pure part of {@link useFieldLimit}, for callers that already have an id. */
export function fieldLimitState(
  id: string,
  label: string,
  rule: FieldLimit,
  value: string,
): FieldLimitState {
  const length = measuredLength(rule, value);
  const over = length > rule.max;
  const near = length >= rule.max * NEAR_SHARE;
  const text = over
    ? overLimitMessage(label, length, rule.max)
    : near
      ? countLabel(length, rule.max)
      : '';
  const inputProps: FieldLimitState['inputProps'] = {};
  if (over) inputProps['aria-invalid'] = true;
  if (text) inputProps['aria-describedby'] = id;
  return { id, length, max: rule.max, over, text, inputProps };
}

/** The length rule of one field, for {@link FieldLimitNote} and the field's aria props. */
export function useFieldLimit(label: string, rule: FieldLimit, value: string): FieldLimitState {
  const id = useId();
  return fieldLimitState(id, label, rule, value);
}

/**
 * What a saved pay range must be (see compensation.ts for how one reads and sorts): kept
 * apart so that only the screens that edit pay load the schema library.
 */
import { z } from 'zod';
import { isKnownCurrency, MAX_AMOUNT } from './compensation';
import { COMPENSATION_PERIODS } from './model';

// Zod 4 numbers refuse NaN and Infinity already.
const amount = z
  .number()
  .min(0, 'An amount cannot be negative.')
  .max(MAX_AMOUNT, 'That amount is too large.');

/** What a saved range must be: known currency and period, and min no more than max. */
export const compensationSchema = z
  .strictObject({
    min: amount.optional(),
    max: amount.optional(),
    currency: z.string().refine(isKnownCurrency, 'Use a three-letter currency code, e.g. GBP.'),
    period: z.enum(COMPENSATION_PERIODS),
  })
  .refine((range) => range.min === undefined || range.max === undefined || range.min <= range.max, {
    message: 'The minimum is more than the maximum.',
    path: ['max'],
  });

/**
 * "More filters": pay (at least an amount a year, in one currency: amounts in different
 * currencies cannot be compared offline) and the posting's closing date.
 */
import { useId } from 'react';
import {
  CLOSING_FILTER_LABELS,
  CLOSING_FILTERS,
  type ClosingFilter,
} from '../../../../shared/domain/closing-date';
import { activeFilterCount } from './money-date-filters';
import type { MoneyDateFilterState } from './use-money-date-filters';

export function MoneyDateFiltersMenu({ state }: { state: MoneyDateFilterState }) {
  const payId = useId();
  const payNoteId = useId();
  const currencyId = useId();
  const closingId = useId();
  const active = activeFilterCount(state.filters);
  const currencies = state.currencies.length > 0 ? state.currencies : [state.currency];

  return (
    <details className="menu">
      <summary className="button">More filters{active > 0 ? ` (${String(active)})` : ''}</summary>
      <fieldset className="menu-panel filters-panel">
        <legend>Filter by pay and closing date</legend>
        <div className="field">
          <label htmlFor={payId}>Pays at least (a year)</label>
          <div className="pay-filter-row">
            <input
              id={payId}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              placeholder="e.g. 90k"
              value={state.payText}
              aria-invalid={state.payError ? true : undefined}
              aria-describedby={payNoteId}
              onChange={(event) => {
                state.setPayText(event.target.value);
              }}
            />
            <label htmlFor={currencyId} className="visually-hidden">
              Pay filter currency
            </label>
            <select
              id={currencyId}
              value={state.currency}
              onChange={(event) => {
                state.setCurrency(event.target.value);
              }}
            >
              {currencies.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </div>
          <span
            id={payNoteId}
            className="field-limit"
            data-over={state.payError ? 'true' : undefined}
            role="status"
          >
            {state.payError ??
              'Month, day and hour rates count as a year’s pay; roles without a range are left out.'}
          </span>
        </div>
        <div className="field">
          <label htmlFor={closingId}>Closing date</label>
          <select
            id={closingId}
            value={state.closing}
            onChange={(event) => {
              state.setClosing(event.target.value as ClosingFilter);
            }}
          >
            {CLOSING_FILTERS.map((filter) => (
              <option key={filter} value={filter}>
                {CLOSING_FILTER_LABELS[filter]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" disabled={active === 0} onClick={state.clear}>
          Clear these filters
        </button>
      </fieldset>
    </details>
  );
}

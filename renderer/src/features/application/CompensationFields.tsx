/**
 * The pay range in the application's details: minimum, maximum, currency and period,
 * each saved as it is left (amounts and currency on blur or Enter, the period on
 * change). An amount may be typed as people write it ("95k", "95,000"); what cannot be
 * read, or a minimum above the maximum, is not saved: the field says why and keeps the
 * text until it is fixed or Escape puts back the saved value.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import {
  amountInputValue,
  compensationSchema,
  isKnownCurrency,
  parseAmount,
} from '../../../../shared/domain/compensation';
import {
  COMPENSATION_PERIODS,
  type Compensation,
  type CompensationPeriod,
} from '../../../../shared/domain/model';

/** What a new range starts with before the user picks otherwise. */
const DEFAULT_RANGE: Compensation = { currency: 'GBP', period: 'year' };
const ALL_CURRENCIES = Intl.supportedValuesOf('currency');

/** Saves the whole range; resolves to whether it was saved. */
type SaveRange = (range: Compensation) => Promise<boolean>;

/** Why a range cannot be saved, in the words the form shows; undefined when it can. */
function rangeProblem(range: Compensation): string | undefined {
  const parsed = compensationSchema.safeParse(range);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

interface TypedFieldProps {
  label: string;
  /** The saved value as the field shows it. */
  stored: string;
  /** Turns the typed text into the range to save, or says why it cannot. */
  toRange: (text: string) => { ok: true; range: Compensation } | { ok: false; error: string };
  onSave: SaveRange;
  className: string;
  list?: string;
  placeholder?: string;
  inputMode?: 'decimal' | 'text';
}

/** A text field that saves on blur or Enter and shows why a value is refused. */
function TypedField(props: TypedFieldProps) {
  const { label, stored, toRange, onSave, className, list, placeholder, inputMode } = props;
  const id = useId();
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function commit(text: string) {
    const next = toRange(text);
    if (!next.ok) {
      setError(next.error);
      return;
    }
    const problem = rangeProblem(next.range);
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    // The typed text stays until the save lands, so the field never flickers back.
    if (await onSave(next.range)) setDraft(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      setDraft(null);
      setError(null);
    } else if (event.key === 'Enter' && draft !== null) {
      void commit(draft);
    }
  }

  return (
    <div className={`field ${className}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        list={list}
        placeholder={placeholder}
        value={draft ?? stored}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        onChange={(event) => {
          setDraft(event.target.value);
        }}
        onBlur={() => {
          if (draft !== null) void commit(draft);
        }}
        onKeyDown={onKeyDown}
      />
      <span
        id={errorId}
        className="field-limit"
        data-over={error ? 'true' : undefined}
        role="status"
      >
        {error ?? ''}
      </span>
    </div>
  );
}

interface CompensationFieldsProps {
  value: Compensation | undefined;
  onSave: SaveRange;
}

export function CompensationFields({ value, onSave }: CompensationFieldsProps) {
  const range = value ?? DEFAULT_RANGE;
  const currenciesId = useId();
  const periodId = useId();
  // The chosen period shows at once, until the saved one catches up (or the save fails).
  const [pendingPeriod, setPendingPeriod] = useState<CompensationPeriod | null>(null);
  if (pendingPeriod !== null && pendingPeriod === range.period) setPendingPeriod(null);

  const amountField = (end: 'min' | 'max', label: string, placeholder: string) => (
    <TypedField
      label={label}
      stored={amountInputValue(range[end])}
      className={`field-pay-${end}`}
      inputMode="decimal"
      placeholder={placeholder}
      onSave={onSave}
      toRange={(text) => {
        const parsed = parseAmount(text);
        if (!parsed.ok) return parsed;
        // An emptied field removes that end of the range.
        const next: Compensation = { ...range, [end]: parsed.value };
        if (next.min === undefined) delete next.min;
        if (next.max === undefined) delete next.max;
        return { ok: true, range: next };
      }}
    />
  );

  return (
    <fieldset className="pay-fields">
      <legend>Pay range</legend>
      {amountField('min', 'Minimum pay', 'e.g. 80k')}
      {amountField('max', 'Maximum pay', 'e.g. 95k')}
      <TypedField
        label="Currency"
        stored={range.currency}
        className="field-pay-currency"
        list={currenciesId}
        placeholder="GBP"
        onSave={onSave}
        toRange={(text) => {
          const code = text.trim().toUpperCase();
          return isKnownCurrency(code)
            ? { ok: true, range: { ...range, currency: code } }
            : { ok: false, error: 'Use a three-letter currency code, e.g. GBP.' };
        }}
      />
      <datalist id={currenciesId}>
        {ALL_CURRENCIES.map((code) => (
          <option key={code} value={code} />
        ))}
      </datalist>
      <div className="field field-pay-period">
        <label htmlFor={periodId}>Paid per</label>
        <select
          id={periodId}
          value={pendingPeriod ?? range.period}
          onChange={(event) => {
            const period = event.target.value as CompensationPeriod;
            setPendingPeriod(period);
            void onSave({ ...range, period }).then((saved) => {
              if (!saved) setPendingPeriod(null);
            });
          }}
        >
          {COMPENSATION_PERIODS.map((period) => (
            <option key={period} value={period}>
              {period}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

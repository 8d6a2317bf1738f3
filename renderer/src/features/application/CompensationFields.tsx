/**
 * The pay range in the application's details: minimum, maximum, currency and period,
 * each saved as it is left (amounts and currency on blur or Enter, the period on
 * change). An amount may be typed as people write it ("95k", "95,000"); what cannot be
 * read, or a minimum above the maximum, is not saved: the field says why and keeps the
 * text until it is fixed or Escape puts back the saved value.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import {
  amountInputValue,
  isKnownCurrency,
  parseAmount,
} from '../../../../shared/domain/compensation';
import { compensationSchema } from '../../../../shared/domain/compensation-schema';
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

function sameRange(a: Compensation, b: Compensation): boolean {
  return a.min === b.min && a.max === b.max && a.currency === b.currency && a.period === b.period;
}

/**
 * The range each change builds on: the last one sent to be saved, until the saved range
 * catches up with it. Building on the saved range alone would lose an edit: a maximum
 * typed while the minimum's save is on its way would write the range back without the
 * minimum, and so would a period picked before the maximum's save shows.
 */
function useLatestRange(saved: Compensation) {
  const sent = useRef<Compensation | null>(null);
  const savedNow = useRef(saved);
  useEffect(() => {
    savedNow.current = saved;
    // Once the saved range shows what was sent, it is the base again. (Not on any new
    // saved value: an earlier save's value may still arrive after a later one landed.)
    if (sent.current && sameRange(sent.current, saved)) sent.current = null;
  }, [saved]);

  const save = (onSave: SaveRange) => async (next: Compensation) => {
    sent.current = next;
    const ok = await onSave(next);
    if (sent.current === next && (!ok || sameRange(savedNow.current, next))) sent.current = null;
    return ok;
  };
  return { range: () => sent.current ?? savedNow.current, save };
}

interface CompensationFieldsProps {
  value: Compensation | undefined;
  onSave: SaveRange;
}

export function CompensationFields({ value, onSave }: CompensationFieldsProps) {
  const saved = value ?? DEFAULT_RANGE;
  const latest = useLatestRange(saved);
  const saveRange = latest.save(onSave);
  const currenciesId = useId();
  const periodId = useId();
  // The chosen period shows at once, until the saved one catches up (or the save fails).
  const [pendingPeriod, setPendingPeriod] = useState<CompensationPeriod | null>(null);
  if (pendingPeriod !== null && pendingPeriod === saved.period) setPendingPeriod(null);

  const amountField = (end: 'min' | 'max', label: string, placeholder: string) => (
    <TypedField
      label={label}
      stored={amountInputValue(saved[end])}
      className={`field-pay-${end}`}
      inputMode="decimal"
      placeholder={placeholder}
      onSave={saveRange}
      toRange={(text) => {
        const parsed = parseAmount(text);
        if (!parsed.ok) return parsed;
        // An emptied field removes that end of the range.
        const next: Compensation = { ...latest.range(), [end]: parsed.value };
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
        stored={saved.currency}
        className="field-pay-currency"
        list={currenciesId}
        placeholder="GBP"
        onSave={saveRange}
        toRange={(text) => {
          const code = text.trim().toUpperCase();
          return isKnownCurrency(code)
            ? { ok: true, range: { ...latest.range(), currency: code } }
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
          value={pendingPeriod ?? saved.period}
          onChange={(event) => {
            const period = event.target.value as CompensationPeriod;
            setPendingPeriod(period);
            void saveRange({ ...latest.range(), period }).then((ok) => {
              if (!ok) setPendingPeriod(null);
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

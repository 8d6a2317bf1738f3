// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Compensation } from '../../../../../shared/domain/model';
import { CompensationFields } from '../../../../../renderer/src/features/application/CompensationFields';

afterEach(cleanup);

/**
 * A form whose saves land only when the test says so, as a slow disk would: the saved
 * range shown to the fields lags behind what was sent.
 */
function SlowForm({ sent }: { sent: { range: Compensation; land: () => void }[] }) {
  const [saved, setSaved] = useState<Compensation | undefined>(undefined);
  return (
    <CompensationFields
      value={saved}
      onSave={(range) =>
        new Promise<boolean>((resolve) => {
          sent.push({
            range,
            land: () => {
              setSaved(range);
              resolve(true);
            },
          });
        })
      }
    />
  );
}

function typeAmount(label: string, text: string) {
  const box = screen.getByLabelText(label);
  fireEvent.change(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter' });
}

describe('CompensationFields while saves are on their way', () => {
  it('builds each change on the last one sent, so a quick maximum and period keep the minimum', async () => {
    const sent: { range: Compensation; land: () => void }[] = [];
    render(<SlowForm sent={sent} />);
    typeAmount('Minimum pay', '7000');
    typeAmount('Maximum pay', '8500');
    fireEvent.change(screen.getByLabelText('Paid per'), { target: { value: 'month' } });
    expect(sent.map((save) => save.range)).toEqual([
      { currency: 'GBP', period: 'year', min: 7000 },
      { currency: 'GBP', period: 'year', min: 7000, max: 8500 },
      { currency: 'GBP', period: 'month', min: 7000, max: 8500 },
    ]);
    // The saves land in order; the last one written holds every change.
    await act(async () => {
      for (const save of sent) save.land();
      await Promise.resolve();
    });
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Minimum pay' }).value).toBe(
      '7,000',
    );
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Maximum pay' }).value).toBe(
      '8,500',
    );
  });

  it('after the saved range catches up, a change builds on it again', async () => {
    const sent: { range: Compensation; land: () => void }[] = [];
    render(<SlowForm sent={sent} />);
    typeAmount('Minimum pay', '80k');
    await act(async () => {
      sent[0]?.land();
      await Promise.resolve();
    });
    typeAmount('Currency', 'eur');
    expect(sent[1]?.range).toEqual({ currency: 'EUR', period: 'year', min: 80000 });
  });
});

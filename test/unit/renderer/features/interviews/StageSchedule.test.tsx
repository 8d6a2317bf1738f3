// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { InterviewStage } from '../../../../../shared/domain/model';
import { localTimeZone } from '../../../../../shared/domain/stage-time';
import type { StagePatch } from '../../../../../renderer/src/db/stages-repo';
import { StageSchedule } from '../../../../../renderer/src/features/interviews/StageSchedule';

afterEach(() => {
  cleanup();
});

/** 10:00 in New York on 14 March 2030 (EDT, UTC-4) is 14:00 UTC. */
const TEN_NEW_YORK = Date.UTC(2030, 2, 14, 14, 0);
const NEW_YORK = 'America/New_York';

function unscheduled(): InterviewStage {
  return {
    id: 'stage-1',
    roleId: 'role-1',
    order: 0,
    name: 'Technical interview',
    kind: 'technical',
    status: 'planned',
    createdAt: 0,
    updatedAt: 0,
  } as InterviewStage;
}

/**
 * Records every patch; the live query is simulated by re-rendering by hand, so a test
 * can act in the window where a write has been made but not yet read back.
 */
function recorder(result = true) {
  const patches: StagePatch[] = [];
  return {
    patches,
    onChange: (patch: StagePatch) => {
      patches.push(patch);
      return Promise.resolve(result);
    },
  };
}

function zoneSelect(): HTMLSelectElement {
  return screen.getByLabelText('Time zone');
}

describe('StageSchedule', () => {
  it('reads a time typed right after a zone change in the chosen zone, before it is saved', async () => {
    expect(localTimeZone()).not.toBe(NEW_YORK);
    const { patches, onChange } = recorder();
    render(<StageSchedule stage={unscheduled()} onChange={onChange} />);

    await act(async () => {
      fireEvent.change(zoneSelect(), { target: { value: NEW_YORK } });
      await Promise.resolve();
    });
    // The live query has not caught up (stage.timezone is still unset), yet the select
    // shows the choice and a time typed now is New York time.
    expect(zoneSelect().value).toBe(NEW_YORK);
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2030-03-14' } });
    fireEvent.change(screen.getByLabelText('Time'), { target: { value: '10:00' } });

    expect(patches).toEqual([
      { timezone: NEW_YORK },
      { scheduledAt: TEN_NEW_YORK, timezone: NEW_YORK },
    ]);
  });

  it('keeps the typed time while the saved zone and then the saved time arrive', async () => {
    const { patches, onChange } = recorder();
    const stage = unscheduled();
    const view = render(<StageSchedule stage={stage} onChange={onChange} />);
    await act(async () => {
      fireEvent.change(zoneSelect(), { target: { value: NEW_YORK } });
      await Promise.resolve();
    });
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2030-03-14' } });
    fireEvent.change(screen.getByLabelText('Time'), { target: { value: '10:00' } });

    // Both writes read back (the live query may skip the state in between).
    view.rerender(
      <StageSchedule
        stage={{ ...stage, timezone: NEW_YORK, scheduledAt: TEN_NEW_YORK }}
        onChange={onChange}
      />,
    );
    expect(zoneSelect().value).toBe(NEW_YORK);
    expect(screen.getByLabelText<HTMLInputElement>('Date').value).toBe('2030-03-14');
    expect(screen.getByLabelText<HTMLInputElement>('Time').value).toBe('10:00');
    expect(patches.at(-1)).toEqual({ scheduledAt: TEN_NEW_YORK, timezone: NEW_YORK });
  });

  it('moves the instant, not the clock time, when the zone of a scheduled stage changes', async () => {
    const { patches, onChange } = recorder();
    const stage = {
      ...unscheduled(),
      timezone: 'Europe/London',
      scheduledAt: Date.UTC(2030, 2, 14, 10),
    };
    render(<StageSchedule stage={stage} onChange={onChange} />);
    await act(async () => {
      fireEvent.change(zoneSelect(), { target: { value: NEW_YORK } });
      await Promise.resolve();
    });
    // Not yet saved: the inputs still show 10:00, not London's 10:00 seen from New York.
    expect(screen.getByLabelText<HTMLInputElement>('Time').value).toBe('10:00');
    expect(patches).toEqual([{ timezone: NEW_YORK, scheduledAt: TEN_NEW_YORK }]);
  });

  it('goes back to the stored zone when saving the chosen one fails', async () => {
    const { patches, onChange } = recorder(false);
    render(<StageSchedule stage={unscheduled()} onChange={onChange} />);
    await act(async () => {
      fireEvent.change(zoneSelect(), { target: { value: NEW_YORK } });
      await Promise.resolve();
    });
    expect(zoneSelect().value).toBe(localTimeZone());
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2030-03-14' } });
    fireEvent.change(screen.getByLabelText('Time'), { target: { value: '10:00' } });
    expect(patches.at(-1)).toMatchObject({ timezone: localTimeZone() });
  });
});

/**
 * "Columns": show or hide the Roles table's columns (the choice is remembered). Columns
 * the window is too narrow for are named apart from the choice, which they leave as is.
 */
import type { ColumnVisibilityState } from '@tanstack/react-table';
import { HIDEABLE_COLUMNS } from './roles-columns';

interface ColumnsMenuProps {
  visibility: ColumnVisibilityState;
  onChange: (next: ColumnVisibilityState) => void;
  /** Columns the user shows that the table has no room for, in the order they went. */
  hiddenForWidth: readonly string[];
}

const FIT_NOTE_ID = 'columns-hidden-for-width';

export function ColumnsMenu({ visibility, onChange, hiddenForWidth }: ColumnsMenuProps) {
  const labels = hiddenForWidth.map(
    (id) => HIDEABLE_COLUMNS.find((column) => column.id === id)?.label ?? id,
  );
  return (
    <details className="menu">
      <summary className="button">Columns</summary>
      <fieldset className="menu-panel columns-panel">
        <legend>Show columns</legend>
        {HIDEABLE_COLUMNS.map(({ id, label }) => {
          const squeezed = hiddenForWidth.includes(id);
          return (
            <label key={id} className="menu-check">
              <input
                type="checkbox"
                checked={visibility[id] !== false}
                aria-describedby={squeezed ? FIT_NOTE_ID : undefined}
                onChange={(event) => {
                  onChange({ ...visibility, [id]: event.target.checked });
                }}
              />
              {label}
              {squeezed && <span className="menu-check-note">not enough room</span>}
            </label>
          );
        })}
        {labels.length > 0 && (
          <p id={FIT_NOTE_ID} className="columns-fit-note">
            Hidden to fit this window: {labels.join(', ')}. A wider window shows{' '}
            {labels.length === 1 ? 'it' : 'them'}.
          </p>
        )}
      </fieldset>
    </details>
  );
}

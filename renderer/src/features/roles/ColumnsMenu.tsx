/** "Columns": show or hide the Roles table's columns (the choice is remembered). */
import type { ColumnVisibilityState } from '@tanstack/react-table';
import { HIDEABLE_COLUMNS } from './roles-columns';

interface ColumnsMenuProps {
  visibility: ColumnVisibilityState;
  onChange: (next: ColumnVisibilityState) => void;
}

export function ColumnsMenu({ visibility, onChange }: ColumnsMenuProps) {
  return (
    <details className="menu">
      <summary className="button">Columns</summary>
      <fieldset className="menu-panel">
        <legend>Show columns</legend>
        {HIDEABLE_COLUMNS.map(({ id, label }) => (
          <label key={id} className="menu-check">
            <input
              type="checkbox"
              checked={visibility[id] !== false}
              onChange={(event) => {
                onChange({ ...visibility, [id]: event.target.checked });
              }}
            />
            {label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

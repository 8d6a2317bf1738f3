/** The Board's filters: words to find on a card, and a priority. */
import type { BoardFilter, PriorityFilter } from '../../../../shared/domain/board';

const PRIORITY_CHOICES: readonly { value: string; label: string }[] = [
  { value: 'any', label: 'Any priority' },
  { value: '5', label: 'Priority 5 – top' },
  { value: '4', label: 'Priority 4 – high' },
  { value: '3', label: 'Priority 3 – medium' },
  { value: '2', label: 'Priority 2 – low' },
  { value: '1', label: 'Priority 1 – lowest' },
  { value: 'none', label: 'No priority set' },
];

function toPriority(value: string): PriorityFilter {
  if (value === 'none') return 'none';
  const number = Number(value);
  return number === 1 || number === 2 || number === 3 || number === 4 || number === 5
    ? number
    : 'any';
}

export function BoardFilters({
  filter,
  onChange,
}: {
  filter: BoardFilter;
  onChange: (filter: BoardFilter) => void;
}) {
  return (
    <div className="toolbar board-filters">
      <select
        className="select"
        aria-label="Filter by priority"
        value={String(filter.priority)}
        onChange={(event) => {
          onChange({ ...filter, priority: toPriority(event.target.value) });
        }}
      >
        {PRIORITY_CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <input
        type="search"
        className="search-input"
        aria-label="Filter cards"
        placeholder="Filter by title, company, team…"
        value={filter.text}
        onChange={(event) => {
          onChange({ ...filter, text: event.target.value });
        }}
      />
    </div>
  );
}

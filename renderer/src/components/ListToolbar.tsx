/**
 * The bar above a searchable list (Stories, Contacts): a search box, a sort menu and a
 * count that says how many of how many are shown, announced as it changes.
 */
interface ListToolbarProps<S extends string> {
  /** What is searched, for the box's accessible name: "Search stories". */
  searchLabel: string;
  placeholder: string;
  query: string;
  onQuery: (query: string) => void;
  sort: S;
  sorts: readonly S[];
  sortLabels: Readonly<Record<S, string>>;
  onSort: (sort: S) => void;
  shown: number;
  total: number;
  /** The thing counted, singular and plural: ['story', 'stories']. */
  noun: readonly [string, string];
}

export function ListToolbar<S extends string>(props: ListToolbarProps<S>) {
  const { searchLabel, placeholder, query, onQuery, sort, sorts, sortLabels, onSort } = props;
  const { shown, total, noun } = props;
  return (
    <div className="stories-toolbar">
      <input
        type="search"
        className="search-input"
        aria-label={searchLabel}
        placeholder={placeholder}
        value={query}
        onChange={(event) => {
          onQuery(event.target.value);
        }}
      />
      <label className="stories-sort">
        <span>Sort</span>
        <select
          className="select"
          value={sort}
          onChange={(event) => {
            onSort(event.target.value as S);
          }}
        >
          {sorts.map((option) => (
            <option key={option} value={option}>
              {sortLabels[option]}
            </option>
          ))}
        </select>
      </label>
      <span className="stories-count" aria-live="polite">
        {shown === total
          ? `${String(total)} ${total === 1 ? noun[0] : noun[1]}`
          : `${String(shown)} of ${String(total)}`}
      </span>
    </div>
  );
}

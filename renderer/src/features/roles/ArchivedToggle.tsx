/**
 * "Show archived (N)" beside the count of tracked roles: archived roles are counted
 * apart and stay out of the table until asked for.
 */
export function ArchivedToggle({
  count,
  shown,
  onChange,
}: {
  count: number;
  shown: boolean;
  onChange: (shown: boolean) => void;
}) {
  if (count === 0 && !shown) return null;
  return (
    <>
      {' · '}
      {/* A toggle keeps its name; aria-pressed says whether it is on. */}
      <button
        type="button"
        className="archived-toggle"
        aria-pressed={shown}
        onClick={() => {
          onChange(!shown);
        }}
      >
        Show archived ({count})
      </button>
    </>
  );
}

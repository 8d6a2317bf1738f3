/**
 * Roles picked in the Roles table to compare side by side: a checkbox in each role's
 * title cell and a Compare button that opens the comparison of 2–5 of them.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { COMPARE_ROLES } from '../../../../shared/similarity/compare-limits';
import { compareHref, navigate } from '../../services/routes';

interface RoleSelection {
  selected: readonly string[];
  toggle(roleId: string): void;
}

const SelectionContext = createContext<RoleSelection | null>(null);

export function RoleSelectionProvider({
  value,
  children,
}: {
  value: RoleSelection;
  children: ReactNode;
}) {
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

/** The checkbox that picks a role for the comparison (outside a provider: nothing). */
export function SelectRoleBox({ roleId, title }: { roleId: string; title: string }) {
  const selection = useContext(SelectionContext);
  if (!selection) return null;
  return (
    <input
      type="checkbox"
      className="role-select"
      aria-label={`Select ${title} to compare`}
      checked={selection.selected.includes(roleId)}
      onChange={() => {
        selection.toggle(roleId);
      }}
    />
  );
}

/** Opens the comparison of the picked roles; enabled for 2–5 of them. */
export function CompareButton({ selected }: { selected: readonly string[] }) {
  const { min, max } = COMPARE_ROLES;
  const usable = selected.length >= min && selected.length <= max;
  const hint = usable
    ? 'Sets the picked roles side by side'
    : `Tick ${String(min)} to ${String(max)} roles in the table to compare them`;
  return (
    <button
      type="button"
      className="button"
      disabled={!usable}
      title={hint}
      onClick={() => {
        navigate(compareHref(selected));
      }}
    >
      Compare{selected.length > 0 ? ` (${String(selected.length)})` : ''}
    </button>
  );
}

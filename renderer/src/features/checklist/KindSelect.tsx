/** Required or preferred: the one choice of kind, shared by the add and edit forms. */
import type { RequirementKind } from '../../../../shared/domain/model';

export function KindSelect({
  value,
  onChange,
}: {
  value: RequirementKind;
  onChange: (kind: RequirementKind) => void;
}) {
  return (
    <select
      className="cl-input cl-kind"
      aria-label="Kind"
      value={value}
      onChange={(event) => {
        onChange(event.target.value === 'preferred' ? 'preferred' : 'required');
      }}
    >
      <option value="required">Required</option>
      <option value="preferred">Preferred</option>
    </select>
  );
}

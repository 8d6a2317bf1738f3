/** A labelled progress bar, e.g. "2/6 required". */
export function ProgressMeter({
  label,
  value,
  max,
}: {
  label: string;
  value: number;
  max: number;
}) {
  // Nothing to measure (e.g. no preferred items): the label alone says so.
  if (max === 0) return <span className="progress-label">{label}</span>;
  const percent = Math.round((value / max) * 100);
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-label">{label}</span>
    </div>
  );
}

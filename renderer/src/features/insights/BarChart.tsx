/**
 * Horizontal bars drawn as SVG. The picture is one image with a spoken summary
 * (`label`); the figures themselves are in the table beside it (ChartSection).
 */
export interface Bar {
  key: string;
  name: string;
  value: number;
  /** What the end of the bar says ("12", "3.5 days"). */
  valueText: string;
  /** A second, quieter figure after it ("60%"). */
  note?: string;
}

const WIDTH = 480;
const NAME_WIDTH = 100;
const VALUE_SPACE = 118;
const ROW = 30;
const BAR = 18;

export function BarChart({ label, bars }: { label: string; bars: readonly Bar[] }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const span = WIDTH - NAME_WIDTH - VALUE_SPACE;
  const height = bars.length * ROW;
  return (
    <svg
      className="chart"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${String(WIDTH)} ${String(height)}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      {bars.map((bar, index) => {
        const y = index * ROW;
        const length = bar.value > 0 ? Math.max(2, (bar.value / max) * span) : 0;
        return (
          <g key={bar.key}>
            <text className="chart-name" x={NAME_WIDTH - 10} y={y + ROW / 2} textAnchor="end">
              {bar.name}
            </text>
            <rect
              className="chart-track"
              x={NAME_WIDTH}
              y={y + (ROW - BAR) / 2}
              width={span}
              height={BAR}
              rx={3}
            />
            <rect
              className="chart-bar"
              x={NAME_WIDTH}
              y={y + (ROW - BAR) / 2}
              width={length}
              height={BAR}
              rx={3}
            />
            <text className="chart-value" x={NAME_WIDTH + span + 8} y={y + ROW / 2}>
              {bar.valueText}
              {bar.note && <tspan className="chart-note">{`  ${bar.note}`}</tspan>}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

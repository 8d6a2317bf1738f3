/** Interviews per week as SVG columns; weeks still to come are drawn lighter. */
import type { WeekCount } from '../../../../shared/domain/insights';

const WIDTH = 480;
const HEIGHT = 190;
const TOP = 18;
const BASE = 160;
const GAP = 5;

const SHORT_DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

export function WeekChart({ label, weeks }: { label: string; weeks: readonly WeekCount[] }) {
  const max = Math.max(1, ...weeks.map((week) => week.count));
  const slot = WIDTH / Math.max(1, weeks.length);
  const current = weeks.findIndex((week) => week.ahead) - 1;
  return (
    <svg
      className="chart"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <line className="chart-axis" x1={0} x2={WIDTH} y1={BASE} y2={BASE} />
      {current >= 0 && (
        <>
          <line
            className="chart-divider"
            x1={(current + 1) * slot}
            x2={(current + 1) * slot}
            y1={4}
            y2={BASE}
          />
          <text className="chart-name" x={(current + 1) * slot + 6} y={12}>
            Upcoming
          </text>
        </>
      )}
      {weeks.map((week, index) => {
        const height = (week.count / max) * (BASE - TOP);
        const x = index * slot + GAP / 2;
        const className = week.ahead ? 'chart-bar chart-bar-ahead' : 'chart-bar';
        return (
          <g key={week.key}>
            {week.count > 0 && (
              <>
                <rect
                  className={className}
                  x={x}
                  y={BASE - height}
                  width={slot - GAP}
                  height={height}
                  rx={2}
                />
                <text
                  className="chart-value"
                  x={x + (slot - GAP) / 2}
                  y={BASE - height - 5}
                  textAnchor="middle"
                >
                  {week.count}
                </text>
              </>
            )}
            {(index - current) % 2 === 0 && (
              <text
                className={index === current ? 'chart-name chart-now' : 'chart-name'}
                x={x + (slot - GAP) / 2}
                y={BASE + 20}
                textAnchor="middle"
              >
                {SHORT_DAY.format(week.start)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

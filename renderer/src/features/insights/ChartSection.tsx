/**
 * One insight: a heading, a line saying what it counts, the chart, and the same figures
 * as a table under a disclosure, for anyone who would rather read numbers than a picture.
 */
import type { ReactNode } from 'react';

export interface ChartSectionProps {
  id: string;
  title: string;
  description: string;
  chart: ReactNode;
  table: ReactNode;
  /** Extra text after the chart (e.g. how applications ended). */
  footer?: ReactNode;
}

export function ChartSection({ id, title, description, chart, table, footer }: ChartSectionProps) {
  return (
    <section className="insight-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <p className="insight-description">{description}</p>
      {chart}
      {footer}
      <details className="insight-table">
        <summary>Show as a table</summary>
        {table}
      </details>
    </section>
  );
}

/** A plain data table: a header row and rows of cells, the first cell a row header. */
export function FigureTable({
  caption,
  header,
  rows,
}: {
  caption: string;
  header: readonly string[];
  rows: readonly (readonly [string, ...string[]])[];
}) {
  return (
    <table className="figure-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {header.map((cell) => (
            <th key={cell} scope="col">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, ...cells]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            {cells.map((cell, index) => (
              // Columns are fixed per table, so position is a stable key.
              <td key={index}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import type { ReactNode } from 'react';

interface TableProps {
  /** The column titles. */
  head: readonly ReactNode[];
  /** Says what the table holds, to screen readers only. */
  caption?: ReactNode;
  className?: string;
  /**
   * Names the region a wide table scrolls in (reachable by keyboard, so it can be scrolled);
   * without either, the table stands on its own.
   */
  label?: string;
  labelledBy?: string;
  /** The body: one <tbody> or more. */
  children: ReactNode;
}

/** A data table with one header row of column titles. */
export function Table({ head, caption, className, label, labelledBy, children }: TableProps) {
  const table = (
    <table className={className}>
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          {head.map((title, i) => (
            <th key={i} scope="col">
              {title}
            </th>
          ))}
        </tr>
      </thead>
      {children}
    </table>
  );
  if (label === undefined && labelledBy === undefined) return table;
  return (
    <div
      className="table-wrap"
      tabIndex={0}
      role="region"
      aria-label={label}
      aria-labelledby={labelledBy}
    >
      {table}
    </div>
  );
}

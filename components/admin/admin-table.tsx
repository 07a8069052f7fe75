import type { ReactNode } from 'react';

/** A column heading; `{ hidden }` is read out to screen readers only (e.g. a column of buttons). */
export type AdminColumn = string | { hidden: string };

/**
 * The newsroom's list table: a caption for screen readers, one row of column headings and the body rows the page
 * renders (each `<tr className={ADMIN_ROW}>`). It scrolls sideways on its own on a narrow tablet.
 */
export function AdminTable({
  caption,
  columns,
  className = 'mt-4',
  children,
}: {
  caption: string;
  columns: AdminColumn[];
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`overflow-x-auto ${className}`}>
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            {columns.map((column) => (
              <th key={typeof column === 'string' ? column : column.hidden} scope="col" className="p-2">
                {typeof column === 'string' ? column : <span className="sr-only">{column.hidden}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export const ADMIN_ROW = 'border-b border-rule align-top';

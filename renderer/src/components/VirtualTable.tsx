import { memo, useMemo, useRef, useState, type ReactNode } from 'react';
import './virtualTable.css';

export interface VirtualColumn<R> {
  key: string;
  title: ReactNode;
  width: number;
  align?: 'left' | 'center';
  render(row: R): ReactNode;
  cellClassName?(row: R): string | undefined;
}

interface Props<R> {
  rows: readonly R[];
  columns: readonly VirtualColumn<R>[];
  rowKey(row: R): string;
  /** Each row's height in px, known before rendering (see textLines.countLines). */
  rowHeight(row: R): number;
  /** A row drawn as one full-width cell (e.g. a section heading), or null for a normal row. */
  fullRow?(row: R): ReactNode | null;
  rowClassName?(row: R): string | undefined;
  /** Height of the whole table, header included. */
  height: number;
  empty: ReactNode;
  className?: string;
  'data-testid'?: string;
}

export const VT_HEADER_HEIGHT = 34;
const OVERSCAN_PX = 600;

/** First index whose row ends below `y`. */
function rowAt(offsets: number[], y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A light virtual table: rows have precomputed heights, so scrolling only mounts the rows in view
 * and never measures the DOM. Thousands of rows stay smooth.
 */
export function VirtualTable<R>({ rows, columns, rowKey, rowHeight, fullRow, rowClassName, height, empty, className, ...rest }: Props<R>) {
  const [scrollTop, setScrollTop] = useState(0);
  const headerRef = useRef<HTMLDivElement>(null);
  const offsets = useMemo(() => {
    const out = [0];
    for (const row of rows) out.push(out[out.length - 1]! + rowHeight(row));
    return out;
  }, [rows, rowHeight]);
  const total = offsets[offsets.length - 1]!;
  const width = columns.reduce((sum, c) => sum + c.width, 0);
  const bodyHeight = Math.max(120, height - VT_HEADER_HEIGHT);

  const first = rows.length ? rowAt(offsets, Math.max(0, scrollTop - OVERSCAN_PX)) : 0;
  const last = rows.length ? rowAt(offsets, scrollTop + bodyHeight + OVERSCAN_PX) : -1;
  const visible: ReactNode[] = [];
  for (let i = first; i <= last; i++) {
    const row = rows[i]!;
    visible.push(
      <VirtualRow<R>
        key={rowKey(row)}
        row={row}
        top={offsets[i]!}
        height={offsets[i + 1]! - offsets[i]!}
        width={width}
        columns={columns}
        full={fullRow?.(row) ?? null}
        className={rowClassName?.(row)}
      />,
    );
  }

  return (
    <div role="table" className={`vt ${className ?? ''}`} data-testid={rest['data-testid']}>
      <div ref={headerRef} className="vt-header-wrap">
        <div role="row" className="vt-header" style={{ width, height: VT_HEADER_HEIGHT }}>
          {columns.map((c) => (
            <div key={c.key} role="columnheader" className={`vt-cell vt-${c.align ?? 'left'}`} style={{ width: c.width }}>
              {c.title}
            </div>
          ))}
        </div>
      </div>
      <div
        className="vt-body"
        style={{ height: Math.min(bodyHeight, Math.max(total, 80)) }}
        onScroll={(e) => {
          setScrollTop(e.currentTarget.scrollTop);
          // The header scrolls sideways with the body when the columns are wider than the window.
          const left = e.currentTarget.scrollLeft;
          if (headerRef.current && headerRef.current.scrollLeft !== left) headerRef.current.scrollLeft = left;
        }}
      >
        {rows.length === 0 ? (
          <div className="vt-empty">{empty}</div>
        ) : (
          <div className="vt-canvas" style={{ height: total, width }}>
            {visible}
          </div>
        )}
      </div>
    </div>
  );
}

interface RowProps<R> {
  row: R;
  top: number;
  height: number;
  width: number;
  columns: readonly VirtualColumn<R>[];
  full: ReactNode | null;
  className: string | undefined;
}

/** One row; memoised so scrolling renders only the rows that come into view. */
const VirtualRow = memo(function VirtualRow<R>({ row, top, height, width, columns, full, className }: RowProps<R>) {
  return (
    <div role="row" className={`vt-row ${full !== null ? 'vt-full-row' : ''} ${className ?? ''}`} style={{ top, height, width }}>
      {full !== null ? (
        <div role="cell" className="vt-cell" style={{ width }}>
          {full}
        </div>
      ) : (
        columns.map((c) => (
          <div key={c.key} role="cell" className={`vt-cell vt-${c.align ?? 'left'} ${c.cellClassName?.(row) ?? ''}`} style={{ width: c.width }}>
            {c.render(row)}
          </div>
        ))
      )}
    </div>
  );
}) as <R>(props: RowProps<R>) => ReactNode;

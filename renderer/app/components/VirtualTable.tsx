import { useMemo, useRef, type ReactNode } from 'react';
import { Empty, Spin } from 'antd';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';

export interface VirtualColumn<R> {
  key: string;
  title: ReactNode;
  /** Pixels, or a flex weight as `'2fr'`. */
  width: number | `${number}fr`;
  /** For a flexible column: the pixels its content needs (names that differ only at the end). */
  minWidth?: number;
  align?: 'left' | 'right' | 'center';
  render(row: R): ReactNode;
}

interface Props<R> {
  /** Every id of the list, in display order; only the visible ones are loaded. */
  ids: readonly string[] | undefined;
  /** Loads the rows for some ids, in the same order (undefined for a row that is gone). */
  loadRows(ids: string[]): Promise<(R | undefined)[]>;
  columns: readonly VirtualColumn<R>[];
  onRowClick?(id: string): void;
  selectedId?: string;
  empty?: ReactNode;
  rowHeight?: number;
  label: string;
}

const OVERSCAN = 12;

let measuring: CanvasRenderingContext2D | null | undefined;
/**
 * The width a header's words need (its cell padding included), so no column is narrower than
 * its own name in either language ("G…", "Depar…" in English were cut).
 */
export function headerWidth(title: ReactNode): number {
  if (typeof title !== 'string') return 0;
  measuring ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!measuring) return 0;
  measuring.font = '600 14px system-ui, "Noto Sans CJK SC", sans-serif';
  return Math.ceil(measuring.measureText(title).width) + 18;
}

/**
 * A table that stays smooth at 100,000+ rows: it holds the list of ids, renders the rows
 * in view (@tanstack/react-virtual) and reads only those rows from IndexedDB, live, so an
 * edit anywhere shows at once. Rows already seen are kept while their replacements load,
 * so fast scrolling shows old content rather than blanks.
 */
export function VirtualTable<R>({
  ids,
  loadRows,
  columns,
  onRowClick,
  selectedId,
  empty,
  rowHeight = 40,
  label,
}: Props<R>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = ids?.length ?? 0;
  // The virtualizer is read fresh on every render by design; nothing here memoizes it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const visibleIds = useMemo(() => (ids ? ids.slice(first, last + 1) : []), [ids, first, last]);
  const cache = useRef(new Map<string, R>());
  const loaded = useLiveQuery(async () => {
    const rows = await loadRows(visibleIds);
    return new Map(visibleIds.map((id, i) => [id, rows[i]] as const));
  }, [visibleIds.join(','), loadRows]);
  if (loaded) {
    for (const [id, row] of loaded) {
      if (row === undefined) cache.current.delete(id);
      else cache.current.set(id, row);
    }
    // Bound the cache: what scrolled far away is read again if it comes back.
    if (cache.current.size > 2000)
      cache.current = new Map([...loaded].filter((e): e is [string, R] => e[1] !== undefined));
  }

  // Each column at least as wide as its name; a window too narrow for all scrolls sideways
  // rather than cutting the right-hand columns off.
  const mins = columns.map((c) =>
    Math.max(typeof c.width === 'number' ? c.width : (c.minWidth ?? 0), headerWidth(c.title)),
  );
  const template = columns
    .map((c, i) => (typeof c.width === 'number' ? `${mins[i]}px` : `minmax(${mins[i]}px, ${c.width})`))
    .join(' ');
  const minWidth = mins.reduce((a, b) => a + b, 0) + 2;

  return (
    <div className="vtable" role="table" aria-label={label} aria-rowcount={count + 1}>
      <div className="vtable-inner" style={{ minWidth }}>
        <div className="vtable-header" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template }}>
          {columns.map((c) => (
            <div key={c.key} role="columnheader" className="vtable-cell" style={{ textAlign: c.align }}>
              {c.title}
            </div>
          ))}
        </div>
        <div className="vtable-body" ref={scrollRef}>
          {ids === undefined ? (
            <div className="vtable-empty">
              <Spin />
            </div>
          ) : count === 0 ? (
            <div className="vtable-empty">{empty ?? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}</div>
          ) : (
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {items.map((item) => {
                const id = ids[item.index]!;
                const row = cache.current.get(id);
                return (
                  <div
                    key={id}
                    role="row"
                    // The header is row 1.
                    aria-rowindex={item.index + 2}
                    tabIndex={onRowClick ? 0 : undefined}
                    onKeyDown={(e) => {
                      if (onRowClick && (e.key === 'Enter' || e.key === ' ')) {
                        e.preventDefault();
                        onRowClick(id);
                      }
                    }}
                    data-id={id}
                    className={'vtable-row' + (id === selectedId ? ' vtable-row-selected' : '')}
                    style={{
                      gridTemplateColumns: template,
                      height: rowHeight,
                      transform: `translateY(${item.start}px)`,
                    }}
                    onClick={() => onRowClick?.(id)}
                  >
                    {columns.map((c) => {
                      const content =
                        row === undefined ? <span className="vtable-placeholder" /> : c.render(row);
                      // Cut-off text shows whole on hover.
                      const title = typeof content === 'string' ? content : undefined;
                      return (
                        <div
                          key={c.key}
                          role="cell"
                          className="vtable-cell"
                          style={{ textAlign: c.align }}
                          title={title}
                        >
                          {content}
                        </div>
                      );
                    })}
                  </div>
                );
              })}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

/**
 * The Roles table's columns as shown: the user's choice, less those the window is too
 * narrow for. The user's saved choice is never changed; widening the window brings the
 * dropped columns back.
 */
import type { ColumnVisibilityState } from '@tanstack/react-table';
import { useCallback, useMemo, useRef, useState } from 'react';
import { columnsHiddenForWidth } from './column-fit';
import { HIDEABLE_COLUMNS } from './roles-columns';

const COLUMN_ORDER = ['title', ...HIDEABLE_COLUMNS.map(({ id }) => id), 'actions'];

/** A callback ref for the box the table fills, and that box's width as it changes. */
function useElementWidth() {
  const [width, setWidth] = useState<number | undefined>(undefined);
  const observer = useRef<ResizeObserver | null>(null);
  // A callback ref measures as the element attaches (before paint), so a narrow window
  // never shows the too-wide table for a frame.
  const measure = useCallback((element: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element) return;
    setWidth(element.clientWidth);
    observer.current = new ResizeObserver(() => {
      setWidth(element.clientWidth);
    });
    observer.current.observe(element);
  }, []);
  return [measure, width] as const;
}

export function useColumnFit(chosen: ColumnVisibilityState) {
  const [measure, width] = useElementWidth();
  const hiddenForWidth = useMemo(
    () =>
      columnsHiddenForWidth(
        COLUMN_ORDER.filter((id) => chosen[id] !== false),
        width,
      ),
    [chosen, width],
  );
  const shown = useMemo(() => {
    const next: ColumnVisibilityState = { ...chosen };
    for (const id of hiddenForWidth) next[id] = false;
    return next;
  }, [chosen, hiddenForWidth]);
  // `measure` is a callback ref: give it to the element the table fills.
  return { measure, hiddenForWidth, shown };
}

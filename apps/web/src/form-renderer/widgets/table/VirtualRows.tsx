import type { ReactNode, RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

export interface VirtualRowsProps {
  count: number;
  scroller: RefObject<HTMLDivElement | null>;
  estimate: number;
  keyOf: (index: number) => number;
  renderRow: (index: number) => ReactNode;
  /** an empty row (desktop) or box (phone) of this height, standing in for the rows out of view */
  spacer: (height: number, where: 'before' | 'after') => ReactNode;
}

/** The rows of a long table that are in view (and a few around), between spacers of the right height. */
export default function VirtualRows({ count, scroller, estimate, keyOf, renderRow, spacer }: VirtualRowsProps) {
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimate,
    overscan: 6,
    getItemKey: keyOf,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <>
      {before > 0 && spacer(before, 'before')}
      {items.map((it) => renderRow(it.index))}
      {after > 0 && spacer(after, 'after')}
    </>
  );
}

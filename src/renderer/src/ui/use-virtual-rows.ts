// Virtualizing for both long lists, roles and sessions: only the rows in view, plus a few either side, are in the DOM,
// each measured there, so rows can be any height and hundreds of them cost what a handful do.
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual'
import { useRef } from 'react'

interface Options {
  count: number
  /** A row's height before it is measured; near the real one keeps the scrollbar steady as rows come into view. */
  estimateSize(index: number): number
  getItemKey(index: number): VirtualItem['key']
  /** Pixels between rows: the virtualizer places every row itself, so CSS gaps and margins cannot space them. */
  gap: number
}

export function useVirtualRows({ count, estimateSize, getItemKey, gap }: Options) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // The virtualizer hands back fresh functions every render, which only matters to the React Compiler; this app does not use it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    // Rows just outside the view stay rendered so Tab can move into them; focusing one scrolls it in.
    overscan: 4,
    getItemKey,
    gap
  })
  return {
    virtualizer,
    /** For the list's scrolling box, whose height is the view. */
    scrollRef,
    /** For the list itself: as tall as every row together, so the scrollbar covers the whole list. */
    listStyle: { height: virtualizer.getTotalSize() },
    items: virtualizer.getVirtualItems(),
    /** For each rendered row: measured when it mounts and whenever its size changes, and placed at its offset. */
    rowProps: (item: VirtualItem) => ({
      ref: virtualizer.measureElement,
      'data-index': item.index,
      style: { transform: `translateY(${item.start}px)` }
    })
  }
}

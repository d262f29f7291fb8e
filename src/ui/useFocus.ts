import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * How to bring newly focused content into view: `top` scrolls the page and the
 * case panel back to the top (on a phone the map is up there), the others
 * scroll just the element into view.
 */
export type Reveal = 'top' | 'start' | 'nearest';

export function reveal(element: HTMLElement, how: Reveal): void {
  if (how === 'top') {
    window.scrollTo({ top: 0 });
    element.closest('.case-panel')?.scrollTo({ top: 0 });
  } else {
    element.scrollIntoView({ block: how });
  }
}

/**
 * Moves keyboard and screen-reader focus to the returned element whenever `key`
 * changes, so new content (a question, feedback, a step) is where the player is.
 * A layout effect: focus moves before the next key press is handled, never after.
 */
export function useFocusOn<T extends HTMLElement>(key: unknown, how: Reveal) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const element = ref.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    reveal(element, how);
  }, [key]);
  return ref;
}

import { startTransition, useEffect, useRef, useState } from 'react';
import { marksSuspending, type AnyWidget } from './lazy-group';
import type { WidgetProps } from './widget-props';

// One observer for every deferred widget of the page: 100 pickers, one IntersectionObserver.
let observer: IntersectionObserver | undefined;
const waiting = new Map<Element, Set<() => void>>();

// The rest wake a few at a time while the page is idle, so every control is antd's before long even
// where nobody scrolls (a script driving the page, a person jumping by keyboard) — but not while
// someone is typing: six antd pickers mounting cost more than a frame, and a keystroke that lands
// behind them waits. Typing in the first field straight after the form opens is the common case.
const TYPING_PAUSE_MS = 1000;
let lastTyped = -Infinity;
let typingWatched = false;
let idleScheduled = false;
function wakeSomeWhenIdle(): void {
  if (idleScheduled || typeof window.requestIdleCallback !== 'function') return;
  if (!typingWatched) {
    typingWatched = true;
    document.addEventListener('input', () => (lastTyped = performance.now()), {
      capture: true,
      passive: true,
    });
  }
  idleScheduled = true;
  window.requestIdleCallback(() => {
    idleScheduled = false;
    const sinceTyped = performance.now() - lastTyped;
    if (sinceTyped < TYPING_PAUSE_MS) {
      window.setTimeout(wakeSomeWhenIdle, TYPING_PAUSE_MS - sinceTyped);
      return;
    }
    let n = 0;
    for (const [target, fns] of waiting) {
      if (n++ >= 6) break;
      waiting.delete(target);
      observer?.unobserve(target);
      fns.forEach((f) => f());
    }
    if (waiting.size > 0) wakeSomeWhenIdle();
  });
}

function whenNearView(target: Element, fn: () => void): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const fns = waiting.get(e.target);
        waiting.delete(e.target);
        observer?.unobserve(e.target);
        fns?.forEach((f) => f());
      }
    },
    // a screen ahead, so a widget is live before anyone scrolls to it
    { rootMargin: '100% 0px' },
  );
  let fns = waiting.get(target);
  if (!fns) {
    fns = new Set();
    waiting.set(target, fns);
    observer.observe(target);
  }
  fns.add(fn);
  wakeSomeWhenIdle();
  return () => {
    const set = waiting.get(target);
    set?.delete(fn);
    if (set?.size === 0) {
      waiting.delete(target);
      observer?.unobserve(target);
    }
  };
}

// the field's grid cell or table row: these have a size even while content-visibility skips their content
const BOX = '.signoff-form-cell, .signoff-table-row, .signoff-row-card';

/**
 * An antd picker or drop-down mounted once its field comes near the screen (or is focused, or
 * touched): until then a look-alike that is a real, labelled, focusable input showing the value.
 * antd's pickers and selects cost milliseconds each to mount; a long form has a hundred of them.
 */
export function deferredWidget(Real: AnyWidget, Stand: AnyWidget, name: string): AnyWidget {
  function Deferred(props: WidgetProps<unknown>) {
    const [live, setLive] = useState(() => typeof IntersectionObserver === 'undefined');
    const focusAfter = useRef(false);
    const box = useRef<HTMLSpanElement>(null);
    useEffect(() => {
      const el = box.current;
      if (live || !el) return;
      // a transition: widgets scrolled near do not hold up a keystroke while they mount
      return whenNearView(el.closest(BOX) ?? el, () => startTransition(() => setLive(true)));
    }, [live]);
    useEffect(() => {
      if (live && focusAfter.current) document.getElementById(props.id)?.focus();
    }, [live, props.id]);
    if (live) return <Real {...props} />;
    const wake = () => {
      focusAfter.current = true;
      setLive(true);
    };
    return (
      <span ref={box} className="signoff-deferred" onFocus={wake} onPointerDown={wake}>
        <Stand {...props} />
      </span>
    );
  }
  Deferred.displayName = `Deferred(${name})`;
  return marksSuspending(Deferred, Real);
}

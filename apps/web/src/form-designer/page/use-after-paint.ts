import { useEffect, useState } from 'react';

/**
 * The value as of the frame after it changed: the change's own frame is painted first, then the
 * value is handed on. For what is costly to draw and may trail by a frame — the property panel of a
 * newly selected field (about a hundred components to mount), while the canvas outlines the field at
 * once. A deferred render (`useDeferredValue`) ran before the paint on Chromium and held it up.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // a timeout set in an animation frame fires after that frame is painted
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}

import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `delayMs`: a result that is costly to work out (the
 * model's problems on a big form) follows the typing when it pauses, as an editor's checks do, instead
 * of taking a slice of every keystroke's frame. The first value is used at once.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}

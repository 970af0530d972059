import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettledValue } from './use-settled-value';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useSettledValue', () => {
  it('gives the first value at once and a new one only after it stopped changing for the delay', () => {
    const { result, rerender } = renderHook(({ v }) => useSettledValue(v, 150), { initialProps: { v: 'a' } });
    expect(result.current).toBe('a');
    rerender({ v: 'ab' });
    act(() => void vi.advanceTimersByTime(100));
    rerender({ v: 'abc' });
    act(() => void vi.advanceTimersByTime(100));
    // typing goes on: still the first value, 200 ms after the first change
    expect(result.current).toBe('a');
    act(() => void vi.advanceTimersByTime(60));
    expect(result.current).toBe('abc');
  });
});

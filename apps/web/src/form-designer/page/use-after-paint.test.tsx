import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAfterPaint } from './use-after-paint';

const frameAndTimeout = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));

describe('useAfterPaint', () => {
  it('keeps the old value for the render of the change and hands the new one on a frame later', async () => {
    const { result, rerender } = renderHook(({ v }) => useAfterPaint(v), { initialProps: { v: 'reason' } });
    expect(result.current).toBe('reason');
    rerender({ v: 'days' });
    expect(result.current).toBe('reason');
    await frameAndTimeout();
    expect(result.current).toBe('days');
  });

  it('skips a value that was replaced before its frame came', async () => {
    const seen: string[] = [];
    const { rerender } = renderHook(
      ({ v }) => {
        const shown = useAfterPaint(v);
        seen.push(shown);
        return shown;
      },
      { initialProps: { v: 'a' } },
    );
    rerender({ v: 'b' });
    rerender({ v: 'c' });
    await frameAndTimeout();
    expect(seen).not.toContain('b');
    expect(seen.at(-1)).toBe('c');
  });
});

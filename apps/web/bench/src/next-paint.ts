/**
 * Resolves after the next frame has been painted: a requestAnimationFrame callback runs just before
 * the frame's style, layout and paint, and a task queued from it runs once that frame is out.
 */
export function nextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
  });
}

/** Waits, frame by frame, until `ready()` holds (a renderer may draw in steps), then for the paint that shows it. */
export async function paintWhen(ready: () => boolean, timeoutMs = 30_000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (!ready()) {
    await nextPaint();
    if (performance.now() > deadline) throw new Error('the form did not finish drawing');
  }
  return nextPaint();
}

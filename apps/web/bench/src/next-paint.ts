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

/**
 * The end of the first frame painted with `ready()` true, checked just before each frame is drawn
 * (in requestAnimationFrame): what a deferred render adds shows in the frame after it commits.
 */
export function paintShowing(ready: () => boolean, timeoutMs = 5000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const frame = () =>
      requestAnimationFrame(() => {
        const shown = ready();
        setTimeout(() => {
          if (shown) resolve(performance.now());
          else if (performance.now() > deadline)
            reject(new Error('the panel did not show the selected field'));
          else frame();
        }, 0);
      });
    frame();
  });
}

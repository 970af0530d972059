/**
 * Two views of each frame while the runner drags:
 * - `deltas`: the time between consecutive requestAnimationFrame callbacks. Headless Chromium keeps
 *   60 Hz whatever the flags, so a frame that fits shows as 16.7 ms and only overruns stand out.
 * - `work`: from the frame's start (the rAF timestamp; rAF-aligned input is handled just before the
 *   callbacks) to a task posted from the callback, which runs once the frame's style, layout and
 *   paint are done: what the frame cost, comparable below 16 ms.
 */
let deltas: number[] = [];
let work: number[] = [];
let last = 0;
let running = false;
const channel = new MessageChannel();
channel.port1.onmessage = (e: MessageEvent<number>) => {
  if (running) work.push(performance.now() - e.data);
};

function tick(t: number) {
  if (!running) return;
  if (last > 0) deltas.push(t - last);
  last = t;
  channel.port2.postMessage(t);
  requestAnimationFrame(tick);
}

export function startFrames(): void {
  deltas = [];
  work = [];
  last = 0;
  running = true;
  requestAnimationFrame(tick);
}

/** Stops after two more frames, so the frame of the last input is counted. */
export function stopFrames(): Promise<{ deltas: number[]; work: number[] }> {
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        running = false;
        resolve({ deltas, work });
      }),
    ),
  );
}

/** Runs `work` while watching frames; the longest gap between two frames meanwhile (a blocked page draws none). */
export async function longestFrameDuring<T>(
  work: () => Promise<T>,
): Promise<{ result: T; longestFrameMs: number }> {
  let longest = 0;
  let prev = performance.now();
  let on = true;
  const watch = (t: number) => {
    longest = Math.max(longest, t - prev);
    prev = t;
    if (on) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  const result = await work();
  // the frame right after the work shows how long the last block was
  await new Promise((r) => requestAnimationFrame(r));
  on = false;
  longest = Math.max(longest, performance.now() - prev);
  return { result, longestFrameMs: longest };
}

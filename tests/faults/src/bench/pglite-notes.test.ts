import { describe, expect, it } from 'vitest';
import type { LoadPoint } from './engine-load.js';
import { pgliteNotes } from './pglite-notes.js';

const point = (cpu: { mainThread: number; mainThreadWaitingForCpu: number }): LoadPoint => ({
  clients: 4,
  seconds: 10,
  actions: 500,
  failed: 0,
  perSecond: 50,
  p50: 60,
  p99: 120,
  sorted: [],
  cpu: { process: cpu.mainThread + 0.5, backends: 2, ...cpu },
});
const explain = (running: number, waiting: number) =>
  pgliteNotes(
    [
      {
        clients: 4,
        pglite: point({ mainThread: running, mainThreadWaitingForCpu: waiting }),
        postgres: point({ mainThread: 4, mainThreadWaitingForCpu: 0 }),
      },
    ],
    { rounds: 2, seconds: 10 },
  ).find((n) => n.startsWith('What limits PGlite')) ?? '';

describe('the explanation under the PGlite figures', () => {
  it('names the one thread when it ran nearly all the time', () => {
    expect(explain(9.5, 0.2)).toMatch(/^What limits PGlite: one thread\. .*ran 95 %/);
  });

  it('says the machine was the limit when the thread waited for a core more than it ran', () => {
    expect(explain(2, 7)).toMatch(/one thread, and on this run the machine.*waited for a core 70 %/);
  });

  it('names the one connection when the thread was mostly asleep', () => {
    expect(explain(3, 1)).toMatch(/^What limits PGlite: its one connection\./);
  });
});

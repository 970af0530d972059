import { describe, expect, it } from 'vitest';
import { backendCpuDelta, cpuSecondsOfStat, processCpu, runDelaySecondsOfSchedstat } from './process-cpu.js';

describe('reading CPU time from /proc', () => {
  it('adds user and system ticks, even when the command name holds spaces and parentheses', () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    const stat = '4242 (node (x) y) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 50 0 0 20 0 11 0';
    expect(cpuSecondsOfStat(stat)).toBe(3);
  });

  it('reads the run-queue wait of a schedstat line in seconds', () => {
    expect(runDelaySecondsOfSchedstat('278133901 1500000000 494')).toBe(1.5);
  });

  it('counts a backend that connected during the window from zero, and one already there by its growth', () => {
    const before = new Map([[10, 2]]);
    const after = new Map([
      [10, 2.5],
      [11, 1],
    ]);
    expect(backendCpuDelta(before, after)).toBe(1.5);
  });

  it('sees the CPU this very process spends on its main thread', () => {
    const a = processCpu(process.pid);
    // spin until the process has used 80 ms of CPU by its own count, however loaded the machine
    const start = process.cpuUsage();
    let x = 0;
    while (process.cpuUsage(start).user < 80_000) x += Math.sqrt(x + 1);
    const b = processCpu(process.pid);
    expect(x).toBeGreaterThan(0);
    expect(b.mainThread - a.mainThread).toBeGreaterThanOrEqual(0.04);
    expect(b.process - a.process).toBeGreaterThanOrEqual(b.mainThread - a.mainThread);
  });
});

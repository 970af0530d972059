/** What `signoff start --test-clock` answers when the environment is production. */
export class TestClockRefused extends Error {
  readonly code = 'test_clock_refused';
  readonly localized = {
    zh: '测试时钟只能用于测试：NODE_ENV=production 时不能使用 --test-clock',
    en: 'The test clock is for tests only: --test-clock is refused when NODE_ENV=production',
  };

  constructor() {
    super('The test clock is for tests only: --test-clock is refused when NODE_ENV=production');
    this.name = 'TestClockRefused';
  }
}

/** A production server must never let anyone move its time: deadlines, cards and audit times all follow it. */
export function assertTestClockAllowed(env: Record<string, string | undefined> = process.env): void {
  if (env.NODE_ENV?.trim().toLowerCase() === 'production') throw new TestClockRefused();
}

export interface TestClock {
  /** real time plus the offset; what ApiDeps.clock and the job loop read */
  now: () => Date;
  /** moves the offset forward; returns the new time */
  advanceHours: (hours: number) => Date;
}

/** Real time plus an offset that only grows, so browser tests can make tasks overdue without waiting. */
export function createTestClock(real: () => Date = () => new Date()): TestClock {
  let offsetMs = 0;
  const now = () => new Date(real().getTime() + offsetMs);
  return {
    now,
    advanceHours: (hours) => {
      offsetMs += hours * 3_600_000;
      return now();
    },
  };
}

/** The peer is this machine. The socket's address, not `req.ip`: a forwarded-for header is easy to forge. */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

import type { FastifyPluginCallback } from 'fastify';
import { isLoopback } from './test-clock.js';

/** At most a year per call: enough for any deadline, small enough that a typo is not a century. */
const MAX_HOURS = 24 * 366;

export interface TestClockControl {
  /** moves the clock forward, runs the jobs then due, and answers the new time */
  advanceHours(hours: number): Promise<Date>;
}

const refusal = (code: string, messageKey: string, zh: string, en: string) => ({
  error: { code, messageKey, message: { zh, en } },
});

/**
 * `POST /test/clock { advanceHours }` → `{ now }`, registered only when the server runs with
 * `--test-clock`, and answered only to this machine. Browser tests use it to make tasks overdue.
 */
export function testClockRoute(control: TestClockControl): FastifyPluginCallback {
  return (app, _options, done) => {
    app.post('/test/clock', async (req, reply) => {
      if (!isLoopback(req.socket.remoteAddress)) {
        return reply
          .code(403)
          .send(
            refusal(
              'forbidden',
              'errors.testClockLoopback',
              '测试时钟只接受本机的请求',
              'The test clock answers requests from this machine only',
            ),
          );
      }
      const hours = (req.body as { advanceHours?: unknown } | null | undefined)?.advanceHours;
      if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0 || hours > MAX_HOURS) {
        return reply
          .code(400)
          .send(
            refusal(
              'bad_request',
              'errors.testClockHours',
              `advanceHours 须为 0 到 ${MAX_HOURS} 之间的数字`,
              `advanceHours must be a number from 0 to ${MAX_HOURS}`,
            ),
          );
      }
      const now = await control.advanceHours(hours);
      return { now: now.toISOString() };
    });
    done();
  };
}

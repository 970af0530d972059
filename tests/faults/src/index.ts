export { DATABASE_URL, FULL_SIZE, sized } from './harness/fault-size.js';
export { createScratchDatabase, withDatabase, type ScratchDatabase } from './harness/scratch-database.js';
export {
  freePort,
  startServerProcess,
  type ServerProcess,
  type ServerProcessOptions,
} from './harness/server-process.js';
export {
  callAnonymous,
  DEMO_PASSWORD,
  login,
  sessionFromCookies,
  type CallResult,
  type ErrorBody,
  type Session,
} from './harness/http-session.js';

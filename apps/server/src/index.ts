export { createServer, type ServerOptions } from './create-server.js';
export {
  startServer,
  demoLoginLines,
  DEFAULT_WEB_DIR,
  type StartOptions,
  type RunningServer,
} from './start-server.js';

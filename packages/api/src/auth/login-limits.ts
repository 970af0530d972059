import { LoginDelays } from './login-delays.js';
import { RateLimiter } from './rate-limiter.js';
import { UnknownAccountLockout } from './unknown-account-lockout.js';

/**
 * The in-memory tiers of login protection (issue 16 fixes 2, 5 and 11), one set per server: a
 * cap per address, a growing wait per (account, address), and for logins that do not exist the
 * account lock that real ones keep in the database.
 */
export interface LoginLimits {
  byIp: RateLimiter;
  byAccountAndIp: LoginDelays;
  unknownAccounts: UnknownAccountLockout;
}

/** Production limits: 20 tries a minute per address. Tests raise the cap to log in freely. */
export function createLoginLimits(perIpPerMinute = 20): LoginLimits {
  return {
    byIp: new RateLimiter(perIpPerMinute, 60_000),
    byAccountAndIp: new LoginDelays(),
    unknownAccounts: new UnknownAccountLockout(),
  };
}

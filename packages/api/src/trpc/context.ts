import type { WebhookTargetPolicy } from '../integrations/webhook-target.js';
import type { Database } from '@signoff/db';
import type { BlobStore } from '../attachments/blob-store.js';
import type { Mailer } from '../notifications/mailer.js';
import type { LoginLimits } from '../auth/login-limits.js';

export interface CookieOptions {
  httpOnly: boolean;
  maxAgeSeconds: number;
}

/** The server's cookie handling, as the API needs it; the HTTP framework stays outside. */
export interface CookieJar {
  get(name: string): string | undefined;
  set(name: string, value: string, options: CookieOptions): void;
  clear(name: string): void;
}

export interface ApiDeps {
  /** where webhooks may send: the operator's allow-list (WEBHOOK_ALLOW_HOSTS) and, in tests, DNS */
  webhookTargets?: WebhookTargetPolicy;
  db: Database;
  clock: () => Date;
  newId: () => string;
  /** per address, per (account, address), and the lock of logins that do not exist (createLoginLimits) */
  loginLimits: LoginLimits;
  /** SMTP; null or absent: notices stay in the app */
  mailer?: Mailer | null;
  /** where attachment bytes go; absent: SIGNOFF_FILES_DIR, else the database (see attachmentStore) */
  blobStore?: BlobStore | null;
}

export interface SessionContext {
  tenantId: string;
  userId: string;
  csrfToken: string;
  tokenHash: string;
  /** a first login or an admin reset: only `auth.*` calls are allowed until the password changes */
  mustChangePassword?: boolean;
  /** an integration acting for this user through the REST API: its audit lines name the token */
  via?: ApiTokenVia;
}

/** Written into the audit data of what a token did for a user ("via API token X for user Y"). */
export interface ApiTokenVia {
  kind: 'apiToken';
  tokenId: string;
  tokenName: string;
}

/**
 * A session as `resolveSession` found it: the user's roles come from the same statement as the
 * session row, so `tenantProcedure` builds the viewer without a query of its own.
 */
export interface ResolvedSession extends SessionContext {
  active: boolean;
  roles: readonly string[];
}

export interface ApiContext {
  deps: ApiDeps;
  cookies: CookieJar;
  /** value of the x-csrf-token header */
  csrfHeader: string | undefined;
  /**
   * false when a browser says the call comes from another site (Sec-Fetch-Site or Origin, read
   * by the server); every state change is then refused, the CSRF token notwithstanding
   */
  sameOrigin?: boolean;
  ip: string;
  session: ResolvedSession | null;
}

export const SESSION_COOKIE = 'signoff_session';
export const CSRF_COOKIE = 'signoff_csrf';
export const CSRF_HEADER = 'x-csrf-token';

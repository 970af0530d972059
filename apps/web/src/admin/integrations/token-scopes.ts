import type { inferRouterInputs } from '@trpc/server';
import type { AppRouter } from '@signoff/api';

/** A scope an API token may be given, as `integrations.createToken` takes it. */
export type TokenScope = NonNullable<
  inferRouterInputs<AppRouter>['integrations']['createToken']['scopes']
>[number];

// Listed here rather than imported from the database package, which would pull server code into
// the browser; `satisfies` fails to compile if the server's list changes.
const KEYS = {
  read: 'read',
  submit: 'submit',
  'act-for-users': 'actForUsers',
  admin: 'admin',
} as const satisfies Record<TokenScope, string>;

/** In the order the dialog offers them: least power first. */
export const TOKEN_SCOPES = Object.keys(KEYS) as TokenScope[];

/** What a new token gets unless the admin chooses otherwise: what every token could do before scopes. */
export const DEFAULT_TOKEN_SCOPES: TokenScope[] = ['read', 'submit'];

/** Scopes that let a token act as a person or as an admin: shown in a warning colour. */
export const POWERFUL_SCOPES: ReadonlySet<string> = new Set<TokenScope>(['act-for-users', 'admin']);

/** The i18n key of the line saying what a scope allows (`adminIntegrations.scopes.…`); null for one unknown here. */
export const scopeKey = (scope: string): string | null =>
  scope in KEYS ? `adminIntegrations.scopes.${KEYS[scope as TokenScope]}` : null;

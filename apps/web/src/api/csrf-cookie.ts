export const CSRF_COOKIE = 'signoff_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Reads one cookie from a `document.cookie` string; values may be percent-encoded. */
export function readCookie(cookieString: string, name: string): string | undefined {
  for (const part of cookieString.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return undefined;
}

/**
 * The double-submit CSRF header: the server sets a readable cookie at login and refuses
 * mutations whose header does not echo it. No header at all before login.
 */
export function csrfHeaders(cookieString: string): Record<string, string> {
  const token = readCookie(cookieString, CSRF_COOKIE);
  return token ? { [CSRF_HEADER]: token } : {};
}

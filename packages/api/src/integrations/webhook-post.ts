import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isAllowedHost, isPrivateAddress, type WebhookTargetPolicy } from './webhook-target.js';

/** What the delivery log shows for a refused target: no more, so the log is no port scanner. */
export const PRIVATE_ADDRESS_REFUSED = 'refused: private address';

/**
 * One webhook POST with node:http(s), whose `lookup` refuses a private address at the moment of
 * connecting: the address checked is the address used, so a name that resolved to a public
 * address at registration and to 127.0.0.1 now (DNS rebinding) is refused. Redirects are not
 * followed (node:http never does); the answer's status is all that is read.
 */
export function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  policy: WebhookTargetPolicy,
  timeoutMs = 10_000,
): Promise<{ status: number }> {
  const target = new URL(url);
  const allowed = isAllowedHost(target, policy);
  const guardedLookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const usable = allowed ? addresses : addresses.filter((a) => !isPrivateAddress(a.address));
      const first = usable[0];
      if (!first)
        return callback(Object.assign(new Error(PRIVATE_ADDRESS_REFUSED), { code: 'EPRIVATE' }), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, usable);
      return callback(null, first.address, first.family);
    });
  };
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        lookup: guardedLookup,
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0 });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    req.on('error', reject);
    req.end(body);
  });
}

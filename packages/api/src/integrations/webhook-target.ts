import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Where a tenant's webhook may send (issue 16: registering http://127.0.0.1:5432/ made Signoff a
 * port scanner of its own network). Loopback, private, link-local, CGNAT, multicast, reserved and
 * unspecified ranges are refused in every notation: the URL parser already turns 2130706433 and
 * 0x7f000001 into 127.0.0.1, and IPv4-mapped IPv6 (::ffff:127.0.0.1) is checked as the IPv4 it is.
 * An operator can allow on-premise receivers by host name or address (WEBHOOK_ALLOW_HOSTS).
 */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  BLOCKED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  BLOCKED.addSubnet(net, prefix, 'ipv6');

/** The IPv4 inside an IPv4-mapped or -compatible IPv6 address (::ffff:7f00:1 → 127.0.0.1), else null. */
function embeddedIpv4(address: string): string | null {
  const m = /^::(?:ffff:)?(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address);
  if (!m) return null;
  if (m[1]) return m[1];
  const hi = parseInt(m[2] ?? '0', 16);
  const lo = parseInt(m[3] ?? '0', 16);
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/** Whether an address (v4 or v6) lies in a range no webhook may reach. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').toLowerCase();
  const family = isIP(bare);
  if (family === 4) return BLOCKED.check(bare, 'ipv4');
  if (family !== 6) return true;
  const v4 = embeddedIpv4(bare);
  return v4 ? BLOCKED.check(v4, 'ipv4') : BLOCKED.check(bare, 'ipv6');
}

export interface WebhookTargetPolicy {
  /** host names or addresses (with or without :port) the operator allows even when private */
  allowHosts?: readonly string[];
  /** DNS, injectable for tests */
  resolve?: (host: string) => Promise<string[]>;
}

export type TargetVerdict = { ok: true } | { ok: false; reason: 'private_address' | 'bad_url' };

const defaultResolve = async (host: string) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** The allow-list from the environment: comma-separated, trimmed, lower case. */
export const allowHostsFrom = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);

export function isAllowedHost(url: URL, policy: WebhookTargetPolicy): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (policy.allowHosts ?? []).some((a) => a === host || a === url.host.toLowerCase());
}

/**
 * Checks a URL and every address its host resolves to. A name that does not resolve is let
 * through here (a receiver may not exist yet, and this machine may be offline): each delivery
 * checks again, on the address it actually connects to (see webhook-post.ts).
 */
export async function checkWebhookTarget(
  raw: string,
  policy: WebhookTargetPolicy = {},
): Promise<TargetVerdict> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'bad_url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'bad_url' };
  if (isAllowedHost(url, policy)) return { ok: true };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return isPrivateAddress(host) ? { ok: false, reason: 'private_address' } : { ok: true };
  if (host.toLowerCase() === 'localhost' || host.toLowerCase().endsWith('.localhost'))
    return { ok: false, reason: 'private_address' };
  let addresses: string[];
  try {
    addresses = await (policy.resolve ?? defaultResolve)(host);
  } catch {
    return { ok: true };
  }
  return addresses.some(isPrivateAddress) ? { ok: false, reason: 'private_address' } : { ok: true };
}

import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';

/**
 * IPv4 ranges a fetch must not reach unless private addresses are allowed: a URL in a feed or a
 * redirect could otherwise make the tool read the user's own machine or network (SSRF).
 * [network, prefix length, why]
 */
const BLOCKED_V4: readonly (readonly [string, number, string])[] = [
  ['0.0.0.0', 8, 'this network'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

/** Parses dotted IPv4 to a 32-bit number; null when not IPv4. */
function v4ToNumber(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    const v = Number(p);
    if (!/^\d{1,3}$/.test(p) || v > 255) return null;
    n = n * 256 + v;
  }
  return n;
}

function v4Reason(ip: string): string | null {
  const n = v4ToNumber(ip);
  if (n === null) return null;
  for (const [net, bits, why] of BLOCKED_V4) {
    const base = v4ToNumber(net) ?? 0;
    const size = 2 ** (32 - bits);
    if (n >= base && n < base + size) return why;
  }
  return null;
}

/** Expands an IPv6 address to its eight 16-bit groups (an embedded IPv4 tail becomes two groups). */
function v6Groups(ip: string): number[] | null {
  let text = ip.toLowerCase().replace(/%.*$/, '');
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4Tail?.[1] !== undefined) {
    const n = v4ToNumber(v4Tail[1]);
    if (n === null) return null;
    text = `${text.slice(0, -v4Tail[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (s: string): number[] => (s === '' ? [] : s.split(':').map((g) => Number.parseInt(g, 16)));
  const head = parse(halves[0] ?? '');
  const tail = halves.length === 2 ? parse(halves[1] ?? '') : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  const groups = [...head, ...new Array<number>(Math.max(fill, 0)).fill(0), ...tail];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

function v6Reason(ip: string): string | null {
  const g = v6Groups(ip);
  if (g === null) return null;
  const [a = 0, b = 0, , , , f = 0, gg = 0, h = 0] = g;
  if (g.every((x) => x === 0)) return 'unspecified';
  if (g.slice(0, 7).every((x) => x === 0) && h === 1) return 'loopback';
  const embedded = `${gg >> 8}.${gg & 0xff}.${h >> 8}.${h & 0xff}`;
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses reach the IPv4 host inside.
  if (g.slice(0, 5).every((x) => x === 0) && f === 0xffff) return v4Reason(embedded);
  if (a === 0x64 && b === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return v4Reason(embedded);
  if ((a & 0xfe00) === 0xfc00) return 'unique local (private)';
  if ((a & 0xffc0) === 0xfe80) return 'link-local';
  if ((a & 0xffc0) === 0xfec0) return 'site-local (private)';
  if ((a & 0xff00) === 0xff00) return 'multicast';
  return null;
}

/** Why an IP address is not a public one (e.g. `loopback`), or null when it is public. */
export function blockedAddressReason(ip: string): string | null {
  const family = isIP(ip);
  if (family === 4) return v4Reason(ip);
  if (family === 6) return v6Reason(ip);
  return 'not an IP address';
}

/** Raised by the guarded lookup; the fetcher turns it into a `private-address` diagnostic. */
export class BlockedAddressError extends Error {
  readonly code = 'ERR_BLOCKED_ADDRESS';
  constructor(host: string, address: string, reason: string) {
    super(`${host} resolves to ${address} (${reason}); private, loopback and link-local addresses are refused unless allowPrivate (--allow-private) is set`);
    this.name = 'BlockedAddressError';
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for `http.request` that resolves every address of the host and refuses the
 * connection when any of them is not public. Checking at connect time, on the addresses the
 * socket will use, leaves no gap for a DNS answer that changes between check and connect.
 */
export function guardedLookup(hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback): void {
  dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses) => {
    if (error) {
      callback(error, []);
      return;
    }
    for (const { address } of addresses) {
      const reason = blockedAddressReason(address);
      if (reason !== null) {
        callback(new BlockedAddressError(hostname, address, reason) as unknown as NodeJS.ErrnoException, []);
        return;
      }
    }
    const first = addresses[0];
    if (options.all === true) callback(null, addresses);
    else if (first === undefined) callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
    else callback(null, first.address, first.family);
  });
}

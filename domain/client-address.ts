// The unit a rate limit should see as one client. An IPv4 address is one connection point (a home, an office's NAT,
// a mobile carrier's shared address). An IPv6 subscriber gets at least a /64 and its devices pick new addresses in
// it at will (privacy extensions), so per address a single client could be millions of clients; its /64 is the
// unit instead.

/** "203.0.113.7" as is, "::ffff:203.0.113.7" as "203.0.113.7", "2001:db8:1:2:aa:bb:cc:dd" as "2001:db8:1:2::/64". */
export function addressGroup(address: string): string {
  const bare = address
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(bare);
  if (mapped) return mapped[1]!;
  if (!bare.includes(':')) return bare;
  const hextets = ipv6Hextets(bare);
  return hextets ? `${hextets.slice(0, 4).join(':')}::/64` : bare;
}

/** The eight hextets of an IPv6 address without leading zeros, or null when it is not one. */
function ipv6Hextets(address: string): string[] | null {
  const halves = address.split('::');
  if (halves.length > 2) return null;
  // A trailing dotted IPv4 ("::1.2.3.4") fills the last two hextets; only their number matters here.
  const split = (half: string) =>
    half ? half.split(':').flatMap((part) => (part.includes('.') ? ['0', '0'] : [part])) : [];
  const head = split(halves[0]!);
  const tail = halves.length === 2 ? split(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const hextets = [...head, ...Array<string>(missing).fill('0'), ...tail];
  if (!hextets.every((hextet) => /^[0-9a-f]{1,4}$/.test(hextet))) return null;
  return hextets.map((hextet) => hextet.replace(/^0+(?=.)/, ''));
}

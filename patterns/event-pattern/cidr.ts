/** An IPv4 or IPv6 network, compared as big integers so both families share one code path. */
export interface Cidr {
  readonly family: 4 | 6;
  readonly network: bigint;
  readonly mask: bigint;
}

/** Parses `a.b.c.d/n` or an IPv6 `x:y::z/n`; returns undefined when the text is not a CIDR block. */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const address = parseIp(text.slice(0, slash));
  const bitsText = text.slice(slash + 1);
  if (address === undefined || !/^\d{1,3}$/.test(bitsText)) return undefined;
  const width = address.family === 4 ? 32 : 128;
  const bits = Number(bitsText);
  if (bits > width) return undefined;
  const mask = bits === 0 ? 0n : ((1n << BigInt(bits)) - 1n) << BigInt(width - bits);
  return { family: address.family, network: address.value & mask, mask };
}

export function cidrContains(cidr: Cidr, ipText: string): boolean {
  const ip = parseIp(ipText);
  return ip !== undefined && ip.family === cidr.family && (ip.value & cidr.mask) === cidr.network;
}

export function parseIp(text: string): { family: 4 | 6; value: bigint } | undefined {
  if (text.includes(':')) {
    const value = parseIpv6(text);
    return value === undefined ? undefined : { family: 6, value };
  }
  const value = parseIpv4(text);
  return value === undefined ? undefined : { family: 4, value };
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    // A leading zero (08.1.2.3) is ambiguous (octal in some parsers), so it is not an address.
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(Number(part));
  }
  return value;
}

function parseIpv6(text: string): bigint | undefined {
  let groups: string[];
  const double = text.indexOf('::');
  if (double >= 0) {
    if (text.indexOf('::', double + 1) >= 0) return undefined;
    const head = text.slice(0, double) === '' ? [] : text.slice(0, double).split(':');
    const tail = text.slice(double + 2) === '' ? [] : text.slice(double + 2).split(':');
    const tailWidth = tail.length > 0 && tail[tail.length - 1].includes('.') ? tail.length + 1 : tail.length;
    const missing = 8 - head.length - tailWidth;
    if (missing < 1) return undefined;
    groups = [...head, ...Array<string>(missing).fill('0'), ...tail];
  } else {
    groups = text.split(':');
  }
  let value = 0n;
  let width = 0;
  for (let k = 0; k < groups.length; k++) {
    const group = groups[k];
    if (k === groups.length - 1 && group.includes('.')) {
      // An embedded IPv4 tail (::ffff:192.0.2.1) fills the last 32 bits.
      const v4 = parseIpv4(group);
      if (v4 === undefined) return undefined;
      value = (value << 32n) | v4;
      width += 32;
    } else {
      if (!/^[0-9A-Fa-f]{1,4}$/.test(group)) return undefined;
      value = (value << 16n) | BigInt(parseInt(group, 16));
      width += 16;
    }
  }
  return width === 128 ? value : undefined;
}

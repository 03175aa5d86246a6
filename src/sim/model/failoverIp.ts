import type { FailoverIpv4, FailoverIpv6, NetworkAdapter, SimError } from '../../protocol';

/**
 * Failover TCP/IP (reference §6.6): the checks `Set-VMNetworkAdapterFailoverConfiguration` makes before it
 * stores a scheme, and what the guest's KVP component does with it at failover. Errors name the cmdlet's
 * parameters (-IPv4Address, -IPv6SubnetPrefixLength…) as PowerShell does.
 */

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** The 32-bit value of a dotted IPv4 address, or null when it is not one. */
export function parseIpv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => OCTET.test(p))) return null;
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

/** The eight 16-bit groups of an IPv6 address (`::` and a trailing dotted IPv4 allowed), or null. */
export function parseIpv6(text: string): number[] | null {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || text.split('::').length > 2) return null;
  const [head = '', tail] = text.split('::');
  const toGroups = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    const pieces = part.split(':');
    for (const [i, piece] of pieces.entries()) {
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIpv4(piece);
        if (v4 === null) return null;
        out.push(Math.floor(v4 / 65536), v4 % 65536);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) out.push(parseInt(piece, 16));
      else return null;
    }
    return out;
  };
  const left = toGroups(head);
  const right = tail === undefined ? [] : toGroups(tail);
  if (!left || !right) return null;
  if (tail === undefined) return left.length === 8 ? left : null;
  const missing = 8 - left.length - right.length;
  return missing >= 1 ? [...left, ...Array<number>(missing).fill(0), ...right] : null;
}

function err(code: SimError['code'], params: SimError['params']): SimError {
  return { code, params };
}

/** A usable host address: not 0.0.0.0, not broadcast, not multicast/experimental (224+), not loopback. */
function isHostIpv4(value: number): boolean {
  const first = Math.floor(value / 2 ** 24);
  return value !== 0 && first !== 127 && first < 224;
}

function isContiguousMask(mask: number): boolean {
  if (mask === 0) return false;
  const inverted = 2 ** 32 - 1 - mask;
  return ((inverted + 1) & inverted) === 0;
}

const sameSubnet = (a: number, b: number, mask: number) => (a & mask) >>> 0 === (b & mask) >>> 0 && (a ^ b) !== 0;

/** The first problem of an IPv4 scheme, or null when it can be stored. */
export function checkFailoverIpv4(ip: FailoverIpv4): SimError | null {
  if (ip.address === '') return err('IpAddressRequired', { param: 'IPv4SubnetMask' });
  const address = parseIpv4(ip.address);
  if (address === null || !isHostIpv4(address)) return err('InvalidIpAddress', { field: 'IPv4Address', value: ip.address });
  const mask = parseIpv4(ip.subnetMask);
  if (mask === null || !isContiguousMask(mask)) return err('InvalidSubnetMask', { value: ip.subnetMask });
  if (ip.defaultGateway !== '') {
    const gateway = parseIpv4(ip.defaultGateway);
    if (gateway === null || !isHostIpv4(gateway)) return err('InvalidIpAddress', { field: 'IPv4DefaultGateway', value: ip.defaultGateway });
    if (!sameSubnet(address, gateway, mask)) return err('GatewayNotOnSubnet', { gateway: ip.defaultGateway });
  }
  for (const [field, value] of [['IPv4PreferredDNSServer', ip.preferredDns], ['IPv4AlternateDNSServer', ip.alternateDns]] as const) {
    const dns = value === '' ? 1 : parseIpv4(value);
    if (dns === null || !isHostIpv4(dns)) return err('InvalidIpAddress', { field, value });
  }
  return null;
}

const isUnicastIpv6 = (g: number[]) => g.some((x) => x !== 0) && ((g[0] ?? 0) & 0xff00) !== 0xff00;
const isLinkLocal = (g: number[]) => ((g[0] ?? 0) & 0xffc0) === 0xfe80;

function samePrefix(a: number[], b: number[], length: number): boolean {
  for (let bit = 0; bit < length; bit += 16) {
    const take = Math.min(16, length - bit);
    const mask = (0xffff << (16 - take)) & 0xffff;
    if (((a[bit / 16] ?? 0) & mask) !== ((b[bit / 16] ?? 0) & mask)) return false;
  }
  return true;
}

/** The first problem of an IPv6 scheme, or null when it can be stored. */
export function checkFailoverIpv6(ip: FailoverIpv6): SimError | null {
  if (ip.address === '') return err('IpAddressRequired', { param: 'IPv6SubnetPrefixLength' });
  const address = parseIpv6(ip.address);
  if (!address || !isUnicastIpv6(address)) return err('InvalidIpv6Address', { field: 'IPv6Address', value: ip.address });
  if (!Number.isInteger(ip.prefixLength) || ip.prefixLength < 1 || ip.prefixLength > 128) return err('InvalidPrefixLength', { value: ip.prefixLength });
  if (ip.defaultGateway !== '') {
    const gateway = parseIpv6(ip.defaultGateway);
    if (!gateway || !isUnicastIpv6(gateway)) return err('InvalidIpv6Address', { field: 'IPv6DefaultGateway', value: ip.defaultGateway });
    // IPv6 routers are usually reached by their link-local address, which no prefix contains.
    if (!isLinkLocal(gateway) && !samePrefix(address, gateway, ip.prefixLength)) return err('GatewayNotOnSubnet', { gateway: ip.defaultGateway });
  }
  for (const [field, value] of [['IPv6PreferredDNSServer', ip.preferredDns], ['IPv6AlternateDNSServer', ip.alternateDns]] as const) {
    if (value === '') continue;
    const dns = parseIpv6(value);
    if (!dns || !isUnicastIpv6(dns)) return err('InvalidIpv6Address', { field, value });
  }
  return null;
}

/** The adapter as the guest's KVP component leaves it at failover: the failover addresses in use. */
export function withFailoverAddresses(adapter: NetworkAdapter): NetworkAdapter {
  if (!adapter.failoverIpv4 && !adapter.failoverIpv6) return adapter;
  return {
    ...adapter,
    ...(adapter.failoverIpv4 && { ipAddress: adapter.failoverIpv4.address }),
    ...(adapter.failoverIpv6 && { ipv6Address: adapter.failoverIpv6.address }),
  };
}

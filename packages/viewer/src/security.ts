/**
 * What the viewer's server answers, and with which headers.
 *
 * - Host names: a page on another site can make the browser resolve its own name to 127.0.0.1
 *   (DNS rebinding) and then read everything the viewer serves as if same-origin. The server
 *   therefore answers only requests whose `Host` is one of its own names: 127.0.0.1, localhost,
 *   [::1] and the `--host` given; when it listens on every interface (0.0.0.0 or ::), also the
 *   machine's host name and its addresses.
 * - A strict Content-Security-Policy: scripts, styles, fonts and fetches only from the server
 *   itself, no inline script or style, no plugins, no framing, no form posts; images also from
 *   data: and blob: (the PNG export and the favicon), workers also from blob: (ForceAtlas2's
 *   layout worker is built from a Blob by graphology-layout-forceatlas2).
 */
import { hostname, networkInterfaces } from 'node:os';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent with every answer. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/** The host names (lower case, IPv6 in brackets) the server answers to when it listens on `bindHost`. */
export function allowedHostNames(
  bindHost: string,
  machine: { hostname: string; addresses: string[] } = { hostname: hostname(), addresses: localAddresses() },
): Set<string> {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]', hostForm(bindHost)]);
  if (WILDCARDS.has(bindHost)) {
    names.add(hostForm(machine.hostname));
    for (const address of machine.addresses) names.add(hostForm(address));
  }
  return names;
}

/** Whether a request's `Host` header (name and optional port) names this server. */
export function isAllowedHost(header: string | undefined, allowed: Set<string>): boolean {
  if (!header) return false;
  const name = /^(\[[^\]]*\]|[^:]*)(?::\d+)?$/.exec(header.trim())?.[1];
  if (name === undefined) return false;
  // "localhost." is localhost: a trailing dot only marks the name as fully qualified
  return allowed.has(name.toLowerCase().replace(/\.$/, ''));
}

function hostForm(host: string): string {
  const lower = host.toLowerCase().replace(/\.$/, '');
  return lower.includes(':') && !lower.startsWith('[') ? `[${lower}]` : lower;
}

function localAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((entries) => (entries ?? []).map((entry) => entry.address.replace(/%.*$/, '')));
}

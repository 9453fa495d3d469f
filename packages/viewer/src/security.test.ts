import { describe, expect, it } from 'vitest';
import { allowedHostNames, CONTENT_SECURITY_POLICY, isAllowedHost } from './security';

const machine = { hostname: 'analyst-laptop', addresses: ['127.0.0.1', '192.0.2.7', '::1', 'fe80::1'] };

describe('the host names the viewer answers to', () => {
  it('on 127.0.0.1 (the default): 127.0.0.1, localhost and [::1], with or without a port', () => {
    const allowed = allowedHostNames('127.0.0.1', machine);
    for (const host of ['127.0.0.1:5178', '127.0.0.1', 'localhost:5178', 'LOCALHOST:5178', 'localhost.:5178', '[::1]:5178'])
      expect(isAllowedHost(host, allowed), host).toBe(true);
  });

  it('refuses any other name, as a DNS-rebinding page would send, and a missing or malformed Host', () => {
    const allowed = allowedHostNames('127.0.0.1', machine);
    for (const host of ['attacker.example:5178', 'attacker.example', 'localhost.attacker.example', '127.0.0.1.nip.io:5178', 'analyst-laptop:5178', '192.0.2.7:5178', '', 'localhost:5178:1', 'localhost@evil'])
      expect(isAllowedHost(host, allowed), host).toBe(false);
    expect(isAllowedHost(undefined, allowed)).toBe(false);
  });

  it('adds the --host given, and on every interface the machine’s own name and addresses', () => {
    expect(isAllowedHost('viewer.lan:8080', allowedHostNames('viewer.lan', machine))).toBe(true);
    expect(isAllowedHost('[fe80::1]:8080', allowedHostNames('fe80::1', machine))).toBe(true);
    const everywhere = allowedHostNames('0.0.0.0', machine);
    for (const host of ['analyst-laptop:5178', '192.0.2.7:5178', '[fe80::1]:5178', 'localhost:5178'])
      expect(isAllowedHost(host, everywhere), host).toBe(true);
    expect(isAllowedHost('attacker.example:5178', everywhere)).toBe(false);
  });
});

describe('the Content-Security-Policy', () => {
  it('allows nothing by default, no inline script or style, no framing', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blockedAddressReason, guardedLookup } from './address-guard.js';

describe('address guard', () => {
  it('refuses loopback, private, link-local and other non-public IPv4 addresses', () => {
    for (const ip of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1']) {
      assert.notEqual(blockedAddressReason(ip), null, ip);
    }
  });

  it('lets public IPv4 addresses through, including neighbours of the private ranges', () => {
    for (const ip of ['8.8.8.8', '172.32.0.1', '172.15.255.255', '192.169.0.1', '100.128.0.1', '1.1.1.1']) {
      assert.equal(blockedAddressReason(ip), null, ip);
    }
  });

  it('refuses IPv6 loopback, unique-local, link-local and IPv4-mapped private addresses', () => {
    for (const ip of ['::1', '::', 'fd00::1', 'fc12:3456::1', 'fe80::1%eth0', '::ffff:127.0.0.1', '::ffff:7f00:1', '64:ff9b::10.0.0.1', 'ff02::1']) {
      assert.notEqual(blockedAddressReason(ip), null, ip);
    }
  });

  it('lets public IPv6 addresses through', () => {
    for (const ip of ['2606:4700:4700::1111', '2001:4860:4860::8888', '::ffff:8.8.8.8']) {
      assert.equal(blockedAddressReason(ip), null, ip);
    }
  });

  it('refuses a host name that resolves to a loopback address', async () => {
    const error = await new Promise<unknown>((resolve) => guardedLookup('localhost', {}, (e) => resolve(e)));
    assert.match(String((error as Error | null)?.message), /loopback/);
  });
});

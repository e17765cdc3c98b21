import { describe, expect, it } from 'vitest';
import { checkEndpoint, parseSyncConfig } from './sync-config';

describe('checkEndpoint', () => {
  it.each([
    ['https://sync.example.com/', 'https://sync.example.com'],
    ['https://example.com/motive/', 'https://example.com/motive'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['http://localhost:8787/', 'http://localhost:8787'],
    ['http://[::1]:8787', 'http://[::1]:8787'],
  ])('accepts %s as %s (https, or http on this computer only)', (raw, url) => {
    expect(checkEndpoint(raw)).toEqual({ ok: true, url });
  });

  it.each([
    ['http://sync.example.com', /https/],
    ['ftp://example.com', /https/],
    ['https://user:pw@example.com', /token field/],
    ['https://example.com/?token=abc', /query/],
    ['not a url', /not a complete URL/],
  ])('refuses %s', (raw, reason) => {
    const result = checkEndpoint(raw);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });
});

describe('parseSyncConfig', () => {
  it.each([
    [
      { endpoint: 'https://a.example', token: 't' },
      { endpoint: 'https://a.example', token: 't' },
    ],
    [{ endpoint: 'http://evil.example', token: 't' }, null],
    [{ endpoint: 'https://a.example', token: '' }, null],
    [null, null],
    ['junk', null],
  ])('reads %j as %j (anything unusable is no config)', (raw, expected) => {
    expect(parseSyncConfig(raw)).toEqual(expected);
  });
});

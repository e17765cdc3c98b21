import { describe, expect, it } from 'vitest';
import { checkEndpoint, checkToken } from './endpoint-rules';

describe('checkEndpoint', () => {
  it.each([
    [
      'accepts https and drops a trailing slash',
      'https://sync.example.com/',
      { ok: true, endpoint: 'https://sync.example.com' },
    ],
    [
      'keeps a path prefix',
      ' https://example.com/motive ',
      { ok: true, endpoint: 'https://example.com/motive' },
    ],
    [
      'allows plain http on localhost',
      'http://localhost:8787',
      { ok: true, endpoint: 'http://localhost:8787' },
    ],
    [
      'allows plain http on 127.0.0.1',
      'http://127.0.0.1:8787/',
      { ok: true, endpoint: 'http://127.0.0.1:8787' },
    ],
    ['allows plain http on ::1', 'http://[::1]:8787', { ok: true, endpoint: 'http://[::1]:8787' }],
  ])('%s', (_rule, input, expected) => {
    expect(checkEndpoint(input)).toEqual(expected);
  });

  it.each([
    ['refuses plain http to another machine', 'http://sync.example.com', /https/],
    ['refuses a look-alike loopback name', 'http://127.0.0.1.evil.example', /https/],
    ['refuses other 127/8 addresses, as the background does', 'http://127.0.0.2:8787', /https/],
    ['refuses other schemes', 'ftp://sync.example.com', /https/],
    ['refuses text that is not a URL', 'sync.example.com', /not a complete URL/],
    ['refuses an empty field', '  ', /Enter the endpoint/],
    ['refuses credentials in the URL', 'https://user:pw@sync.example.com', /credentials/],
    ['refuses a token in the query', 'https://sync.example.com/?token=abc', /query/],
  ])('%s', (_rule, input, message) => {
    const result = checkEndpoint(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('checkToken', () => {
  it.each([
    ['accepts a long token', 'mtv_0123456789abcdefghij', null],
    ['refuses an empty token', '', /Enter/],
    ['refuses a short token', 'abc', /too short/],
    ['refuses a token with spaces', 'abcdefgh ijklmnopqrstu', /spaces/],
  ])('%s', (_rule, input, expected) => {
    const result = checkToken(input);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatch(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { EMPTY_PACK_STATE, PACK_FORMAT, type StoredPackState } from '../sites/packs/selector-pack';
import { refreshTeamPack } from './selector-pack-refresh';

const now = () => new Date('2026-12-03T12:00:00Z');
const endpoint = { url: 'https://sync.example.com', token: 'mtv_t' };
const pack = (version: number, css = 'div.caption') => ({
  format: PACK_FORMAT as typeof PACK_FORMAT,
  version,
  publishedAt: '2026-12-03T10:00:00Z',
  apps: { meet: { selectors: { captionText: [css] }, labels: {} } },
});
const good: StoredPackState = {
  team: { pack: pack(1), fetchedAt: 'earlier' },
  refused: null,
  checkedAt: null,
};
const answer =
  (body: unknown, status = 200) =>
  () =>
    Promise.resolve(new Response(JSON.stringify(body), { status }));

describe('refreshTeamPack', () => {
  it('adopts a valid pack, asking with the bearer token', async () => {
    const seen: RequestInit[] = [];
    const next = await refreshTeamPack({
      fetchFn: (_url, init) => (seen.push(init!), answer({ pack: pack(2) })()),
      endpoint,
      previous: good,
      now,
    });
    expect(next.team?.pack.version).toBe(2);
    expect(next.refused).toBeNull();
    expect(seen[0]?.headers).toEqual({ Authorization: 'Bearer mtv_t' });
  });
  it.each([
    ['a malformed pack', answer({ pack: pack(2, 'div[[[') }), /team pack refused: .*not a CSS selector/],
    [
      'code in place of a list',
      answer({ pack: { ...pack(2), apps: { meet: { selectors: 'x' } } } }),
      /refused/,
    ],
    ['an HTTP error', answer({ error: {} }, 500), /HTTP 500/],
    ['a network failure', () => Promise.reject(new Error('offline')), /offline/],
    ['a body that is not JSON', () => Promise.resolve(new Response('<html>')), /could not fetch/],
  ])('keeps the last good pack on %s, and says why', async (_title, fetchFn, reason) => {
    const next = await refreshTeamPack({ fetchFn, endpoint, previous: good, now });
    expect(next.team).toEqual(good.team);
    expect(next.refused?.reason).toMatch(reason);
  });
  it('goes back to built-in when the team withdrew its pack', async () => {
    const next = await refreshTeamPack({ fetchFn: answer({ pack: null }), endpoint, previous: good, now });
    expect(next).toEqual({ team: null, refused: null, checkedAt: '2026-12-03T12:00:00.000Z' });
  });
  it('asks nothing without a sync endpoint', async () => {
    const next = await refreshTeamPack({
      fetchFn: () => Promise.reject(new Error('must not be called')),
      endpoint: null,
      previous: EMPTY_PACK_STATE,
      now,
    });
    expect(next).toBe(EMPTY_PACK_STATE);
  });
});

import { describe, expect, it } from 'vitest';
import { PACK_FORMAT, type SelectorPack } from '../domain/selector-pack';
import { EMPTY_PACK_STATE } from '../sites/packs/selector-pack';
import { packStatus, packStatusFromStorage } from './selector-pack-status';

const pack: SelectorPack = {
  format: PACK_FORMAT,
  version: 4,
  publishedAt: '2026-12-01T08:00:00Z',
  apps: { meet: { selectors: { title: ['[data-call-heading]'] }, labels: {} } },
};
const refused = { at: '2026-12-03T10:00:00Z', reason: 'team pack refused: apps.meet: bad', version: 5 };

describe('packStatus', () => {
  it.each([
    ['no team pack: every app reads with the built-in pack', EMPTY_PACK_STATE, null, null],
    [
      'an app the team pack names reads with it',
      { team: { pack, fetchedAt: '2026-12-03T09:00:00Z' }, refused: null, checkedAt: null },
      { version: 4, publishedAt: '2026-12-01T08:00:00Z', fetchedAt: '2026-12-03T09:00:00Z' },
      null,
    ],
    [
      'a refusal is reported beside the last good pack, which stays in use',
      { team: { pack, fetchedAt: '2026-12-03T09:00:00Z' }, refused, checkedAt: refused.at },
      { version: 4, publishedAt: '2026-12-01T08:00:00Z', fetchedAt: '2026-12-03T09:00:00Z' },
      refused,
    ],
  ])('%s', (_title, state, meet, wantRefused) => {
    const status = packStatus(state);
    expect(status.apps.meet).toEqual(meet);
    expect(status.apps.teams).toBeNull();
    expect(status.refused).toEqual(wantRefused);
  });
});

describe('packStatusFromStorage', () => {
  it.each([
    ['nothing stored: built-in everywhere', undefined, null],
    ['a stored team pack that passes the schema is in use', { team: { pack, fetchedAt: 'x' } }, 4],
    [
      'a stored team pack the schema refuses counts as none',
      {
        team: {
          pack: { ...pack, apps: { meet: { selectors: { title: ['div[['] }, labels: {} } } },
          fetchedAt: 'x',
        },
      },
      null,
    ],
    ['something else entirely counts as none', 'not a state', null],
  ])('%s', (_title, raw, version) => {
    expect(packStatusFromStorage(raw).apps.meet?.version ?? null).toBe(version);
  });
});

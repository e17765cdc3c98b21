import { describe, expect, it } from 'vitest';
import { person } from '../diagnosis/test-builders';
import { analyseStakeholders } from './analyse-stakeholders';
import { artefactsSharedFromNotes, permissionPackSharedNote } from './artefacts-shared';
import type { StakeholderContext } from './types';

const AT = '2026-11-22T14:00:00.000Z';

describe('artefactsSharedFromNotes', () => {
  it.each([
    ['no notes share nothing', [], []],
    ['untagged notes share nothing', [{ tags: [] }, { tags: ['pricing'] }], []],
    ['an artefact tag counts as shared', [{ tags: ['business-case'] }], ['business-case']],
    ['tags are read case-insensitively', [{ tags: ['One-Page-Summary'] }], ['one-page-summary']],
    [
      'artefacts add up across notes, in the pack’s order',
      [{ tags: ['one-page-summary'] }, { tags: ['objection-answers', 'business-case', 'business-case'] }],
      ['business-case', 'objection-answers', 'one-page-summary'],
    ],
  ])('%s', (_rule, notes, shared) => {
    expect(artefactsSharedFromNotes(notes)).toEqual(shared);
  });
});

describe('permissionPackSharedNote', () => {
  const note = permissionPackSharedNote({
    accountId: 'a_1',
    champion: { id: 'p_1', name: 'Dana Ruiz' },
    at: AT,
  });

  it('is a prep note linked to the champion, tagged with every artefact and the pack', () => {
    expect(note).toMatchObject({ accountId: 'a_1', kind: 'prep', at: AT, personIds: ['p_1'] });
    expect(note.tags).toEqual(['business-case', 'objection-answers', 'one-page-summary', 'permission-pack']);
    expect(note.text).toMatch(/^Shared the permission pack with Dana Ruiz on 2026-11-22: .+ and .+\.$/);
  });

  it('closes the champion-without-artefacts warning once it is among the notes', () => {
    const ctx: StakeholderContext = {
      people: [
        person({
          id: 'p_1',
          name: 'Dana Ruiz',
          roles: ['champion'],
          stance: 'champion',
          motivations: ['permission'],
        }),
      ],
      stage: 'evaluation',
      now: AT,
    };
    const rule = (c: StakeholderContext) =>
      analyseStakeholders(c).filter((w) => w.rule === 'champion-without-artefacts');
    expect(rule(ctx)).toHaveLength(1);
    expect(rule({ ...ctx, artefactsShared: artefactsSharedFromNotes([note]) })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { movementProfileSchema } from '../records';
import { MOVEMENT_DIMENSIONS, suggestMovementProfile } from './movement-profile';

describe('movement profile', () => {
  it('describes every field of the stored profile, with options the schema accepts', () => {
    expect(MOVEMENT_DIMENSIONS.map((d) => d.field).sort()).toEqual(
      Object.keys(movementProfileSchema.shape).sort(),
    );
    for (const d of MOVEMENT_DIMENSIONS) {
      for (const o of d.options) {
        const value = d.multiple ? [o.value] : o.value;
        expect(movementProfileSchema.safeParse({ [d.field]: value }).success).toBe(true);
      }
    }
  });

  it.each([
    [
      'a relief buyer moves fast, in one conversation, alone, out of urgency',
      { relief: 0.9 },
      { pace: 'fast', conversations: 'one', buying: 'alone', drive: 'urgency' },
    ],
    [
      'a risk buyer moves slowly, over many conversations, in committee, with caution',
      { risk: 0.8 },
      { pace: 'slow', conversations: 'many', buying: 'committee', drive: 'caution' },
    ],
    [
      'a permission buyer needs a committee and many conversations',
      { permission: 0.7 },
      { buying: 'committee', conversations: 'many' },
    ],
    ['evenly opposed motivations leave the pace undecided', { relief: 0.6, risk: 0.6 }, { pace: undefined }],
    ['motivations under 0.2 suggest nothing', { relief: 0.1 }, {}],
  ])('%s', (_rule, scores, expected) => {
    const profile = suggestMovementProfile(scores);
    for (const [k, v] of Object.entries(expected)) expect(profile[k as keyof typeof profile]).toEqual(v);
    if (Object.keys(expected).length === 0) expect(profile).toEqual({});
  });

  it.each([
    [
      'risk wants technical detail and peer validation',
      { risk: 0.9 },
      ['peer-validation', 'technical-detail'],
    ],
    ['growth wants commercial proof', { growth: 0.9 }, ['commercial-proof']],
  ])('evidence wanted: %s', (_rule, scores, kinds) => {
    expect(suggestMovementProfile(scores).evidenceWanted?.slice().sort()).toEqual(kinds);
  });

  it('always returns a profile the schema accepts', () => {
    const profile = suggestMovementProfile({ relief: 0.3, control: 0.9, blame: 0.5, credibility: 0.4 });
    expect(movementProfileSchema.parse(profile)).toEqual(profile);
  });
});

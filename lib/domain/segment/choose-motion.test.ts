import { describe, expect, it } from 'vitest';
import type { SegmentInputs } from '../records';
import { chooseMotion } from './choose-motion';
import { MOTION_PROFILES } from './motion-profiles';

describe('chooseMotion', () => {
  it.each<[string, SegmentInputs, string]>([
    [
      'one decision-maker, days, self set-up, low value and support → self-serve',
      {
        purchaseComplexity: 'single',
        salesCycle: 'days',
        implementationEffort: 'self-serve',
        expectedValue: 2_000,
        supportIntensity: 'low',
      },
      'self-serve',
    ],
    [
      'a small group over weeks with guided set-up → sales-assisted',
      {
        purchaseComplexity: 'small-group',
        salesCycle: 'weeks',
        implementationEffort: 'guided',
        expectedValue: 20_000,
      },
      'sales-assisted',
    ],
    [
      'a committee over quarters with services → high-touch',
      {
        purchaseComplexity: 'committee',
        salesCycle: 'quarters',
        implementationEffort: 'services',
        expectedValue: 250_000,
        supportIntensity: 'high',
      },
      'high-touch',
    ],
    ['a cycle of months votes high-touch', { salesCycle: 'months' }, 'high-touch'],
    ['value at the high-touch band edge votes high-touch', { expectedValue: 60_000 }, 'high-touch'],
    ['value just under the self-serve edge votes self-serve', { expectedValue: 4_999 }, 'self-serve'],
    [
      'a tie resolves towards the more hands-on motion',
      { purchaseComplexity: 'single', supportIntensity: 'high' },
      'high-touch',
    ],
    ['nothing known defaults to sales-assisted', {}, 'sales-assisted'],
  ])('%s', (_rule, inputs, motion) => {
    expect(chooseMotion(inputs).motion).toBe(motion);
  });

  it('gives a reason per known input and lists what is still unknown', () => {
    const choice = chooseMotion({
      purchaseComplexity: 'committee',
      salesCycle: 'days',
      expectedValue: 100_000,
    });
    expect(choice.reasons.map((r) => [r.input, r.motion])).toEqual([
      ['purchaseComplexity', 'high-touch'],
      ['salesCycle', 'self-serve'],
      ['expectedValue', 'high-touch'],
    ]);
    expect(choice.unknown).toEqual(['implementationEffort', 'supportIntensity']);
    expect(choice.agreement).toBeCloseTo(2 / 3);
    expect(choice.profile).toBe(MOTION_PROFILES['high-touch']);
  });

  it.each(Object.values(MOTION_PROFILES).map((p) => [p.motion, p] as const))(
    '%s names its metrics, its team and how it fails on the wrong segment',
    (_m, p) => {
      expect(p.metrics.length).toBeGreaterThanOrEqual(3);
      expect(p.team.length).toBeGreaterThanOrEqual(2);
      expect(p.misuse.length).toBeGreaterThan(30);
    },
  );
});

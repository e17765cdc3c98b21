import { describe, expect, it } from 'vitest';
import type { SegmentInputs } from '../records';
import { appropriateExperience } from './appropriate-experience';
import { checkExperienceFit } from './experience-fit';

describe('appropriateExperience', () => {
  it.each<[string, SegmentInputs, string]>([
    [
      'low support and self set-up needs only tech-touch',
      { supportIntensity: 'low', implementationEffort: 'self-serve' },
      'tech-touch',
    ],
    ['regular support calls for a pooled team', { supportIntensity: 'medium' }, 'pooled'],
    ['guided set-up calls for a pooled team', { implementationEffort: 'guided' }, 'pooled'],
    ['a committee needs a named CSM', { purchaseComplexity: 'committee' }, 'named-csm'],
    ['services-led rollout needs a named CSM', { implementationEffort: 'services' }, 'named-csm'],
    [
      'committee + services + intensive support needs a named team',
      { purchaseComplexity: 'committee', implementationEffort: 'services', supportIntensity: 'high' },
      'named-team',
    ],
    [
      'a big budget alone does not buy more coverage',
      { expectedValue: 1_000_000, supportIntensity: 'low' },
      'tech-touch',
    ],
    ['nothing known assumes the lightest coverage', {}, 'tech-touch'],
  ])('%s', (_rule, inputs, coverage) => {
    const x = appropriateExperience(inputs);
    expect(x.coverage).toBe(coverage);
    expect(x.reasons.length).toBeGreaterThan(0);
  });
});

describe('checkExperienceFit', () => {
  it.each<[string, SegmentInputs, string]>([
    ['tech-touch at a small value fits', { supportIntensity: 'low', expectedValue: 3_000 }, 'fit'],
    [
      'a named CSM at enterprise value fits',
      { purchaseComplexity: 'committee', expectedValue: 200_000 },
      'fit',
    ],
    [
      'a named CSM at half the needed value: raise the price',
      { purchaseComplexity: 'committee', expectedValue: 60_000 },
      'raise-price',
    ],
    [
      'a named team at a mid-market value: do not sign',
      {
        purchaseComplexity: 'committee',
        implementationEffort: 'services',
        supportIntensity: 'high',
        expectedValue: 40_000,
      },
      'do-not-sign',
    ],
    ['a value of zero never fits', { supportIntensity: 'low', expectedValue: 0 }, 'do-not-sign'],
    ['no expected value gives no verdict yet', { purchaseComplexity: 'committee' }, 'unknown'],
  ])('%s', (_rule, inputs, verdict) => {
    expect(checkExperienceFit(inputs).verdict).toBe(verdict);
  });

  it('computes the cost to serve from the stated assumptions and the value it needs', () => {
    // named CSM: 10,000/yr × 3 + guided onboarding 1,500 = 31,500; at a 30% ceiling → 105,000.
    const fit = checkExperienceFit({
      purchaseComplexity: 'committee',
      implementationEffort: 'guided',
      expectedValue: 70_000,
    });
    expect(fit).toMatchObject({ verdict: 'raise-price', costToServe: 31_500, minimumValue: 105_000 });
    expect(fit.costShare).toBeCloseTo(0.45);
    expect(fit.headline).toContain('105,000');
    expect(fit.reasons.join(' ')).toMatch(/Named CSM is the appropriate experience/);
  });

  it('lets a team override the assumptions', () => {
    const inputs: SegmentInputs = { purchaseComplexity: 'committee', expectedValue: 60_000 };
    expect(checkExperienceFit(inputs, { maxCostShare: 0.6 }).verdict).toBe('fit');
  });
});

import { describe, expect, it } from 'vitest';
import type { Account } from '../records';
import { effectiveMotion } from './effective-motion';

type Input = Pick<Account, 'motion' | 'segment'>;

describe('effectiveMotion', () => {
  it.each<[string, Input, string | undefined]>([
    [
      'a motion set by hand wins over the segment vote',
      { motion: 'self-serve', segment: { purchaseComplexity: 'committee' } },
      'self-serve',
    ],
    [
      'a motion set by hand stands with no segment answers',
      { motion: 'high-touch', segment: {} },
      'high-touch',
    ],
    [
      'with no motion set, the segment vote decides',
      { segment: { purchaseComplexity: 'committee', salesCycle: 'quarters' } },
      'high-touch',
    ],
    ['with neither a motion nor a segment answer, no motion is assumed', { segment: {} }, undefined],
  ])('%s', (_rule, account, expected) => {
    expect(effectiveMotion(account)).toBe(expected);
  });
});

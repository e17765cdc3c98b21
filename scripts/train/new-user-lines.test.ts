/**
 * Plain buyer lines from issue 11's test call written by a new user, which an earlier
 * detector missed: the shipped model must report the motivation at its own operating point.
 * (Hand-written in the issue; "What if the migration fails halfway?" (risk) is still below
 * the bar and is tracked in tests/corpus/README.md, not asserted here.)
 */
import { describe, expect, it } from 'vitest';
import { shippedDetector } from './shipped-model';

describe('the shipped model reads a new user’s plain buyer lines', () => {
  it.each([
    ['signing is someone else’s call → permission', "I can't sign this myself.", 'permission'],
    [
      'material to hand to the decider → permission',
      'Could you send a one pager I can hand to Martin?',
      'permission',
    ],
  ])('%s', (_rule, line, motivation) => {
    const top = shippedDetector.detect(line, { side: 'buyer' }).motivations[0];
    expect(top?.motivation).toBe(motivation);
  });
});

import { describe, expect, it } from 'vitest';
import type { MotivationDetection } from '@/lib/domain/detector';
import { suggestedEvidence, type DetectionOrigin } from './suggested-evidence';

const AT = '2026-11-22T10:00:00.000Z';
const detection = (over: Partial<MotivationDetection> = {}): MotivationDetection => ({
  motivation: 'relief',
  confidence: 0.7,
  span: { start: 0, end: 5 },
  quote: 'tired',
  ...over,
});
const from = (over: Partial<DetectionOrigin> = {}): DetectionOrigin => ({
  id: 'e_cap_1',
  source: 'caption',
  side: 'buyer',
  at: AT,
  ...over,
});

describe('suggestedEvidence', () => {
  it.each<[string, MotivationDetection, DetectionOrigin, Record<string, unknown>]>([
    [
      'keeps the detection, its source, side, time and status suggested',
      detection({ signalId: 'relief.x' }),
      from({ speaker: 'Dana', personId: 'p1', origin: 'Acme weekly' }),
      {
        motivation: 'relief',
        signalId: 'relief.x',
        source: 'caption',
        side: 'buyer',
        speaker: 'Dana',
        personId: 'p1',
        origin: 'Acme weekly',
        status: 'suggested',
        weight: 0.7,
        at: AT,
      },
    ],
    ['clamps the weight into [0, 1]', detection({ confidence: 1.7 }), from(), { weight: 1 }],
    [
      'cuts a long quote on code points, never inside an emoji',
      detection({ quote: `${'a'.repeat(3999)}😀tail` }),
      from(),
      { quote: 'a'.repeat(3999) },
    ],
    [
      'cuts a long speaker name on code points',
      detection(),
      from({ speaker: `${'b'.repeat(499)}😀` }),
      { speaker: 'b'.repeat(499) },
    ],
  ])('%s', (_rule, d, origin, expected) => {
    expect(suggestedEvidence(d, origin)).toMatchObject(expected);
  });

  it('leaves out empty optional fields rather than storing blanks', () => {
    const row = suggestedEvidence(detection(), from({ speaker: '', origin: '' }));
    expect(row).not.toHaveProperty('speaker');
    expect(row).not.toHaveProperty('origin');
    expect(row).not.toHaveProperty('personId');
  });
});

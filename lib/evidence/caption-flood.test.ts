import { describe, expect, it } from 'vitest';
import type { MotivationId } from '@/lib/domain/vocabulary';
import { coalesceCaptionEvidence, type RecentSuggestions } from './caption-flood';
import type { AccountlessEvidence } from './suggested-evidence';

const T0 = Date.parse('2026-11-22T10:00:00.000Z');
let n = 0;
const row = (
  speaker: string,
  motivation: MotivationId,
  seconds: number,
  weight = 0.6,
): AccountlessEvidence => ({
  id: `e${n++}`,
  motivation,
  source: 'caption',
  side: 'buyer',
  speaker,
  at: new Date(T0 + seconds * 1000).toISOString(),
  status: 'suggested',
  weight,
});

describe('coalesceCaptionEvidence', () => {
  it.each<[string, AccountlessEvidence[], number]>([
    [
      'one speaker saying one motivation three times is one suggestion',
      [row('Dana', 'relief', 1), row('Dana', 'relief', 2), row('Dana', 'relief', 3)],
      1,
    ],
    [
      'different speakers or motivations stay apart',
      [row('Dana', 'relief', 1), row('Marcus', 'relief', 1), row('Dana', 'risk', 1)],
      3,
    ],
    [
      'a speaker’s name with a hidden character is the same speaker',
      [row('Dana', 'relief', 1), row('Da\u200Bna', 'relief', 2)],
      1,
    ],
    [
      'never more than the cap in one call',
      (
        ['relief', 'risk', 'growth', 'control', 'simplicity', 'permission', 'confidence', 'blame'] as const
      ).map((m) => row('Dana', m, 1)),
      6,
    ],
  ])('%s', (_rule, rows, expected) => {
    expect(coalesceCaptionEvidence(rows, new Map())).toHaveLength(expected);
  });

  it('keeps the strongest of the coalesced suggestions', () => {
    const strong = row('Dana', 'relief', 2, 0.9);
    expect(coalesceCaptionEvidence([row('Dana', 'relief', 1, 0.5), strong], new Map())).toEqual([strong]);
  });

  it('drops a repeat within the window across calls, and lets it through once the window has passed', () => {
    const recent: RecentSuggestions = new Map();
    expect(coalesceCaptionEvidence([row('Dana', 'relief', 0)], recent)).toHaveLength(1);
    expect(coalesceCaptionEvidence([row('Dana', 'relief', 30)], recent)).toHaveLength(0);
    expect(coalesceCaptionEvidence([row('Dana', 'relief', 61)], recent)).toHaveLength(1);
  });
});

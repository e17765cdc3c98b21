import { describe, expect, it } from 'vitest';
import { MOTIVATION_CATALOGUE as catalogue } from '../motivations/catalogue';
import { recencyFactor } from './evidence-weights';
import { scoreDiagnosis } from './score-diagnosis';
import { evidence } from './test-builders';

const now = '2026-11-01T10:00:00.000Z';
const daysAgo = (d: number) => new Date(Date.parse(now) - d * 86_400_000).toISOString();
const score = (input: Partial<Parameters<typeof scoreDiagnosis>[0]>) =>
  scoreDiagnosis({ evidence: [], tickedSignals: [], catalogue, now, ...input });

describe('scoreDiagnosis', () => {
  it.each([
    ['confirmed manual evidence at full weight scores 1', evidence(), 1],
    ['a suggestion counts half', evidence({ status: 'suggested' }), 0.5],
    ['a rejected suggestion counts zero', evidence({ status: 'rejected' }), 0],
    ['a caption counts less than the rep’s own note', evidence({ source: 'caption' }), 0.75],
    ['a typed discovery answer counts almost fully', evidence({ source: 'answer' }), 0.95],
    ['detector confidence scales the contribution', evidence({ source: 'manual', weight: 0.4 }), 0.4],
    ['evidence one half-life old counts half', evidence({ at: daysAgo(45) }), 0.5],
    ['evidence dated in the future counts as fresh', evidence({ at: daysAgo(-3) }), 1],
  ])('%s', (_rule, e, expected) => {
    expect(score({ evidence: [e] }).scores.relief).toBeCloseTo(expected, 4);
  });

  it.each([
    ['two independent 0.5 items combine to 0.75, not 1', [0.5, 0.5], 0.75],
    ['ten 0.5 items saturate below 1', Array(10).fill(0.5), 1 - 0.5 ** 10],
    ['one strong item dominates many weak ones', [0.9, 0.1, 0.1], 1 - 0.1 * 0.9 * 0.9],
  ])('saturates: %s', (_rule, weights, expected) => {
    const items = weights.map((w, i) => evidence({ id: `e${i}`, weight: w, quote: `quote ${i}` }));
    const result = score({ evidence: items });
    expect(result.scores.relief).toBeCloseTo(expected, 6);
    expect(result.scores.relief).toBeLessThan(1);
  });

  it('damps repeats of the same signal: the second counts half, the third a quarter', () => {
    const items = [0, 1, 2].map((i) =>
      evidence({ id: `e${i}`, signalId: 'relief.x', weight: 0.4, quote: `variant ${i}` }),
    );
    const result = score({ evidence: items });
    expect(result.ranked[0]!.contributions.map((c) => c.factors.repeat)).toEqual([1, 0.5, 0.25]);
    expect(result.scores.relief).toBeCloseTo(1 - 0.6 * 0.8 * 0.9, 6);
  });

  it('counts a ticked catalogue signal by its weight, undecayed', () => {
    const signal = catalogue.blame.signals[0]!;
    const result = score({ tickedSignals: [signal.id, signal.id] });
    expect(result.scores.blame).toBeCloseTo(signal.weight * 0.9, 6);
    expect(result.ranked[0]).toMatchObject({ motivation: 'blame' });
    expect(result.ranked[0]!.contributions[0]).toMatchObject({ kind: 'ticked-signal', label: signal.label });
  });

  it('reports ticked ids the catalogue does not know instead of guessing', () => {
    expect(score({ tickedSignals: ['relief.retired-signal'] }).unknownSignals).toEqual([
      'relief.retired-signal',
    ]);
  });

  it('explains every score: contributions with shares that add up to the score', () => {
    const items = [
      evidence({ id: 'a', weight: 0.8, quote: 'we need this gone' }),
      evidence({ id: 'b', weight: 0.3, status: 'suggested', quote: 'painful' }),
      evidence({ id: 'c', motivation: 'risk', weight: 0.6, quote: 'audit' }),
      evidence({ id: 'd', weight: 0.9, status: 'rejected', quote: 'no' }),
    ];
    const result = score({ evidence: items });
    const relief = result.ranked.find((r) => r.motivation === 'relief')!;
    expect(relief.contributions.map((c) => c.evidenceId)).toEqual(['a', 'b']);
    expect(relief.contributions.reduce((s, c) => s + c.share, 0)).toBeCloseTo(relief.score, 10);
    expect(result.evidenceIds.sort()).toEqual(['a', 'b', 'c']);
  });

  it('scores one stakeholder from their own evidence and stated motivations only', () => {
    const items = [
      evidence({ id: 'mine', personId: 'p1' }),
      evidence({ id: 'theirs', personId: 'p2', motivation: 'risk' }),
    ];
    const result = score({
      evidence: items,
      personId: 'p1',
      statedMotivations: ['control'],
      tickedSignals: ['blame.cover-myself'],
    });
    expect(result.scores).toMatchObject({ relief: 1, risk: 0, control: 0.7, blame: 0 });
    expect(result.evidenceIds).toEqual(['mine']);
  });

  it('ranks every motivation highest first, ties in vocabulary order', () => {
    const result = score({ evidence: [evidence({ motivation: 'growth' })] });
    expect(result.ranked.map((r) => r.motivation).slice(0, 3)).toEqual(['growth', 'relief', 'control']);
    expect(result.ranked).toHaveLength(10);
  });

  it('refuses an invalid "now" instead of returning NaN scores', () => {
    expect(() => score({ now: 'yesterday' })).toThrow(/not a valid time/);
  });

  it('counts evidence with an unreadable date as fresh rather than dropping it', () => {
    expect(score({ evidence: [evidence({ at: 'not a date' })] }).scores.relief).toBe(1);
  });

  it.each([
    [0, 1],
    [45, 0.5],
    [90, 0.25],
  ])('recency after %i days is %f', (days, factor) => {
    expect(recencyFactor(Date.parse(daysAgo(days)), Date.parse(now))).toBeCloseTo(factor, 6);
  });
});

describe('confirmed and suggested evidence are scored apart', () => {
  it.each([
    [
      'a suggested quote adds to the whole score but not to the confirmed part',
      [evidence({ status: 'suggested' })],
      0.5,
      0,
    ],
    ['a confirmed quote counts in both', [evidence()], 1, 1],
    [
      'the confirmed part ignores suggestions beside confirmed evidence',
      [evidence({ weight: 0.5 }), evidence({ id: 'e2', quote: 'other', status: 'suggested' })],
      0.75,
      0.5,
    ],
  ])('%s', (_rule, items, whole, confirmed) => {
    const result = score({ evidence: items });
    const relief = result.ranked.find((r) => r.motivation === 'relief')!;
    expect(relief.score).toBeCloseTo(whole, 4);
    expect(relief.confirmed).toBeCloseTo(confirmed, 4);
    expect(result.confirmedScores.relief).toBeCloseTo(confirmed, 4);
  });

  it('ticked signals and motivations the rep set count as confirmed', () => {
    const result = score({ evidence: [], tickedSignals: [catalogue.relief.signals[0]!.id] });
    const relief = result.ranked.find((r) => r.motivation === 'relief')!;
    expect(relief.confirmed).toBeCloseTo(relief.score, 6);
  });
});

describe('whose words: sides weigh and label evidence', () => {
  it.each([
    ['the buyer’s quote counts fully', evidence({ side: 'buyer' }), 1, 'buyer'],
    [
      'the rep’s note counts as the rep’s observation, at the note weight',
      evidence({ source: 'note', side: 'rep-note' }),
      0.8,
      'rep-note',
    ],
    [
      'an unknown speaker counts half until named',
      evidence({ side: 'unknown', speaker: 'Unknown speaker' }),
      0.5,
      'unknown',
    ],
    ['a seller line never counts', evidence({ side: 'seller' }), 0, undefined],
  ])('%s', (_rule, e, expected, side) => {
    const relief = score({ evidence: [e] }).ranked.find((r) => r.motivation === 'relief')!;
    expect(relief.score).toBeCloseTo(expected, 4);
    expect(relief.contributions[0]?.side).toBe(side);
  });
});

import { describe, expect, it } from 'vitest';
import type { MotivationDetection } from '@/lib/domain/detector';
import type { Evidence } from '@/lib/domain/records';
import type { TextEvidenceRequest } from '@/lib/messaging/protocol';
import { planTextEvidence } from './text-evidence-plan';

const AT = '2026-11-22T14:00:00.000Z';
const request: TextEvidenceRequest = {
  accountId: 'a_1',
  source: 'answer',
  text: 'irrelevant here: detections are given',
  origin: 'discovery:avoid',
};
const detection = (motivation: MotivationDetection['motivation'], quote: string): MotivationDetection => ({
  motivation,
  confidence: 0.8,
  span: { start: 0, end: quote.length },
  quote,
});
const first = planTextEvidence({
  request,
  detections: [detection('risk', 'the audit')],
  existing: [],
  at: AT,
});
const riskId = first.add[0]!.id;
const row = (over: Partial<Evidence>): Pick<Evidence, 'id' | 'origin' | 'source' | 'status'> => ({
  id: riskId,
  origin: request.origin,
  source: 'answer',
  status: 'suggested',
  ...over,
});

describe('planTextEvidence', () => {
  it('turns each detection into the rep’s own suggested row (about the person, never their words)', () => {
    const plan = planTextEvidence({
      request: { ...request, source: 'note', origin: 'note:n_1', personId: 'p_1' },
      detections: [detection('relief', 'drowning in spreadsheets')],
      existing: [],
      at: AT,
    });
    expect(plan).toEqual({
      add: [
        expect.objectContaining({
          accountId: 'a_1',
          personId: 'p_1',
          motivation: 'relief',
          source: 'note',
          quote: 'drowning in spreadsheets',
          origin: 'note:n_1',
          side: 'rep-note',
          status: 'suggested',
          weight: 0.8,
          at: AT,
        }),
      ],
      remove: [],
    });
    expect(plan.add[0]).not.toHaveProperty('speaker');
  });

  it.each([
    ['re-reading unchanged text adds nothing and removes nothing', [row({})], [], []],
    ['a confirmed quote is not suggested again', [row({ status: 'confirmed' })], [], []],
    ['a rejected quote does not come back', [row({ status: 'rejected' })], [], []],
    ['a stale suggestion of the same origin is removed', [row({}), row({ id: 'e_old' })], [], ['e_old']],
    [
      'a stale confirmed row of the same origin is kept',
      [row({}), row({ id: 'e_old', status: 'confirmed' })],
      [],
      [],
    ],
    [
      'a stale rejected row of the same origin is kept',
      [row({}), row({ id: 'e_old', status: 'rejected' })],
      [],
      [],
    ],
    [
      'suggestions of another origin are left alone',
      [row({}), row({ id: 'e_other', origin: 'discovery:pain' })],
      [],
      [],
    ],
    ['caption suggestions are left alone', [row({}), row({ id: 'e_cap', source: 'caption' })], [], []],
    ['a new quote is added when the old one is gone', [], [riskId], []],
  ])('%s', (_rule, existing, added, removed) => {
    const plan = planTextEvidence({
      request,
      detections: [detection('risk', 'the audit')],
      existing,
      at: AT,
    });
    expect(plan.add.map((r) => r.id)).toEqual(added);
    expect(plan.remove).toEqual(removed);
  });

  it('clearing the text removes every suggestion of that origin and nothing else', () => {
    const existing = [
      row({}),
      row({ id: 'e_kept', status: 'confirmed' }),
      row({ id: 'e_x', origin: 'note:n_9' }),
    ];
    expect(planTextEvidence({ request, detections: [], existing, at: AT })).toEqual({
      add: [],
      remove: [riskId],
    });
  });

  it.each([
    ['the same quote for another origin gets another id', { origin: 'discovery:pain' }],
    ['the same quote for another account gets another id', { accountId: 'a_2' }],
  ])('%s', (_rule, over) => {
    const other = planTextEvidence({
      request: { ...request, ...over },
      detections: [detection('risk', 'the audit')],
      existing: [],
      at: AT,
    });
    expect(other.add[0]!.id).not.toBe(riskId);
  });

  it('a quote detected twice in one text is added once', () => {
    const plan = planTextEvidence({
      request,
      detections: [detection('risk', 'the audit'), detection('risk', 'the audit')],
      existing: [],
      at: AT,
    });
    expect(plan.add).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { evidence } from '../diagnosis/test-builders';
import { RECAP_NOTE_TAG } from '../recap/recap-note-tag';
import { dealRiskSignals } from './deal-risk-signals';
import type { DealRiskContext, DealRiskRule, SeenThread } from './types';

const NOW = '2026-11-22T12:00:00.000Z';
const daysAgo = (d: number) => new Date(Date.parse(NOW) - d * 86_400_000).toISOString();

const base: DealRiskContext = {
  now: NOW,
  account: { stage: 'discovery', discovery: {}, movement: {}, segment: {} },
  motion: 'sales-assisted',
  people: [],
  evidence: [],
  notes: [],
};
const ctx = (over: Partial<DealRiskContext> = {}, account: Partial<DealRiskContext['account']> = {}) => ({
  ...base,
  ...over,
  account: { ...base.account, ...account },
});
const callNote = (text: string, d = 1) => ({ id: `n${d}`, kind: 'call' as const, text, at: daysAgo(d) });
const recapNote = (text: string, d = 1) => ({ ...callNote(text, d), tags: [RECAP_NOTE_TAG] });
const quote = (q: string, d = 1, over = {}) =>
  evidence({ id: q, quote: q, source: 'caption', side: 'buyer', at: daysAgo(d), ...over });
const thread = (messages: SeenThread['messages']): SeenThread => ({ subject: 'Pilot plan', messages });

describe('dealRiskSignals', () => {
  it.each<[string, DealRiskRule, DealRiskContext, boolean, string?]>([
    // no next step
    [
      'no next step fires when the last call left no next step in any note',
      'no-next-step',
      ctx({ notes: [callNote('Talked about their audit.')] }),
      true,
      'Last conversation: 2026-11-21',
    ],
    [
      'no next step does not fire when a note since the call agrees one',
      'no-next-step',
      ctx({ notes: [callNote('Next step: demo with finance on Tuesday.')] }),
      false,
    ],
    ['no next step does not fire before any conversation', 'no-next-step', ctx(), false],
    [
      'no next step counts caption quotes as a conversation',
      'no-next-step',
      ctx({ evidence: [quote('we lose hours every week')] }),
      true,
      'No note written since.',
    ],
    // no activity
    [
      'no activity fires past the motion’s normal cycle',
      'no-activity',
      ctx({ notes: [callNote('I’ll send the deck.', 20)] }),
      true,
      'Last activity: 2026-11-02',
    ],
    [
      'no activity does not fire within the cycle',
      'no-activity',
      ctx({ notes: [callNote('I’ll send the deck.', 10)] }),
      false,
    ],
    [
      'no activity uses a shorter cycle for self-serve',
      'no-activity',
      ctx({ motion: 'self-serve', notes: [callNote('I’ll send the deck.', 10)] }),
      true,
      'Motion: Self-serve',
    ],
    [
      'no activity says when the motion is assumed',
      'no-activity',
      ctx({ motion: undefined, notes: [callNote('I’ll send the deck.', 20)] }),
      true,
      '(assumed: not set)',
    ],
    // buyer quiet
    [
      'buyer quiet fires when our message waits past half the cycle',
      'buyer-quiet',
      ctx({
        threads: [
          thread([
            { side: 'buyer', at: daysAgo(20), text: 'Thanks.' },
            { side: 'seller', at: daysAgo(10), text: 'Any news?' },
          ]),
        ],
      }),
      true,
      'Last buyer reply: 2026-11-02',
    ],
    [
      'buyer quiet does not fire when the buyer wrote last',
      'buyer-quiet',
      ctx({
        threads: [
          thread([
            { side: 'seller', at: daysAgo(10), text: 'Any news?' },
            { side: 'buyer', at: daysAgo(9), text: 'Soon.' },
          ]),
        ],
      }),
      false,
    ],
    [
      'buyer quiet does not fire while our message is recent',
      'buyer-quiet',
      ctx({ threads: [thread([{ side: 'seller', at: daysAgo(3), text: 'Any news?' }])] }),
      false,
    ],
    [
      'buyer quiet says when the buyer never replied',
      'buyer-quiet',
      ctx({ threads: [thread([{ side: 'seller', at: daysAgo(10), text: 'Intro' }])] }),
      true,
      'No buyer reply in this thread.',
    ],
    // pricing
    [
      'pricing fires at proposal when nobody mentioned price',
      'pricing-not-discussed',
      ctx({ notes: [callNote('Demo went well.')] }, { stage: 'proposal' }),
      true,
      'Stage: proposal',
    ],
    [
      'pricing does not fire once a note mentions the budget',
      'pricing-not-discussed',
      ctx({ notes: [callNote('Their budget is set in Q1.')] }, { stage: 'proposal' }),
      false,
    ],
    [
      'pricing does not fire before the proposal stage',
      'pricing-not-discussed',
      ctx({}, { stage: 'evaluation' }),
      false,
    ],
    ['pricing does not fire after the sale', 'pricing-not-discussed', ctx({}, { stage: 'renewal' }), false],
    [
      "pricing still fires when only Motive's call recap lists a budget question as open",
      'pricing-not-discussed',
      ctx(
        { notes: [recapNote('Still open:\n- Is there a budget set aside for this?', 0)] },
        { stage: 'proposal' },
      ),
      true,
      'Stage: proposal',
    ],
    // unanswered question
    [
      'an unanswered question fires when the buyer’s last message asks one',
      'unanswered-question',
      ctx({
        threads: [thread([{ side: 'buyer', at: daysAgo(2), text: 'Looks good. Does it work with SAP?' }])],
      }),
      true,
      '“Does it work with SAP?” (2026-11-20)',
    ],
    [
      'an unanswered question does not fire once we replied',
      'unanswered-question',
      ctx({
        threads: [
          thread([
            { side: 'buyer', at: daysAgo(2), text: 'Does it work with SAP?' },
            { side: 'seller', at: daysAgo(1), text: 'Yes.' },
          ]),
        ],
      }),
      false,
    ],
    [
      'an unanswered question fires for a question asked on the call with no note since',
      'unanswered-question',
      ctx({
        evidence: [quote('what if it fails halfway?', 0)],
        notes: [callNote('Prep: ask about audit.', 1)],
      }),
      true,
      '“what if it fails halfway?”',
    ],
    [
      "a call question still fires when only Motive's call recap was saved after it",
      'unanswered-question',
      ctx({
        evidence: [quote('what if it fails halfway?', 2)],
        notes: [recapNote('What we heard: what if it fails halfway?', 1)],
      }),
      true,
      '“what if it fails halfway?”',
    ],
    [
      'a call question does not fire once a note was written after it',
      'unanswered-question',
      ctx({
        evidence: [quote('what if it fails halfway?', 2)],
        notes: [callNote('Answered: retries resume.', 1)],
      }),
      false,
    ],
    // criteria
    [
      'criteria unknown fires at evaluation with no criteria known',
      'criteria-unknown',
      ctx({}, { stage: 'evaluation' }),
      true,
      'Stage: evaluation',
    ],
    [
      'criteria unknown does not fire once the proof question is answered',
      'criteria-unknown',
      ctx({}, { stage: 'evaluation', discovery: { proof: 'a reference in logistics' } }),
      false,
    ],
    ['criteria unknown does not fire in discovery', 'criteria-unknown', ctx(), false],
  ])('%s', (_rule, rule, context, fires, shown) => {
    const signals = dealRiskSignals(context).filter((s) => s.rule === rule);
    expect(signals.length > 0).toBe(fires);
    if (shown) expect(signals[0]!.evidence.join(' ')).toContain(shown);
    for (const s of signals) expect(s.action).not.toBe('');
  });

  it('raises one signal for a question read as two motivations', () => {
    const asked = [
      quote('what if it fails halfway?', 0),
      quote('what if it fails halfway?', 0, { id: 'e2', motivation: 'blame' }),
    ];
    expect(
      dealRiskSignals(ctx({ evidence: asked })).filter((s) => s.rule === 'unanswered-question'),
    ).toHaveLength(1);
  });

  it('lists high-severity signals first', () => {
    const signals = dealRiskSignals(ctx({ notes: [callNote('Talked.', 20)] }, { stage: 'proposal' }));
    expect(signals.map((s) => s.severity)).toEqual([...signals.map((s) => s.severity)].sort());
    expect(signals[0]!.severity).toBe('high');
  });
});

import { describe, expect, it } from 'vitest';
import type { MotivationId, Role } from '../vocabulary';
import { CLAIM_AT, diagnoseConversation, diminishingSum, type TurnSignal } from './conversation-diagnosis';

const turn = (
  line: number,
  speaker: string,
  motivations: [MotivationId, number][],
  roles: [Role, number][] = [],
): TurnSignal => ({
  line,
  speaker,
  motivations: motivations.map(([motivation, confidence]) => ({ motivation, confidence, quote: `q${line}` })),
  roles: roles.map(([role, confidence]) => ({ role, confidence, quote: `r${line}` })),
});
const scoreOf = (turns: TurnSignal[], m: MotivationId) =>
  diagnoseConversation(turns).claimed.find((c) => c.motivation === m)?.score ?? 0;

describe('diagnoseConversation', () => {
  it.each([
    ['one strong turn is claimed', [turn(1, 'Dana', [['risk', 0.9]])], 0.9],
    ['a turn repeated by the same speaker adds less each time', [turn(1, 'Dana', [['risk', 0.9]]), turn(2, 'Dana', [['risk', 0.9]])], 1 - 0.1 * (1 - 0.45)],
    ['a weak single hint is not claimed', [turn(1, 'Dana', [['risk', 0.55]])], 0],
  ])('%s', (_rule, turns, expected) => {
    expect(scoreOf(turns, 'risk')).toBeCloseTo(expected, 5);
  }); // prettier-ignore

  it('counts one turn once, however many sentences carried the motivation', () => {
    const split = turn(1, 'Dana', [
      ['relief', 0.8],
      ['relief', 0.8],
      ['relief', 0.8],
    ]);
    expect(scoreOf([split], 'relief')).toBeCloseTo(0.8, 5);
  });

  it('weighs a second speaker with the same motivation more than a repeat by the first', () => {
    const repeat = [turn(1, 'Dana', [['growth', 0.75]]), turn(2, 'Dana', [['growth', 0.75]])];
    const second = [turn(1, 'Dana', [['growth', 0.75]]), turn(2, 'Lee', [['growth', 0.75]])];
    expect(scoreOf(second, 'growth')).toBeGreaterThan(scoreOf(repeat, 'growth'));
  });

  it('turns a weak hint into an open question with the motivation’s discovery question', () => {
    const { unknown } = diagnoseConversation([turn(4, 'Dana', [['permission', 0.45]])]);
    const open = unknown.find((u) => u.about === 'permission');
    expect(open?.hint).toMatchObject({ line: 4, quote: 'q4' });
    expect(open?.question).toMatch(/\?$/);
  });

  it.each<[string, TurnSignal[], boolean]>([
    ['asks who signs when no budget holder was named', [turn(1, 'Dana', [['relief', 0.9]])], true],
    ['does not ask when the buyer said who signs', [turn(1, 'Dana', [['relief', 0.9]], [['finance-approver', 0.8]])], false],
  ])('%s', (_rule, turns, asks) => {
    expect(diagnoseConversation(turns).unknown.some((u) => u.about === 'decision')).toBe(asks);
  }); // prettier-ignore

  it('shows at most two quotes per motivation, strongest first', () => {
    const turns = [0.72, 0.95, 0.8].map((p, i) => turn(i + 1, 'Dana', [['control', p]]));
    const [claim] = diagnoseConversation(turns).claimed;
    expect(claim?.quotes.map((q) => q.confidence)).toEqual([0.95, 0.8]);
    expect(claim?.turns).toBe(3);
  });

  it.each([
    [[0.9], 0.5, 0.9],
    [[0.5, 0.5], 0.5, 1 - 0.5 * 0.75],
    [[], 0.5, 0],
  ])('diminishingSum(%j, %s) = %s', (scores, decay, expected) => {
    expect(diminishingSum(scores, decay)).toBeCloseTo(expected, 6);
    expect(expected).toBeLessThanOrEqual(1);
    expect(CLAIM_AT).toBeGreaterThan(0.5);
  });
});

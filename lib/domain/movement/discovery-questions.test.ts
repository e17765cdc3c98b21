import { describe, expect, it } from 'vitest';
import { DISCOVERY_QUESTIONS, discoveryProgress, getDiscoveryQuestion } from './discovery-questions';

/** The ids accounts already store answers under: changing one would orphan saved answers. */
const STABLE_IDS = [
  'achieve',
  'avoid',
  'pressure',
  'act-now',
  'delay',
  'pain',
  'budget',
  'influence',
  'users',
  'blockers',
  'proof',
  'their-words',
  'success',
];

describe('discovery questions', () => {
  it('keeps the thirteen stable ids of seed 000 in order', () => {
    expect(DISCOVERY_QUESTIONS.map((q) => q.id)).toEqual(STABLE_IDS);
  });

  it.each(DISCOVERY_QUESTIONS.map((q) => [q.id, q] as const))(
    '%s has a spoken prompt, a hint and at least one motivation it reveals',
    (_id, q) => {
      expect(q.prompt).toMatch(/\?$/);
      expect(q.hint.length).toBeGreaterThan(20);
      expect(q.reveals.length).toBeGreaterThan(0);
      expect(q.id.length).toBeLessThanOrEqual(64); // Account.discovery keys are ≤ 64 chars
    },
  );

  it.each([
    ['no answers: nothing answered, next is the first question', {}, 0, 'achieve'],
    ['answered questions are skipped for "next"', { achieve: 'grow', avoid: 'fines' }, 2, 'pressure'],
    ['whitespace-only answers count as unanswered', { achieve: '   ' }, 0, 'achieve'],
    ['unknown ids are ignored', { retired: 'x', achieve: 'y' }, 1, 'avoid'],
  ])('progress: %s', (_rule, answers: Record<string, string>, answered, next) => {
    const progress = discoveryProgress(answers);
    expect(progress.answered).toBe(answered);
    expect(progress.total).toBe(13);
    expect(progress.next?.id).toBe(next);
  });

  it('reports no next question once every question is answered', () => {
    const all = Object.fromEntries(STABLE_IDS.map((id) => [id, 'answered']));
    expect(discoveryProgress(all)).toMatchObject({ answered: 13, next: undefined, unanswered: [] });
  });

  it.each([
    ['budget', 'people'],
    ['success', 'outcome'],
    ['nope', undefined],
  ])('looks up %s by id', (id, topic) => {
    expect(getDiscoveryQuestion(id)?.topic).toBe(topic);
  });
});

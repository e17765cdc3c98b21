import { describe, expect, it } from 'vitest';
import { MOTIVATIONS } from '../vocabulary';
import { ALL_SIGNALS, MOTIVATION_CATALOGUE, getMotivation, getSignal } from './catalogue';

const profiles = MOTIVATIONS.map((id) => [id, MOTIVATION_CATALOGUE[id]] as const);

describe('motivation catalogue', () => {
  it.each(profiles)('%s has 6–10 signals, each belonging to it with a weight in (0, 1]', (id, p) => {
    expect(p.id).toBe(id);
    expect(p.signals.length).toBeGreaterThanOrEqual(6);
    expect(p.signals.length).toBeLessThanOrEqual(10);
    for (const signal of p.signals) {
      expect(signal.motivation).toBe(id);
      expect(signal.id.startsWith(`${id}.`)).toBe(true);
      expect(signal.weight).toBeGreaterThan(0);
      expect(signal.weight).toBeLessThanOrEqual(1);
      expect(signal.label.length).toBeGreaterThan(10);
    }
  });

  it.each(profiles)('%s mixes phrase and behaviour signals', (_id, p) => {
    const kinds = new Set(p.signals.map((s) => s.kind));
    expect(kinds).toEqual(new Set(['phrase', 'behaviour']));
  });

  it.each(profiles)('%s has 4–6 diagnostic questions with unique ids', (id, p) => {
    expect(p.questions.length).toBeGreaterThanOrEqual(4);
    expect(p.questions.length).toBeLessThanOrEqual(6);
    expect(new Set(p.questions.map((q) => q.id)).size).toBe(p.questions.length);
    for (const q of p.questions) {
      expect(q.id.startsWith(`${id}.ask-`)).toBe(true);
      expect(q.text.trim().endsWith('?')).toBe(true);
    }
  });

  it.each(profiles)('%s has needs, avoid, path, proof, onboarding, metric and hand-off', (_id, p) => {
    expect(p.name.length).toBeGreaterThan(3);
    expect(p.summary.length).toBeGreaterThan(30);
    expect(p.needs.length).toBeGreaterThanOrEqual(3);
    expect(p.avoid.length).toBeGreaterThanOrEqual(2);
    expect(p.path.name.length).toBeGreaterThan(3);
    expect(p.path.description.length).toBeGreaterThan(30);
    expect(p.proofTypes.length).toBeGreaterThanOrEqual(2);
    expect(p.onboarding.length).toBeGreaterThanOrEqual(2);
    expect(p.successMetric.length).toBeGreaterThan(30);
    expect(p.handoff.length).toBeGreaterThanOrEqual(2);
    for (const text of [...p.needs, ...p.avoid, ...p.proofTypes, ...p.onboarding, ...p.handoff]) {
      expect(text.trim().length).toBeGreaterThan(10);
    }
  });

  it.each([
    ['relief', /strategy deck/i],
    ['risk', /breezy confidence/i],
    ['permission', /decision-maker/i],
  ] as const)('%s warns the rep off the classic mistake (%s)', (id, pattern) => {
    expect(getMotivation(id).avoid.some((line) => pattern.test(line))).toBe(true);
  });

  it('gives every signal a unique id', () => {
    expect(new Set(ALL_SIGNALS.map((s) => s.id)).size).toBe(ALL_SIGNALS.length);
  });

  it('gives every question a unique id across the catalogue', () => {
    const ids = MOTIVATIONS.flatMap((id) => MOTIVATION_CATALOGUE[id].questions.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps signal and question ids stable (they are stored on accounts; a change breaks data)', () => {
    const ids = MOTIVATIONS.flatMap((id) => [
      ...MOTIVATION_CATALOGUE[id].signals.map((s) => s.id),
      ...MOTIVATION_CATALOGUE[id].questions.map((q) => q.id),
    ]);
    expect(ids).toMatchSnapshot();
  });

  it.each([
    ['relief.drowning-in-manual-work', 'relief'],
    ['risk.compliance-pressure', 'risk'],
    ['blame.cover-myself', 'blame'],
  ])('getSignal(%s) returns the %s signal', (id, motivation) => {
    expect(getSignal(id)?.motivation).toBe(motivation);
  });

  it('getSignal returns undefined for an unknown id', () => {
    expect(getSignal('relief.no-such-signal')).toBeUndefined();
  });
});

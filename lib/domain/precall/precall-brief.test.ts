import { describe, expect, it } from 'vitest';
import { evidence, person } from '../diagnosis/test-builders';
import { precallBrief, type PrecallInput } from './precall-brief';

const base: PrecallInput = {
  account: { discovery: {}, movement: {}, segment: {} },
  people: [],
  evidence: [],
  notes: [],
  framework: 'meddicc',
  proof: [],
};
const input = (over: Partial<PrecallInput> = {}): PrecallInput => ({ ...base, ...over });
const ana = person({
  id: 'p1',
  name: 'Ana Ortiz',
  title: 'CFO',
  roles: ['economic-buyer'],
  influence: 'high',
});
const kai = person({ id: 'p2', name: 'Kai Berg', roles: ['daily-user'], influence: 'low' });
const note = (id: string, text: string, at: string, kind: 'call' | 'prep' = 'call') => ({
  id,
  kind,
  text,
  at,
});

describe('precallBrief', () => {
  it.each<[string, PrecallInput, (b: ReturnType<typeof precallBrief>) => unknown, unknown]>([
    [
      'expects the buying group, most influential first, when the page names nobody',
      input({ people: [kai, ana] }),
      (b) => b.expected.map((p) => p.name),
      ['Ana Ortiz', 'Kai Berg'],
    ],
    [
      'expects the people the call page names, matched to the map by name',
      input({ people: [kai, ana], attendees: ['ana ortiz'] }),
      (b) => b.expected.map((p) => p.personId),
      ['p1'],
    ],
    [
      'lists an invitee who is not on the map with no roles',
      input({ attendees: ['Lee Park'] }),
      (b) => b.expected,
      [{ name: 'Lee Park', roles: [], motivations: [] }],
    ],
    [
      'gives a person the motivations of their confirmed quotes when none were set',
      input({ people: [ana], evidence: [evidence({ personId: 'p1', motivation: 'risk' })] }),
      (b) => b.expected[0]?.motivations,
      ['risk'],
    ],
    [
      'says what is unknown: the blank framework fields',
      input({ people: [ana] }),
      (b) => b.unknown.map((u) => u.label).includes('Economic buyer'),
      false,
    ],
    ['asks three questions, from the blank fields first', input(), (b) => b.questions.length, 3],
    [
      'keeps the proof to three',
      input({ proof: [1, 2, 3, 4].map((i) => ({ title: `Proof ${i}`, why: 'risk' })) }),
      (b) => b.proof.length,
      3,
    ],
    [
      'reads last call’s open commitments from the newest call note',
      input({
        notes: [
          note('a', 'I’ll send the deck.', '2026-11-01T10:00:00Z'),
          note('b', 'Next step: pilot scope.', '2026-11-10T10:00:00Z'),
        ],
      }),
      (b) => b.commitments.map((c) => c.text),
      ['Next step: pilot scope.'],
    ],
    [
      'falls back to open commitments in any note when no call note has one',
      input({ notes: [note('p', 'I will send the ROI sheet.', '2026-11-01T10:00:00Z', 'prep')] }),
      (b) => b.commitments.map((c) => c.text),
      ['I will send the ROI sheet.'],
    ],
    ['has no commitments, and says so by an empty list, without notes', input(), (b) => b.commitments, []],
  ])('%s', (_rule, given, read, expected) => {
    expect(read(precallBrief(given))).toEqual(expected);
  });

  it('asks the discovery question that fills a blank field', () => {
    const brief = precallBrief(input());
    expect(brief.questions[0]).toBe(brief.unknown[0]?.question);
  });
});

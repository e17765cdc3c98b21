import { describe, expect, it } from 'vitest';
import { evidence, person } from '../diagnosis/test-builders';
import type { QualificationSources } from './qualification-facts';
import { FRAMEWORK_FIELDS, type QualificationFrameworkId } from './framework-definitions';
import { confirmField, qualifyAccount } from './qualify-account';
import { RECAP_NOTE_TAG } from '../recap/recap-note-tag';

const blank: QualificationSources = {
  account: { discovery: {}, movement: {}, segment: {} },
  people: [],
  evidence: [],
  notes: [],
};
const src = (over: Partial<QualificationSources> = {}): QualificationSources => ({ ...blank, ...over });
const quote = (q: string, over = {}) =>
  evidence({ id: q, quote: q, source: 'caption', side: 'buyer', ...over });
const note = (text: string) => ({ id: 'n1', text, at: '2026-11-02T10:00:00.000Z' });

const field = (framework: QualificationFrameworkId, id: string, sources: QualificationSources) =>
  qualifyAccount(framework, sources).find((f) => f.field.id === id)!;

describe('qualifyAccount', () => {
  it("reads the rep's own notes, never Motive's call recap (its open questions are not the buyer's criteria)", () => {
    const recap = {
      id: 'n_recap_c1',
      text: 'Still open:\n- What would you need to see to be comfortable putting your name to this?\n- They are also evaluating Globex.',
      at: '2026-11-03T10:00:00.000Z',
      tags: [RECAP_NOTE_TAG],
    };
    expect(field('meddicc', 'decision-criteria', src({ notes: [recap] })).status).toBe('unknown');
    expect(field('meddicc', 'competition', src({ notes: [recap] })).status).toBe('unknown');
    // The same words in a note the rep wrote do count.
    expect(field('meddicc', 'competition', src({ notes: [{ ...recap, tags: [] }] })).status).toBe('found');
  });

  it.each<[string, QualificationFrameworkId, string, QualificationSources, string, string]>([
    [
      'MEDDICC metrics come from a quoted number',
      'meddicc',
      'metrics',
      src({ evidence: [quote('we lose 12 hours a week')] }),
      '12 hours',
      'quote',
    ],
    [
      'MEDDICC metrics fall back to the success metric',
      'meddicc',
      'metrics',
      src({ account: { ...blank.account, successMetric: 'close in 3 days' } }),
      'close in 3 days',
      'account',
    ],
    [
      'MEDDICC economic buyer comes from the stakeholder map',
      'meddicc',
      'economic-buyer',
      src({ people: [person({ name: 'Ana Ortiz', title: 'CFO', roles: ['economic-buyer'] })] }),
      'Ana Ortiz (CFO)',
      'stakeholder',
    ],
    [
      'MEDDICC decision criteria come from a quoted requirement',
      'meddicc',
      'decision-criteria',
      src({ evidence: [quote('it must have single sign-on', { motivation: 'risk' })] }),
      'single sign-on',
      'quote',
    ],
    [
      'MEDDICC decision process comes from permission evidence',
      'meddicc',
      'decision-process',
      src({ evidence: [quote('our board has to sign off', { motivation: 'permission' })] }),
      'board has to sign off',
      'quote',
    ],
    [
      'MEDDICC decision process adds how they buy',
      'meddicc',
      'decision-process',
      src({
        account: { ...blank.account, movement: { buying: 'committee' } },
        evidence: [quote('procurement reviews it', { motivation: 'permission' })],
      }),
      'A committee decides. procurement',
      'quote',
    ],
    [
      'MEDDICC identify pain comes from relief and risk quotes',
      'meddicc',
      'identify-pain',
      src({ evidence: [quote('we are drowning in spreadsheets')] }),
      'drowning',
      'quote',
    ],
    [
      'MEDDICC champion comes from the champion role',
      'meddicc',
      'champion',
      src({ people: [person({ name: 'Kai', roles: ['champion'] })] }),
      'Kai',
      'stakeholder',
    ],
    [
      'MEDDICC champion also comes from a champion stance',
      'meddicc',
      'champion',
      src({ people: [person({ name: 'Lee', stance: 'champion' })] }),
      'Lee',
      'stakeholder',
    ],
    [
      'MEDDICC competition comes from a note naming an alternative',
      'meddicc',
      'competition',
      src({ notes: [note('Call went well. They are also evaluating Globex.')] }),
      'also evaluating Globex',
      'note',
    ],
    [
      'BANT budget comes from a quoted amount',
      'bant',
      'budget',
      src({ evidence: [quote('we have a budget of €40k', { motivation: 'control' })] }),
      '€40k',
      'quote',
    ],
    [
      'BANT budget falls back to the contract value',
      'bant',
      'budget',
      src({ account: { ...blank.account, contractValue: 24000 } }),
      '24000',
      'account',
    ],
    [
      'BANT authority is the economic buyer, else the finance approver',
      'bant',
      'authority',
      src({ people: [person({ name: 'Fin', roles: ['finance-approver'] })] }),
      'Fin',
      'stakeholder',
    ],
    [
      'BANT need comes from the goal they named',
      'bant',
      'need',
      src({ account: { ...blank.account, discovery: { achieve: 'one view of every shipment' } } }),
      'one view',
      'account',
    ],
    [
      'BANT timeline comes from a date said',
      'bant',
      'timeline',
      src({ evidence: [quote('we need this live by the end of the quarter', { motivation: 'growth' })] }),
      'end of the quarter',
      'quote',
    ],
    [
      'SPICED situation comes from how they work today',
      'spiced',
      'situation',
      src({ account: { ...blank.account, discovery: { users: 'ten planners on spreadsheets' } } }),
      'ten planners',
      'account',
    ],
    [
      'SPICED pain comes from relief and risk quotes',
      'spiced',
      'pain',
      src({ evidence: [quote('an outage would cost us the contract', { motivation: 'risk' })] }),
      'outage',
      'quote',
    ],
    [
      'SPICED impact comes from a quoted cost',
      'spiced',
      'impact',
      src({ evidence: [quote('it costs us 40% of our week')] }),
      '40%',
      'quote',
    ],
    [
      'SPICED critical event comes from a date said',
      'spiced',
      'critical-event',
      src({ evidence: [quote('the audit is in March', { motivation: 'risk' })] }),
      'March',
      'quote',
    ],
    [
      'SPICED decision comes from permission evidence',
      'spiced',
      'decision',
      src({ evidence: [quote('my manager approves anything over 10k', { motivation: 'permission' })] }),
      'approves',
      'quote',
    ],
  ])('%s', (_rule, framework, id, sources, value, kind) => {
    const f = field(framework, id, sources);
    expect(f.status).toBe('found');
    expect(f.found?.value).toContain(value);
    expect(f.found?.source.kind).toBe(kind);
  });

  it.each(Object.entries(FRAMEWORK_FIELDS).flatMap(([fw, fields]) => fields.map((f) => [fw, f.id] as const)))(
    '%s %s is blank on an empty account, with the question that fills it',
    (framework, id) => {
      const f = field(framework as QualificationFrameworkId, id, blank);
      expect(f.status).toBe('unknown');
      expect(f.found).toBeUndefined();
      expect(f.field.question).toMatch(/\?$/);
    },
  );

  it.each([
    ['a suggested quote', quote('we lose 12 hours a week', { status: 'suggested' })],
    ['a rejected quote', quote('we lose 12 hours a week', { status: 'rejected' })],
    ['the seller’s own words', quote('we save 12 hours a week', { side: 'seller' })],
  ])('never fills a field from %s', (_what, e) => {
    expect(field('meddicc', 'metrics', src({ evidence: [e] })).status).toBe('unknown');
  });

  it.each([
    ['confirmed when the evidence still gives the confirmed value', 'we lose 12 hours a week', 'confirmed'],
    ['changed when the evidence now gives another value', 'we lose 30 hours a week', 'changed'],
  ])('a confirmed field is %s', (_rule, now, status) => {
    const before = field('meddicc', 'metrics', src({ evidence: [quote('we lose 12 hours a week')] }));
    const confirmation = confirmField(before, '2026-11-03T10:00:00.000Z')!;
    const after = qualifyAccount('meddicc', src({ evidence: [quote(now)] }), {
      'meddicc.metrics': confirmation,
    });
    expect(after.find((f) => f.key === 'meddicc.metrics')?.status).toBe(status);
  });

  it('keeps a confirmed field confirmed when its evidence is gone (the rep’s word stands)', () => {
    const f = qualifyAccount('bant', blank, {
      'bant.need': { value: 'faster close', at: '2026-11-03T10:00:00.000Z' },
    });
    expect(f.find((x) => x.key === 'bant.need')).toMatchObject({
      status: 'confirmed',
      confirmed: { value: 'faster close' },
    });
  });

  it('cannot confirm a blank field', () => {
    expect(confirmField(field('meddicc', 'competition', blank), '2026-11-03T10:00:00.000Z')).toBeUndefined();
  });
});

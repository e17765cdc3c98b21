import { describe, expect, it } from 'vitest';
import { qualificationChecklist, type QualificationItem } from './qualification';

const blank = { discovery: {}, movement: {}, successMetric: undefined };
const done = (items: QualificationItem[], id: QualificationItem['id']) =>
  items.find((i) => i.id === id)?.done;

describe('qualificationChecklist', () => {
  it('starts with nothing qualified on a blank account', () => {
    expect(qualificationChecklist(blank, [], {}).every((i) => !i.done)).toBe(true);
  });

  it.each<[string, Parameters<typeof qualificationChecklist>, QualificationItem['id']]>([
    ['a motivation scoring 0.4 or more counts as identified', [blank, [], { risk: 0.45 }], 'motivation'],
    [
      'an answer about pressure qualifies the pressure',
      [{ ...blank, discovery: { pressure: 'audit in May' } }, [], {}],
      'pressure',
    ],
    [
      'an answer about why now qualifies timing',
      [{ ...blank, discovery: { 'act-now': 'renewal of old tool' } }, [], {}],
      'timing',
    ],
    [
      'a person with the economic-buyer role qualifies the budget owner',
      [blank, [{ name: 'Ana', roles: ['economic-buyer'] }], {}],
      'economic-buyer',
    ],
    [
      'knowing committee or alone qualifies the decision',
      [{ ...blank, movement: { buying: 'committee' } }, [], {}],
      'decision',
    ],
    [
      'a promised success metric qualifies success',
      [{ ...blank, successMetric: 'close in 3 days' }, [], {}],
      'success',
    ],
  ])('%s', (_rule, args, id) => {
    expect(done(qualificationChecklist(...args), id)).toBe(true);
  });

  it('does not count a weak motivation or a blank answer', () => {
    const items = qualificationChecklist({ ...blank, discovery: { pressure: '   ' } }, [], { risk: 0.3 });
    expect(done(items, 'motivation')).toBe(false);
    expect(done(items, 'pressure')).toBe(false);
  });
});

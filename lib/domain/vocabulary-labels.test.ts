import { describe, expect, it } from 'vitest';
import {
  CHANNELS,
  MOTIONS,
  MOTIVATIONS,
  NOTE_KINDS,
  PLAYBOOK_KINDS,
  ROLES,
  STAGES,
  STANCES,
} from './vocabulary';
import { labelOf, labelsOf } from './vocabulary-labels';

const ALL_IDS = [
  ...ROLES,
  ...STANCES,
  ...STAGES,
  ...CHANNELS,
  ...MOTIONS,
  ...MOTIVATIONS,
  ...NOTE_KINDS,
  ...PLAYBOOK_KINDS,
];

describe('labelOf', () => {
  it.each(ALL_IDS.map((id) => [id]))('gives "%s" a label a person reads, never the raw id', (id) => {
    const label = labelOf(id);
    expect(label).not.toBe(id);
    expect(label).not.toMatch(/^[a-z]+(-[a-z]+)+$/);
    expect(label[0]).toBe(label[0]!.toUpperCase());
  });

  it.each([
    ['economic-buyer', 'Economic buyer'],
    ['finance-approver', 'Finance approver'],
    ['email-snippet', 'Email snippet'],
    ['next-step', 'Next step'],
    ['blame', 'Blame avoidance'],
    ['business-case-template', 'Business case template'],
  ])('reads %s as "%s"', (id, label) => {
    expect(labelOf(id)).toBe(label);
  });

  it('joins several labels for a list of roles', () => {
    expect(labelsOf(['economic-buyer', 'champion'])).toBe('Economic buyer, Champion');
  });
});

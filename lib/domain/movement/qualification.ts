/**
 * The SDR's qualification checklist for an email thread: what must be known before handing
 * the account to an AE. Pure: derived from the account, its people and the diagnosis.
 */
import type { Account, Person } from '../records';
import type { MotivationId } from '../vocabulary';

export interface QualificationItem {
  id: 'motivation' | 'pressure' | 'timing' | 'economic-buyer' | 'decision' | 'success';
  label: string;
  done: boolean;
  /** What is known, or what to find out next. */
  detail: string;
}

/** A motivation counts as identified from this score. */
export const IDENTIFIED_SCORE = 0.4;

export function qualificationChecklist(
  account: Pick<Account, 'discovery' | 'movement' | 'successMetric'>,
  people: readonly Pick<Person, 'name' | 'roles'>[],
  scores: Partial<Record<MotivationId, number>>,
): QualificationItem[] {
  const answer = (id: string) => account.discovery[id]?.trim() ?? '';
  const top = (Object.entries(scores) as [MotivationId, number][])
    .filter(([, s]) => s >= IDENTIFIED_SCORE)
    .sort((a, b) => b[1] - a[1])[0];
  const buyer = people.find((p) => p.roles.includes('economic-buyer'));
  const success = account.successMetric?.trim() || answer('success');
  const pressure = answer('pressure') || answer('avoid');
  return [
    {
      id: 'motivation',
      label: 'Why they are moving',
      done: top !== undefined,
      detail: top
        ? `${top[0]} (${Math.round(top[1] * 100)})`
        : 'Confirm a quote or tick a signal from the thread.',
    },
    {
      id: 'pressure',
      label: 'The pressure behind it',
      done: pressure !== '',
      detail: pressure || 'Ask where the pressure is coming from.',
    },
    {
      id: 'timing',
      label: 'Why now',
      done: answer('act-now') !== '',
      detail: answer('act-now') || 'Ask what makes this worth solving this quarter.',
    },
    {
      id: 'economic-buyer',
      label: 'Who owns the budget',
      done: buyer !== undefined,
      detail: buyer ? buyer.name : 'Ask whose budget it comes from; add them on People.',
    },
    {
      id: 'decision',
      label: 'How they decide',
      done: account.movement.buying !== undefined,
      detail:
        account.movement.buying === 'committee'
          ? 'A committee'
          : account.movement.buying === 'alone'
            ? 'One decision-maker'
            : 'Find out whether one person decides or a committee.',
    },
    {
      id: 'success',
      label: 'What success means to them',
      done: success !== '',
      detail: success || 'Ask what number or moment would prove it was the right call.',
    },
  ];
}

/**
 * What each role in a buying group usually asks before saying yes, and the shape of a good
 * answer. The permission pack gives the champion one of these per stakeholder.
 */
import type { Role } from '../domain/vocabulary';

export interface RoleObjection {
  objection: string;
  answer: string;
}

export const ROLE_OBJECTIONS: Record<Role, RoleObjection> = {
  'economic-buyer': {
    objection: 'Is this the best use of this budget right now?',
    answer:
      'Tie it to an outcome they already own, put a date on the first result, and show what waiting another quarter costs.',
  },
  'finance-approver': {
    objection: 'What does it cost over the whole term, and when does it pay back?',
    answer:
      'One page with the total cost, the payback month from the team’s own numbers, and the exit terms if it does not deliver.',
  },
  'technical-reviewer': {
    objection: 'Will it fit our systems and pass our security review?',
    answer:
      'Send the security pack and an integration outline early, and answer their questionnaire in writing before they have to chase.',
  },
  'daily-user': {
    objection: 'Is this going to make my day harder?',
    answer:
      'Show the daily task before and after, name what they stop doing, and how little training it takes.',
  },
  'senior-sponsor': {
    objection: 'Does this move one of our priorities this year?',
    answer:
      'Link it to a priority they have stated publicly and show the milestone they will be able to report.',
  },
  blocker: {
    objection: 'We have tried something like this before and it failed.',
    answer:
      'Acknowledge what went wrong last time, show what is different, and invite them to set the checks the rollout must pass.',
  },
  champion: {
    objection: 'Can I defend this if someone pushes back?',
    answer: 'Give them the answers below, the proof to forward, and a one-page summary in their own words.',
  },
};

/** For people with no role on the map yet. */
export const GENERIC_OBJECTION: RoleObjection = {
  objection: 'What is in it for my team?',
  answer: 'Name what changes for them specifically, in their terms, and who they can ask if it does not.',
};

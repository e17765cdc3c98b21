import type { MotivationProfile } from '../types';
import { questionList, signalList } from '../signal-list';

/** Consistency: the buyer wants a messy operation to behave the same way every time. */
export const consistency: MotivationProfile = {
  id: 'consistency',
  name: 'Consistency',
  summary: 'They want every team, site or shift to work the same way, to one shared standard.',
  signals: signalList('consistency', [
    ['everyone-different', 'phrase', 0.9, 'Says each team, site or person does it their own way'],
    ['wants-standard', 'phrase', 0.8, 'Asks for one standard, template or process for everyone'],
    ['quality-varies', 'phrase', 0.8, 'Complains that quality or results vary by location or person'],
    ['onboarding-new-staff', 'phrase', 0.6, 'Struggles to get new staff working the same way'],
    ['repeatable', 'phrase', 0.7, 'Uses words like repeatable, predictable or uniform'],
    ['asks-templates', 'behaviour', 0.6, 'Asks about templates, checklists and enforced steps'],
    ['multi-site', 'behaviour', 0.5, 'Describes several locations or teams doing the same job'],
  ]),
  questions: questionList('consistency', [
    ['how-differ', 'How differently do your teams or sites do the same job today?'],
    ['cost-of-variance', 'Where does that variation cost you: quality, time, customer complaints?'],
    ['standard', 'Is there an agreed standard, and how is it kept?'],
    ['new-starter', 'How long does a new starter take to work the way you want?'],
  ]),
  needs: [
    'Shared templates and enforced steps',
    'A structured rollout, site by site or team by team',
    'A way to see who follows the standard and who does not',
  ],
  avoid: [
    'Selling flexibility as the main benefit',
    'A big-bang launch without a rollout plan',
    'Letting every team configure its own version',
  ],
  path: {
    name: 'Structured adoption path',
    description: 'Agree the standard first, roll it out in waves, and measure adherence.',
  },
  proofTypes: [
    'Multi-site rollout examples',
    'Template libraries and standard playbooks',
    'Adherence reporting from a similar customer',
  ],
  onboarding: [
    'Define the standard with them before configuring',
    'Roll out in waves with a champion per site or team',
    'Report adherence by site from week one',
  ],
  successMetric: 'Variation between teams or sites reduced, and new starters reaching the standard sooner.',
  handoff: [
    'Pass on the agreed standard and the rollout order',
    'Name the champion in each team or site',
    'Watch for teams drifting back to their old way',
  ],
};

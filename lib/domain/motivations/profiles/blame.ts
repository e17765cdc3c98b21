import type { MotivationProfile } from '../types';
import { questionList, signalList } from '../signal-list';

/** Blame: the buyer mostly wants to not be the one at fault if something goes wrong. */
export const blame: MotivationProfile = {
  id: 'blame',
  name: 'Blame avoidance',
  summary: 'They want protection: if something goes wrong, it must not land on them.',
  signals: signalList('blame', [
    ['got-burned', 'phrase', 0.8, 'Mentions being held responsible for a past failure'],
    ['cover-myself', 'phrase', 0.9, 'Wants a paper trail or cover if things go wrong'],
    ['my-neck', 'phrase', 0.8, 'Says it will be their head or their neck on the line'],
    ['who-is-accountable', 'phrase', 0.7, 'Asks who is accountable if it fails'],
    ['wants-sign-off-shared', 'behaviour', 0.7, 'Wants others to sign off so the decision is shared'],
    ['defers-decision', 'behaviour', 0.5, 'Pushes the decision to a committee or superior'],
    ['asks-guarantees', 'phrase', 0.6, 'Asks for guarantees, SLAs or penalties in writing'],
  ]),
  questions: questionList('blame', [
    ['who-answers', 'If this did not go to plan, who would have to answer for it?'],
    ['last-time', 'What happened to the people involved the last time a project like this slipped?'],
    ['protect', 'What would make you comfortable putting your name on this?'],
    ['shared-decision', 'Who else should share this decision with you?'],
  ]),
  needs: [
    'Shared accountability: clear written responsibilities on both sides',
    'A documented decision others have signed',
    'Guarantees and a vendor who owns problems openly',
  ],
  avoid: [
    'Asking them to champion it alone in public',
    'Vague commitments that leave them exposed',
    'Surprises that they have to explain upward',
  ],
  path: {
    name: 'Shared accountability path',
    description:
      'Spread the decision across the right people, put responsibilities in writing, and own our part visibly.',
  },
  proofTypes: [
    'Service levels and responsibility matrices',
    'References that describe how we handled a problem',
    'A signed-off decision record',
  ],
  onboarding: [
    'Agree a written responsibility split before kickoff',
    'Keep a visible log of decisions and sign-offs',
    'Flag risks early, in writing, to everyone involved',
  ],
  successMetric: 'No surprises: commitments met, issues raised early, nothing landing on them.',
  handoff: [
    'Keep the responsibility split handy and honour it',
    'Never let an issue reach their boss before it reaches them',
  ],
};

import type { MotivationProfile } from '../types';
import { questionList, signalList } from '../signal-list';

/** Permission: the buyer may already believe, but cannot move without others agreeing. */
export const permission: MotivationProfile = {
  id: 'permission',
  name: 'Permission',
  summary:
    'They are convinced but cannot move alone; they need to bring a boss, board, finance or procurement along.',
  signals: signalList('permission', [
    ['needs-to-convince', 'phrase', 0.9, 'Says they need to convince or get buy-in from someone else'],
    ['run-it-past', 'phrase', 0.8, 'Needs to run it past a boss, board, finance or procurement'],
    ['asks-for-material', 'phrase', 0.8, 'Asks for slides, a one-pager or a business case to share'],
    ['budget-approval-cycle', 'phrase', 0.7, 'Mentions an approval process, committee or budget cycle'],
    ['not-my-call', 'phrase', 0.8, 'Says the final decision is not theirs'],
    ['forwards-internally', 'behaviour', 0.6, 'Forwards your emails or invites colleagues to the next call'],
    ['asks-what-others-ask', 'behaviour', 0.6, 'Asks what objections others in their company will raise'],
    ['delays-for-meeting', 'behaviour', 0.5, 'Delays until an internal meeting or committee date'],
  ]),
  questions: questionList('permission', [
    ['who-convince', 'Who else needs to be comfortable before this can go ahead?'],
    ['their-questions', 'What will they ask you that you would want an answer ready for?'],
    ['approval-steps', 'What does approval look like here, step by step, and when does it meet?'],
    ['what-to-carry', 'What would help you make the case: a one-pager, numbers, a call with us?'],
    ['past-approvals', 'How did the last purchase like this get approved?'],
  ]),
  needs: [
    'Ready-made material they can take into the room: business case, one-pager, FAQ',
    'Answers to the objections of each person they must convince',
    'A timeline built around the internal approval calendar',
  ],
  avoid: [
    'Treating the champion as the decision-maker',
    'Pressure to sign before the internal process has run',
    'Material written for us rather than for their audience',
  ],
  path: {
    name: 'Internal tools path',
    description: 'Equip the champion with language, proof and artefacts, and map the approvers together.',
  },
  proofTypes: [
    'A business case template with their numbers',
    'A one-page summary for the approver',
    'References the approver will respect',
  ],
  onboarding: [
    'Keep the approvers informed with a short progress note',
    'Give the champion early wins to report upward',
    'Confirm who signs off each phase',
  ],
  successMetric: 'The outcome the approver signed off on, reported back in the approver’s terms.',
  handoff: [
    'Record who approved, what they were promised and what they worried about',
    'Keep the champion looking good: they spent political capital',
    'Plan a report for the approvers at the first milestone',
  ],
};

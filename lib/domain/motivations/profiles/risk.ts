import type { MotivationProfile } from '../types';
import { questionList, signalList } from '../signal-list';

/** Risk: the buyer is worried about mistakes, failure, compliance or fallout and needs safety. */
export const risk: MotivationProfile = {
  id: 'risk',
  name: 'Risk',
  summary: 'They are afraid of what could go wrong and need proof, reassurance and a safe way forward.',
  signals: signalList('risk', [
    ['compliance-pressure', 'phrase', 0.9, 'Mentions audits, regulators, compliance or certifications'],
    ['security-questions', 'phrase', 0.8, 'Raises data security, privacy or breach concerns'],
    ['past-failure', 'phrase', 0.8, 'Recalls a past implementation or vendor that went badly'],
    ['what-if-fails', 'phrase', 0.8, 'Asks what happens if the rollout or vendor fails'],
    ['exit-terms', 'phrase', 0.6, 'Asks about contract exit, data export or lock-in'],
    ['sends-questionnaire', 'behaviour', 0.7, 'Sends a security questionnaire or involves legal early'],
    ['asks-for-pilot', 'behaviour', 0.6, 'Wants a limited pilot before any wider commitment'],
    ['slow-careful-pace', 'behaviour', 0.5, 'Adds review steps and slows the timeline to check things'],
  ]),
  questions: questionList('risk', [
    ['worst-case', 'What is the worst thing that could happen if this went wrong?'],
    ['past-lessons', 'What happened the last time you changed a system like this?'],
    ['review-steps', 'Which reviews does a purchase like this go through: security, legal, compliance?'],
    ['safe-enough', 'What would you need to see to feel the risk is under control?'],
    ['exit-plan', 'What would a safe way out look like if it did not work?'],
  ]),
  needs: [
    'Evidence, not adjectives: certifications, controls, references',
    'A staged rollout with checkpoints and a way back',
    'Straight answers on data handling, exit and liability',
    'A named owner for the implementation risk on our side',
  ],
  avoid: [
    'Breezy confidence and a handful of nice screenshots',
    'Brushing off a concern as "never happens"',
    'Pushing for a fast close before reviews are done',
  ],
  path: {
    name: 'Safer path',
    description:
      'Answer the reviews early, propose a staged pilot with exit criteria, and show how failure is contained.',
  },
  proofTypes: [
    'Security and compliance documentation',
    'References from customers in regulated or similar settings',
    'A staged implementation plan with rollback points',
  ],
  onboarding: [
    'Start with a contained pilot and written success criteria',
    'Document controls and sign-offs at each stage',
    'Review risks openly at every checkpoint',
  ],
  successMetric: 'Incidents, audit findings or errors avoided, and a rollout with no unpleasant surprises.',
  handoff: [
    'List every concern raised in review and the answer given',
    'Keep commitments on data and security precisely as written',
    'Escalate early: silence about a problem destroys this buyer’s trust',
  ],
};

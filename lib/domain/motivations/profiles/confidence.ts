import type { MotivationProfile } from '../types';
import { questionList, signalList } from '../signal-list';

/** Confidence: the buyer needs the decision to feel sound, defensible and unlikely to backfire. */
export const confidence: MotivationProfile = {
  id: 'confidence',
  name: 'Confidence',
  summary: 'They want to be sure the decision is sound and will hold up if anyone questions it later.',
  signals: signalList('confidence', [
    ['wants-certainty', 'phrase', 0.8, 'Says they need to be sure or want to get it right'],
    ['asks-who-else', 'phrase', 0.8, 'Asks who else like them uses it and how it went'],
    ['comparing-options', 'phrase', 0.6, 'Mentions comparing vendors or doing due diligence'],
    ['defensible-choice', 'phrase', 0.8, 'Wants a choice they can defend or justify'],
    ['second-guessing', 'phrase', 0.7, 'Voices doubt or asks for time to think it over'],
    ['asks-references', 'behaviour', 0.7, 'Asks to speak with reference customers'],
    ['rechecks-details', 'behaviour', 0.5, 'Returns to the same questions to double-check answers'],
  ]),
  questions: questionList('confidence', [
    ['what-sure', 'What would you need to see to feel sure this is the right call?'],
    ['who-question', 'Who might question the decision later, and what would they ask?'],
    ['compare', 'What else are you comparing us with, and on what?'],
    ['references', 'Which kind of customer would you most want to hear from?'],
  ]),
  needs: [
    'Independent proof: references, reviews, analyst or peer validation',
    'A clear comparison on the criteria they care about',
    'Time and space to check, without pressure',
  ],
  avoid: [
    'Overselling or promising what they cannot verify',
    'Deadline pressure that makes the decision feel rushed',
    'Dodging a direct question about weaknesses',
  ],
  path: {
    name: 'Stronger proof path',
    description: 'Offer references and evidence they can check, and document why the choice is sound.',
  },
  proofTypes: [
    'Reference calls with peers',
    'Third-party reviews and analyst notes',
    'A written decision record comparing options',
  ],
  onboarding: [
    'Share progress evidence early and often',
    'Check in after the first milestone to confirm it is going as promised',
  ],
  successMetric: 'The decision looks right six months on: outcomes match the case that was made.',
  handoff: [
    'Keep every promise visible; this buyer remembers them',
    'Send evidence of progress without being asked',
  ],
};

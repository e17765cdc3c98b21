import type { MotivationProfile } from '../types';
import { questionList, signalList } from '../signal-list';

/** Simplicity: the buyer is already stretched and refuses anything that adds work. */
export const simplicity: MotivationProfile = {
  id: 'simplicity',
  name: 'Simplicity',
  summary: 'They are busy and want something that removes work rather than creating another job.',
  signals: signalList('simplicity', [
    ['no-more-tools', 'phrase', 0.9, 'Says they do not want yet another tool or login'],
    ['too-complicated', 'phrase', 0.8, 'Complains the current setup is too complicated or clunky'],
    ['no-time-to-learn', 'phrase', 0.8, 'Says the team has no time for training or setup'],
    ['easy-to-use', 'phrase', 0.7, 'Asks whether it is easy, intuitive or works out of the box'],
    ['fewer-steps', 'phrase', 0.6, 'Wants fewer clicks, steps or screens'],
    ['glazes-at-features', 'behaviour', 0.6, 'Loses interest when the demo turns to advanced features'],
    ['asks-setup-effort', 'behaviour', 0.7, 'Asks how much effort setup will take from their side'],
  ]),
  questions: questionList('simplicity', [
    ['extra-work', 'What would make this feel like more work rather than less?'],
    ['current-steps', 'How many tools or steps does the job take today?'],
    ['setup-time', 'How much time could your team realistically give to setting this up?'],
    ['good-enough', 'What is the simplest version that would already help?'],
  ]),
  needs: [
    'A setup that mostly happens without them',
    'Sensible defaults instead of options',
    'Fewer steps than today, visibly',
  ],
  avoid: [
    'Feature tours and configuration menus',
    'Long training plans or certification paths',
    'Jargon and a story about transformation',
  ],
  path: {
    name: 'Simpler path',
    description:
      'Show the shortest daily flow, do the setup for them, and switch off anything they do not need.',
  },
  proofTypes: [
    'A two-minute demo of the everyday flow',
    'Setup time and effort figures from similar customers',
    'Quotes from users about how little they had to learn',
  ],
  onboarding: [
    'Done-for-you setup with defaults',
    'One short session, then help on demand',
    'Hide advanced features until asked',
  ],
  successMetric: 'Steps, tools or minutes removed from the daily job, and how little training it took.',
  handoff: [
    'Tell onboarding to keep it light: no long sessions or homework',
    'Note which features to keep hidden at first',
    'Watch for drop-off; confusion shows up as silence',
  ],
};

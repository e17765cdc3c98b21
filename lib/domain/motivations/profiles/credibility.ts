import type { MotivationProfile } from '../types';
import { questionList, signalList } from '../signal-list';

/** Credibility: the buyer wants to be seen as the person who fixed the problem. */
export const credibility: MotivationProfile = {
  id: 'credibility',
  name: 'Credibility',
  summary: 'They want to be known as the person who fixed it, and the project is part of their story.',
  signals: signalList('credibility', [
    ['new-in-role', 'phrase', 0.7, 'Is new in role and wants an early, visible win'],
    ['present-to-leadership', 'phrase', 0.8, 'Will present the results to leadership or the board'],
    ['my-initiative', 'phrase', 0.8, 'Describes the project as their initiative or idea'],
    ['wants-recognition', 'phrase', 0.8, 'Wants to show what they achieved or be seen to deliver'],
    ['career-stakes', 'phrase', 0.6, 'Links the project to their review, promotion or reputation'],
    ['asks-for-results-story', 'behaviour', 0.6, 'Asks for material to showcase results'],
    ['owns-the-narrative', 'behaviour', 0.5, 'Wants to be the one who announces it internally'],
  ]),
  questions: questionList('credibility', [
    ['what-win', 'What would a win here look like for you personally?'],
    ['who-see', 'Who will see the results, and when will you show them?'],
    ['story', 'How will you tell the story of this project internally?'],
    ['first-result', 'Which early result would you most want to share?'],
  ]),
  needs: [
    'A visible early win they can present',
    'Results packaged in a form they can share',
    'To be the face of the change, with us in the background',
  ],
  avoid: [
    'Going over their head to their boss without them',
    'Taking credit for the outcome in front of their leadership',
    'Wins that nobody above them can see',
  ],
  path: {
    name: 'Make-them-the-hero path',
    description: 'Plan a visible win, give them the results story, and let them present it.',
  },
  proofTypes: [
    'Results summaries they can present',
    'Stories of peers who earned recognition with the project',
    'Quick-win metrics with a clear before and after',
  ],
  onboarding: [
    'Pick a first win that is visible to their leadership',
    'Prepare a results pack before their next review meeting',
  ],
  successMetric: 'A result they could present upward, on their timeline, credited to them.',
  handoff: [
    'Name the date they will present and what they will show',
    'Always involve them before contacting their leadership',
  ],
};

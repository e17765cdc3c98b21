import type { MotivationProfile } from '../types';
import { questionList, signalList } from '../signal-list';

/** Relief: a painful, present problem the buyer wants gone this quarter, not someday. */
export const relief: MotivationProfile = {
  id: 'relief',
  name: 'Relief',
  summary: 'They are hurting now and want the pain gone quickly, with as little ceremony as possible.',
  signals: signalList('relief', [
    ['drowning-in-manual-work', 'phrase', 0.9, 'Says the team is buried in manual, repetitive work'],
    ['hours-lost', 'phrase', 0.8, 'Counts the hours or days the problem eats every week'],
    ['firefighting', 'phrase', 0.8, 'Describes constant firefighting, chasing or catching up'],
    ['cannot-keep-going', 'phrase', 0.9, 'Says the current way cannot go on much longer'],
    ['asks-how-fast-live', 'phrase', 0.7, 'Asks how quickly they could be up and running'],
    ['skips-the-overview', 'behaviour', 0.6, 'Cuts the pitch short and steers to their problem'],
    ['single-pain-focus', 'behaviour', 0.5, 'Keeps returning to one specific, named pain'],
    ['wants-to-start-now', 'behaviour', 0.7, 'Asks for a start date or trial before pricing is settled'],
  ]),
  questions: questionList('relief', [
    ['where-it-hurts', 'Where does this hurt most in a normal week, and who feels it first?'],
    ['cost-of-waiting', 'What happens if nothing changes for another three months?'],
    ['time-lost', 'Roughly how many hours a week go into working around it today?'],
    ['first-win', 'If one thing were gone by the end of the month, what would you pick?'],
    ['who-decides-fast', 'Who needs to say yes for you to start next week?'],
  ]),
  needs: [
    'The shortest believable path from signature to the pain being gone',
    'A first result inside days, shown on their own data',
    'One named person to call when something is in the way',
    'A plan with few steps and no homework they do not have time for',
  ],
  avoid: [
    'A forty-minute strategy deck before touching their problem',
    'Long discovery workshops that delay any visible result',
    'Upselling modules they did not ask for on the first call',
    'A rollout plan measured in quarters',
  ],
  path: {
    name: 'Fast path',
    description: 'Go straight at the named pain: short demo on it, quick start, first win within days.',
  },
  proofTypes: [
    'Before/after time saved for a team like theirs',
    'A live walkthrough of their exact workflow',
    'Time-to-first-value figures from recent customers',
  ],
  onboarding: [
    'Start with the one workflow that hurts most; defer everything else',
    'Aim for a visible win in the first week and say so',
    'Keep setup sessions short and hands-on',
  ],
  successMetric: 'Hours of manual work removed per week, and how soon the first saving arrived.',
  handoff: [
    'Tell onboarding which single pain closed the deal and the date they expect it gone',
    'Warn that patience is short: a slow first week reads as a broken promise',
    'Record the baseline hours so customer success can show the saving later',
  ],
};

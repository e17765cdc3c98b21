import type { MotivationProfile } from '../types';
import { questionList, signalList } from '../signal-list';

/** Control: the buyer is managing complexity and wants to see and steer what is happening. */
export const control: MotivationProfile = {
  id: 'control',
  name: 'Control',
  summary: 'They run something complicated and want visibility, ownership and the ability to steer it.',
  signals: signalList('control', [
    ['no-visibility', 'phrase', 0.9, 'Says they cannot see what is happening across teams or sites'],
    ['who-owns-what', 'phrase', 0.8, 'Asks who owns which task and how that is tracked'],
    ['wants-dashboards', 'phrase', 0.7, 'Asks for reporting, dashboards or a single view'],
    ['surprises-late', 'phrase', 0.8, 'Complains about finding out about problems too late'],
    [
      'scattered-information',
      'phrase',
      0.7,
      'Describes information scattered across sheets, inboxes and people',
    ],
    ['asks-permissions-audit', 'behaviour', 0.6, 'Digs into roles, permissions and audit history'],
    [
      'asks-for-reporting-demo',
      'behaviour',
      0.6,
      'Asks to see the admin and reporting side before the user side',
    ],
    ['maps-org-structure', 'behaviour', 0.5, 'Walks you through their org chart and approval lines'],
  ]),
  questions: questionList('control', [
    ['what-cant-see', 'What do you wish you could see today that you cannot?'],
    ['how-find-out', 'How do you find out when something goes off track, and how late is that?'],
    ['owner-map', 'Who owns each part of this process today, on paper and in practice?'],
    ['report-upward', 'What do you have to report upward, and how long does it take to assemble?'],
    ['decide-differently', 'If you had that view every Monday, what would you decide differently?'],
  ]),
  needs: [
    'One place where status, owners and exceptions are visible',
    'Reporting that answers the questions their own boss asks',
    'Clear roles, permissions and an audit trail',
    'Confidence that the tool fits their structure rather than bending it',
  ],
  avoid: [
    'Leading with end-user delight while skipping the oversight view',
    'Vague answers about permissions or data ownership',
    'Hiding configuration limits until after signature',
  ],
  path: {
    name: 'Clearer path',
    description:
      'Show the management view first, map their structure into it, and agree what they will see weekly.',
  },
  proofTypes: [
    'A dashboard built on a sample of their own structure',
    'Reporting and audit-trail examples',
    'A reference from an operations leader running multiple teams or sites',
  ],
  onboarding: [
    'Configure roles, owners and reporting before inviting users',
    'Agree the weekly view and who receives it',
    'Review exceptions together in the first month',
  ],
  successMetric: 'Time to know the true status of any team, and problems caught before they escalate.',
  handoff: [
    'Share the exact reports and views they were promised',
    'Note the org structure and approval lines they described',
    'Expect detailed admin questions; route them to someone senior',
  ],
};

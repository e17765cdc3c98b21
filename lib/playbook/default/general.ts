/** General advice: useful whatever the motivation, shown when the diagnosis is still thin. */
import { entryKit } from './entry-kit';

const k = entryKit('general');

export const GENERAL_ENTRIES = [
  k.ask(
    'why-now',
    'Why now',
    'What happened that made this worth a conversation now rather than last year?',
    { stages: ['discovery'], also: { relief: 0.3, growth: 0.3 } },
  ),
  k.ask(
    'what-good-looks-like',
    'What good looks like',
    'A year from now, how will you know this was worth doing?',
    { stages: ['discovery', 'qualification'] },
  ),
  k.ask(
    'who-else-involved',
    'Who else is involved',
    'Who else will have a view on this, and who will have the final say?',
    { stages: ['discovery', 'qualification'], also: { permission: 0.3 } },
  ),
  k.ask(
    'how-they-describe-it',
    'In their own words',
    'How would you describe this problem to a new colleague on their first day?',
    { stages: ['discovery'], channels: ['call'] },
  ),
  k.ask(
    'what-could-stall',
    'What could stall it',
    'Even if everyone likes this, what could stop it happening this quarter?',
    { stages: ['qualification', 'evaluation'], also: { risk: 0.2 } },
  ),
  k.ask(
    'tried-before',
    'What they tried before',
    'What have you tried already, and what did you learn from it?',
    { stages: ['discovery'] },
  ),
  k.say(
    'what-i-heard',
    'Play back what you heard',
    'Let me check I have this right: the problem is…, it matters because…, and the people who need to agree are… What did I miss?',
    { stages: ['discovery', 'qualification'], channels: ['call'] },
  ),
  k.emailSnippet(
    'discovery-followup',
    'Discovery follow-up',
    'Thanks for the conversation today, {person}. The problem, in your words: {pain_quote}. The goal: {goal}. Could you correct anything I got wrong before we meet again?',
    { stages: ['discovery', 'qualification'], channels: ['email'] },
  ),
  k.nextStep(
    'mutual-plan',
    'A mutual plan',
    'Draft a short mutual plan: the steps to a decision, who owns each, and the dates, and share it for edits.',
    { stages: ['qualification', 'evaluation', 'proposal'], motions: ['sales-assisted', 'high-touch'] },
  ),
  k.nextStep(
    'prep-call-goal',
    'Set the goal for the next call',
    'Before the call, write the one thing you need to learn and the one thing you want them to agree to.',
    { stages: ['discovery', 'qualification', 'evaluation', 'proposal'], channels: ['prep'] },
  ),
  k.avoid(
    'talking-too-much',
    'Do not out-talk them',
    'If you have spoken for more than half the call, stop and ask a question. The diagnosis comes from their words, not yours.',
    { stages: ['discovery', 'qualification'], channels: ['call'] },
  ),
  k.avoid(
    'same-demo-for-all',
    'No standard demo',
    'Do not run the same demo for every buyer. Show the two things tied to why they are moving, and leave the rest.',
    { stages: ['evaluation'] },
  ),
  k.show(
    'relevant-case',
    'A case from their world',
    'Share the customer story closest to their industry, size and motivation, and say why you picked it.',
    { type: 'case-study', label: 'The case study closest to the prospect’s industry and size' },
    { stages: ['evaluation', 'proposal'] },
  ),
  k.objection(
    'send-me-info',
    '"Just send me some information"',
    'Agree, then ask what they will use it for and who else will read it, so what you send answers the real question.',
    { stages: ['discovery', 'qualification'], channels: ['call'] },
  ),
  k.objection(
    'price-too-high',
    '"The price is too high"',
    'Ask: too high compared with what? The budget, another option, or the value they expect? Each needs a different answer.',
    { stages: ['proposal'], also: { growth: 0.2, relief: 0.2 } },
  ),
  k.objection(
    'no-budget',
    '"There is no budget this year"',
    'Ask whether the problem will wait a year, and what it costs meanwhile; find out when budgets are set and who sets them.',
    { stages: ['qualification', 'proposal'], roles: ['economic-buyer', 'finance-approver'] },
  ),
  k.emailSnippet(
    'proposal-cover',
    'Proposal cover note',
    'Attached is the proposal. Page one restates your goal in your words; the rest explains how we get there and what it costs. I have kept a slot on Thursday to go through questions.',
    { stages: ['proposal'], channels: ['email'] },
  ),
  k.handoff(
    'handoff-basics',
    'Hand-off basics',
    'Write down why they bought, who is who (signer, champion, users, sceptics), what was promised and by when, and the success metric in their words.',
    { stages: ['onboarding'], channels: ['prep'] },
  ),
  k.say(
    'kickoff-why',
    'Kick-off: restate why',
    'Before the plan, let us restate why you bought this and how we will know it worked; everything today hangs off that.',
    { stages: ['onboarding'], channels: ['call'] },
  ),
  k.ask('adoption-check', 'Adoption check', 'Who is using this every day, and who has gone quiet lately?', {
    stages: ['adoption'],
    roles: ['champion', 'daily-user'],
  }),
  k.emailSnippet(
    'adoption-checkin',
    'Adoption check-in',
    'You have been live since {date}. What is working, what is not, and who should I talk to about the part that is not?',
    { stages: ['adoption'], channels: ['email'] },
  ),
  k.nextStep(
    'renewal-early',
    'Start renewal early',
    'Open the renewal conversation at least 90 days out with a review of the promised success metric, not a quote.',
    { stages: ['renewal'], channels: ['prep'] },
  ),
  k.ask(
    'renewal-what-changed',
    'What changed this year',
    'What has changed in your business this year, and who is new around this decision?',
    { stages: ['renewal'], channels: ['call'] },
  ),
  k.ask(
    'expansion-who-else',
    'Who else has the problem',
    'Which other teams deal with the same problem you had before?',
    { stages: ['expansion'], channels: ['call'] },
  ),
  k.emailSnippet(
    'expansion-intro',
    'Expansion introduction',
    'Would it help if I shared what your team achieved with the other teams who have the same problem? I will keep it short and let your results speak.',
    { stages: ['expansion'], channels: ['email'] },
  ),
];

/** Control: complexity they need to see and steer. Visibility, ownership, reporting, fewer surprises. */
import { entryKit } from './entry-kit';

const k = entryKit('control');

export const CONTROL_ENTRIES = [
  k.ask(
    'what-you-cannot-see',
    'What you cannot see today',
    'What do you find out too late today, and how do you usually find out?',
    { stages: ['discovery'], channels: ['call'] },
  ),
  k.ask(
    'who-owns-what',
    'Who owns what',
    'When something slips, how long does it take to work out who owns it?',
    { stages: ['discovery', 'qualification'], channels: ['call', 'email'] },
  ),
  k.ask(
    'report-they-want',
    'The report they wish they had',
    'If you had one page every Monday that told you everything you need, what would be on it?',
    { stages: ['qualification'], channels: ['call'], roles: ['economic-buyer', 'senior-sponsor'] },
  ),
  k.emailSnippet(
    'visibility-recap',
    'Recap: what they cannot see',
    'Thanks for today, {person}. In your words: {pain_quote}. When we next speak I would like to show you that picture in one view, built on your own structure.',
    { stages: ['discovery', 'qualification'], channels: ['email'] },
  ),
  k.say(
    'one-view',
    'One view, clear owners',
    'The point is not more data. It is one place where you can see what is happening, who owns it and what is at risk, without asking anyone.',
    { stages: ['discovery', 'qualification', 'evaluation'], channels: ['call'] },
  ),
  k.avoid(
    'feature-parade',
    'Not a feature parade',
    'Do not walk through features one by one. Show the view they will run the business from, and how each number traces back to its owner.',
    { stages: ['discovery', 'qualification', 'evaluation', 'proposal'] },
  ),
  k.show(
    'live-dashboard',
    'Their structure, live',
    'Demo a dashboard built on their own teams, sites or regions, then click from a red number down to the person and the item behind it.',
    { type: 'dashboard-demo', label: 'A demo workspace configured with the prospect’s own structure' },
    { stages: ['evaluation'], channels: ['call'] },
  ),
  k.show(
    'audit-trail',
    'Every change has a name',
    'Show the history of one item: who changed what and when, and how an exception is raised before it becomes a surprise.',
    { type: 'audit-trail-demo', label: 'A short walkthrough of change history and alerts' },
    {
      stages: ['evaluation', 'proposal'],
      channels: ['call', 'email'],
      roles: ['technical-reviewer', 'economic-buyer'],
    },
  ),
  k.say(
    'permissions-model',
    'They decide who sees what',
    'Roles and permissions follow your organisation chart, so each manager sees their part and you see all of it.',
    { stages: ['evaluation'], channels: ['call'], roles: ['technical-reviewer', 'senior-sponsor'] },
  ),
  k.nextStep(
    'define-metrics',
    'Agree the control metrics',
    'Before the proposal, agree the three numbers they want to steer by and who owns each; build the pilot around them.',
    { stages: ['qualification', 'evaluation'], channels: ['prep'] },
  ),
  k.objection(
    'we-have-reports',
    '"We already have reports"',
    'Ask how old the numbers are when they arrive and how long it takes to find the owner of a problem. Control is about acting early, not reading history.',
    { stages: ['proposal', 'evaluation'], channels: ['call', 'prep'] },
  ),
  k.emailSnippet(
    'proposal-governance',
    'Proposal: governance first',
    'Attached is the proposal. Page one shows the view you will get on day 30, the owners for each number and how exceptions reach you. Pricing and terms follow.',
    { stages: ['proposal'], channels: ['email'] },
  ),
  k.nextStep(
    'rollout-plan-review',
    'Walk through the rollout plan',
    'Offer a 30-minute review of the rollout plan with named owners and milestones; control buyers sign what they can steer.',
    { stages: ['proposal'], channels: ['call', 'email'], motions: ['sales-assisted', 'high-touch'] },
  ),
  k.say(
    'you-stay-in-charge',
    'They stay in charge of rollout',
    'You will see the rollout the same way you will see the business: a plan, owners, and progress you can check any day.',
    { stages: ['proposal'], channels: ['call'], roles: ['economic-buyer', 'senior-sponsor'] },
  ),
  k.handoff(
    'reporting-first',
    'Hand-off: reporting first',
    'Onboarding must deliver the agreed management view first. Note the three numbers they steer by, the owners, and the reporting rhythm promised.',
    { stages: ['onboarding'], channels: ['prep'] },
  ),
  k.say(
    'kickoff-owners',
    'Kick-off: name the owners',
    'Before we configure anything, let us name who owns each area, because your dashboard is only as good as its owners.',
    { stages: ['onboarding'], channels: ['call'] },
  ),
  k.emailSnippet(
    'rollout-status',
    'Weekly rollout status',
    'This week’s rollout status: done, in progress, at risk, each with an owner. Nothing here should surprise you; if it does, tell me and we will fix how it is reported.',
    { stages: ['onboarding', 'adoption'], channels: ['email'] },
  ),
  k.show(
    'exceptions-caught',
    'Surprises caught early',
    'Show the exceptions the system raised in a recent month and how many were handled before anyone senior had to step in.',
    { type: 'usage-report', label: 'An exceptions report: raised, owner, time to resolve' },
    { stages: ['adoption', 'renewal'], channels: ['call', 'email'] },
  ),
  k.ask(
    'decisions-made',
    'Decisions it changed',
    'Which decision did you make faster or differently this quarter because you could see it?',
    { stages: ['adoption', 'renewal'], channels: ['call'] },
  ),
  k.nextStep(
    'management-review',
    'Set a management review rhythm',
    'Put a monthly 30-minute review of their dashboard in the diary with the sponsor; it keeps the view in use.',
    { stages: ['adoption'], channels: ['prep'] },
  ),
  k.say(
    'renewal-control',
    'What control looks like now',
    'Where you started: {pain_quote}. Where you are now: {result}. That is what renewal protects.',
    { stages: ['renewal'], channels: ['call'] },
  ),
  k.emailSnippet(
    'renewal-summary',
    'Renewal: the year in one view',
    'Ahead of renewal, here is your year in one page: exceptions caught, time to resolve, and the areas now running to plan. I suggest we use it to set next year’s targets.',
    { stages: ['renewal'], channels: ['email'] },
  ),
  k.ask(
    'next-blind-spot',
    'The next blind spot',
    'Where are you still flying blind: a team, a region, a process we have not connected yet?',
    { stages: ['renewal', 'expansion'], channels: ['call', 'prep'] },
  ),
  k.objection(
    'renewal-usage-low',
    '"Not everyone logs in"',
    'Control does not need everyone in the product; it needs the owners of the numbers. Show that those owners are active and the view is current.',
    { stages: ['renewal'], channels: ['call'] },
  ),
  k.say(
    'expand-coverage',
    'Extend the view',
    'The areas you connected are under control. The ones you have not are where the next surprise will come from.',
    { stages: ['expansion'], channels: ['call'], roles: ['senior-sponsor', 'economic-buyer'] },
  ),
  k.emailSnippet(
    'expand-coverage',
    'Offer to connect the next area',
    'What you can see today: {result}. Would it help to see what connecting the rest would take, with a plan and owners for each part?',
    { stages: ['expansion'], channels: ['email'] },
  ),
  k.avoid(
    'vague-status',
    'No vague status updates',
    'Never report "going well" without numbers and owners; a control buyer reads vagueness as loss of control.',
    { stages: ['onboarding', 'adoption', 'renewal', 'expansion'] },
  ),
  k.nextStep(
    'expansion-map',
    'Map the unconnected areas',
    'List the teams or sites still outside the view, with an owner for each, and propose the order to connect them.',
    { stages: ['expansion'], channels: ['prep'] },
  ),
];

/** Growth: scale, opportunity and momentum. Show upside, capacity and the revenue path. */
import { entryKit } from './entry-kit';

const k = entryKit('growth');

export const GROWTH_ENTRIES = [
  k.ask(
    'growth-target',
    'The growth target',
    'What growth are you signed up for this year, and what is the part you are not sure how to hit?',
    { stages: ['discovery'], channels: ['call'] },
  ),
  k.ask(
    'what-breaks-at-2x',
    'What breaks at twice the size',
    'If volume doubled tomorrow, what would break first?',
    { stages: ['discovery', 'qualification'], channels: ['call', 'email'] },
  ),
  k.ask(
    'missed-opportunity',
    'Opportunities missed',
    'Which deals, customers or markets did you leave on the table last year because you could not move fast enough?',
    { stages: ['qualification'], channels: ['call'], roles: ['economic-buyer', 'senior-sponsor'] },
  ),
  k.emailSnippet(
    'upside-recap',
    'Recap: the upside',
    'Thanks for today, {person}. The goal as you put it: {goal}. When we next speak I will show where similar teams found that capacity.',
    { stages: ['discovery', 'qualification'], channels: ['email'] },
  ),
  k.say(
    'capacity-not-cost',
    'Capacity, not cost',
    'Think of this less as a tool to buy and more as capacity to grow into: the same team handling the volume you are planning for.',
    { stages: ['discovery', 'qualification', 'evaluation'], channels: ['call'] },
  ),
  k.avoid(
    'cost-cutting-frame',
    'Do not frame it as cost-cutting',
    'Do not lead with savings or headcount reduction; a growth buyer hears "smaller" and switches off. Lead with what they can do more of.',
    { stages: ['discovery', 'qualification', 'evaluation', 'proposal'] },
  ),
  k.show(
    'growth-case',
    'A customer who scaled with it',
    'Share a story of a customer who grew volume or revenue with the same team, with the before and after numbers.',
    { type: 'case-study', label: 'Your own growth case study with volume or revenue figures' },
    { stages: ['evaluation'], channels: ['call', 'email'] },
  ),
  k.show(
    'upside-model',
    'The upside model',
    'Build a simple model with their numbers: extra volume handled, revenue it unlocks, and when it pays back.',
    { type: 'roi-model', label: 'An ROI or upside calculator filled with the prospect’s own inputs' },
    {
      stages: ['evaluation', 'proposal'],
      channels: ['call', 'email'],
      roles: ['economic-buyer', 'finance-approver'],
    },
  ),
  k.say(
    'scale-story',
    'It grows with them',
    'Pricing and set-up are built to grow with you: start with the team that feels the bottleneck and add as volume arrives.',
    { stages: ['evaluation'], channels: ['call'], motions: ['sales-assisted', 'high-touch'] },
  ),
  k.nextStep(
    'growth-metric',
    'Agree the growth metric',
    'Agree the one growth number the pilot must move (volume per person, time to launch, conversion) and its baseline.',
    { stages: ['qualification', 'evaluation'], channels: ['prep'] },
  ),
  k.objection(
    'too-expensive-growth',
    '"It is expensive for where we are"',
    'Move the conversation from price to payback: what is one extra customer, launch or deal worth, and how many does it take to cover the cost?',
    { stages: ['proposal'], channels: ['call', 'prep'], roles: ['finance-approver', 'economic-buyer'] },
  ),
  k.emailSnippet(
    'proposal-upside',
    'Proposal: the upside first',
    'The proposal opens with the upside we modelled together: the extra volume, what it is worth, and the month it pays back. The commercial terms are on page three.',
    { stages: ['proposal'], channels: ['email'] },
  ),
  k.nextStep(
    'start-before-peak',
    'Start before the peak',
    'Tie the start date to their next growth moment (launch, season, hiring wave) so the capacity is there when it is needed.',
    { stages: ['proposal'], channels: ['call', 'email'] },
  ),
  k.say(
    'momentum',
    'Keep the momentum',
    'Every month this waits is a month of growth handled the old way. Starting now puts you ready for the quarter you are planning.',
    { stages: ['proposal'], channels: ['call'] },
  ),
  k.handoff(
    'growth-baseline',
    'Hand-off: baseline the growth metric',
    'Onboarding must record the baseline of the agreed growth number in week one; without it, nobody can show the upside at renewal.',
    { stages: ['onboarding'], channels: ['prep'] },
  ),
  k.say(
    'kickoff-growth',
    'Kick-off on the growth goal',
    'We will set this up around your growth target, {metric}, so every step moves that number and we can show it moving.',
    { stages: ['onboarding'], channels: ['call'] },
  ),
  k.emailSnippet(
    'first-gain',
    'The first gain',
    'First numbers are in: {result}. Here is what drove it and what we will switch on next.',
    { stages: ['onboarding', 'adoption'], channels: ['email'] },
  ),
  k.show(
    'growth-dashboard',
    'Growth since go-live',
    'Show the growth metric against its baseline, month by month, with the features that moved it.',
    { type: 'usage-report', label: 'A baseline-versus-now chart of the agreed growth metric' },
    { stages: ['adoption', 'renewal'], channels: ['call', 'email'] },
  ),
  k.ask(
    'next-goal',
    'The next goal',
    'Now that volume is handled, what is the next growth goal on your plate?',
    { stages: ['adoption', 'expansion'], channels: ['call'] },
  ),
  k.nextStep(
    'quarterly-growth-review',
    'Quarterly growth review',
    'Book a quarterly review with the sponsor around the growth number, not product usage.',
    { stages: ['adoption'], channels: ['prep'] },
  ),
  k.say(
    'renewal-upside',
    'Renew the upside',
    'Against the goal you set, {metric}: {result}. Renewing keeps that capacity, and we can plan the next step up together.',
    { stages: ['renewal'], channels: ['call'] },
  ),
  k.emailSnippet(
    'renewal-growth',
    'Renewal: the growth it delivered',
    'Ahead of renewal on {renewal_date}: here is {metric} from the start until now, and a short plan for how next year’s target fits. Could we review it together on {date}?',
    { stages: ['renewal'], channels: ['email'] },
  ),
  k.ask(
    'renewal-targets',
    'Next year’s targets',
    'What is next year’s number, and what would need to be true for this to carry it?',
    { stages: ['renewal'], channels: ['call', 'prep'] },
  ),
  k.objection(
    'renewal-cut-budget',
    '"Budgets are being cut"',
    'Show what the capacity would cost to replace with people, and which growth target becomes harder without it.',
    { stages: ['renewal'], channels: ['call'], roles: ['finance-approver'] },
  ),
  k.say(
    'expand-new-market',
    'The next market',
    'The same approach can carry a new market when you are ready; let us size it the same way we sized this one.',
    { stages: ['expansion'], channels: ['call'], roles: ['senior-sponsor', 'economic-buyer'] },
  ),
  k.emailSnippet(
    'expand-growth',
    'Expansion: size the next step',
    'Your growth numbers made me think about the new region. Want me to run the same upside model for it before your planning session?',
    { stages: ['expansion'], channels: ['email'] },
  ),
  k.avoid(
    'usage-only-reviews',
    'No usage-only reviews',
    'Do not report logins and clicks to a growth buyer; report the growth number they bought for.',
    { stages: ['onboarding', 'adoption', 'renewal', 'expansion'] },
  ),
  k.nextStep(
    'expansion-model',
    'Model the next growth step',
    'Prepare an upside model for the next team or market, using this account’s real results as the baseline.',
    { stages: ['expansion'], channels: ['prep'] },
  ),
];

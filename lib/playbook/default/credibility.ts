/** Credibility: the buyer's own standing rides on this. Make them the hero of the fix, visibly. */
import { entryKit } from './entry-kit';

const k = entryKit('credibility');

export const CREDIBILITY_ENTRIES = [
  k.ask(
    'what-success-means-for-you',
    'What it means for them',
    'If this lands well, what does it mean for you personally: the team, your role, your next step?',
    { stages: ['discovery'], channels: ['call'], roles: ['champion'] },
  ),
  k.ask(
    'who-notices',
    'Who will notice',
    'Who in the business would notice first if this problem disappeared?',
    { stages: ['discovery', 'qualification'], channels: ['call', 'email'] },
  ),
  k.ask(
    'how-they-present',
    'How they will present it',
    'When you present this internally, what story do you want to be able to tell?',
    { stages: ['qualification', 'evaluation'], channels: ['call'], roles: ['champion'] },
  ),
  k.emailSnippet(
    'credibility-recap',
    'Recap: their initiative',
    'Thanks for today, {person}. The goal as you put it: {goal}, with a result your leadership can see by {date}. I will shape the next steps around that date.',
    { stages: ['discovery', 'qualification'], channels: ['email'] },
  ),
  k.say(
    'your-win',
    'It is their win',
    'The aim is that in six months this is known as the thing you fixed, not the tool we sold.',
    { stages: ['discovery', 'qualification', 'evaluation'], channels: ['call'], roles: ['champion'] },
  ),
  k.avoid(
    'steal-the-spotlight',
    'Do not take the credit',
    'Do not present results as your product’s achievement in front of their leadership; it takes the credit away from the person who needs it.',
    { stages: ['discovery', 'qualification', 'evaluation', 'proposal'] },
  ),
  k.show(
    'quick-visible-win',
    'A quick, visible win',
    'Show how another champion delivered a visible result within the first quarter and how it was presented.',
    { type: 'case-study', label: 'A case study told from the champion’s point of view' },
    { stages: ['evaluation'], channels: ['call', 'email'], roles: ['champion'] },
  ),
  k.show(
    'exec-ready-deck',
    'Slides for their leadership',
    'Give them a short deck in their own template showing the plan and expected result, ready for their leadership meeting.',
    { type: 'executive-deck', label: 'A short, editable leadership deck' },
    { stages: ['evaluation', 'proposal'], channels: ['email'], roles: ['champion', 'senior-sponsor'] },
  ),
  k.say(
    'early-milestone',
    'A milestone before their review',
    'Let us pick a milestone that lands before your next leadership review, so you have something real to show.',
    { stages: ['evaluation'], channels: ['call'], roles: ['champion'] },
  ),
  k.nextStep(
    'visible-metric',
    'Choose the visible metric',
    'Agree the metric their leadership already watches, and plan the pilot to move it.',
    { stages: ['qualification', 'evaluation'], channels: ['prep'] },
  ),
  k.objection(
    'what-if-it-flops',
    '"What if it flops and I backed it?"',
    'Acknowledge the exposure. Offer a pilot sized to succeed, clear early checks, and your team’s visible commitment alongside theirs.',
    { stages: ['proposal', 'evaluation'], channels: ['call', 'prep'], roles: ['champion'] },
  ),
  k.emailSnippet(
    'proposal-their-plan',
    'Proposal written as their plan',
    'The proposal is written as your plan: your goal, your timeline, your result. We appear as the help behind it. Edit freely before it goes up.',
    { stages: ['proposal'], channels: ['email'], roles: ['champion'] },
  ),
  k.nextStep(
    'launch-moment',
    'Plan the launch moment',
    'Agree a launch moment the champion can announce internally, with a first result ready to share.',
    { stages: ['proposal'], channels: ['call', 'email'] },
  ),
  k.say(
    'sponsor-visibility',
    'Visible to the sponsor',
    'We will keep your sponsor informed through you, so every update arrives with your name on it.',
    { stages: ['proposal'], channels: ['call'], roles: ['champion', 'senior-sponsor'] },
  ),
  k.handoff(
    'make-them-hero',
    'Hand-off: make them the hero',
    'Tell onboarding who staked their name on this and the date of their next leadership review; the first visible win must land before it.',
    { stages: ['onboarding'], channels: ['prep'] },
  ),
  k.say(
    'kickoff-champion-leads',
    'The champion leads the kick-off',
    'Suggest the champion opens the kick-off and sets the goal; the team should see this as their project.',
    { stages: ['onboarding'], channels: ['call'], roles: ['champion'] },
  ),
  k.emailSnippet(
    'win-to-share',
    'A win to share',
    'A result worth sharing: {result}. I have put it in two lines you can forward to your leadership.',
    { stages: ['onboarding', 'adoption'], channels: ['email'], roles: ['champion'] },
  ),
  k.show(
    'their-results-story',
    'Their story, written up',
    'Write up their results as their story, ready for an internal newsletter or leadership update.',
    { type: 'results-summary', label: 'A short results story credited to the customer’s champion' },
    { stages: ['adoption', 'renewal'], channels: ['call', 'email'], roles: ['champion'] },
  ),
  k.ask(
    'recognition',
    'Has it been noticed',
    'Has leadership noticed the change yet? What would help them notice more?',
    { stages: ['adoption', 'renewal'], channels: ['call'], roles: ['champion'] },
  ),
  k.nextStep(
    'speaking-slot',
    'Offer them a stage',
    'Offer a customer story, webinar or event slot where they present their results (if they want the visibility).',
    { stages: ['adoption'], channels: ['prep'] },
  ),
  k.say(
    'renewal-their-record',
    'Renewal: their record',
    'You have a year of results with your name on them. Renewing is the easy part; the next goal is where you build on it.',
    { stages: ['renewal'], channels: ['call'], roles: ['champion'] },
  ),
  k.emailSnippet(
    'renewal-credit',
    'Renewal: credit where it is due',
    'Ahead of renewal, I have summarised what your team achieved this year in a page you can share upward; it reads as your result, because it is.',
    { stages: ['renewal'], channels: ['email'] },
  ),
  k.ask('next-ambition', 'Their next ambition', 'What do you want to be known for fixing next year?', {
    stages: ['renewal', 'expansion'],
    channels: ['call', 'prep'],
    roles: ['champion'],
  }),
  k.objection(
    'champion-moving-on',
    '"I am moving to a new role"',
    'Congratulate them, ask who inherits the project, and offer to brief the successor with the results so their legacy holds.',
    { stages: ['renewal', 'adoption'], channels: ['call'], roles: ['champion'] },
  ),
  k.say(
    'expand-their-model',
    'Their model for others',
    'Other teams could copy what you built. Shall we present it to them together, with you leading?',
    { stages: ['expansion'], channels: ['call'], roles: ['champion'] },
  ),
  k.emailSnippet(
    'expand-credibility',
    'Expansion led by the champion',
    'Several teams have asked how you did it. Would you like me to prepare a short session where you present it and we handle the questions?',
    { stages: ['expansion'], channels: ['email'], roles: ['champion'] },
  ),
  k.avoid(
    'bypass-champion-updates',
    'Never surprise them in public',
    'Never raise problems first in a meeting with their boss; tell the champion privately so they can bring the fix with the news.',
    { stages: ['onboarding', 'adoption', 'renewal', 'expansion'] },
  ),
  k.nextStep(
    'expansion-showcase',
    'Prepare their showcase',
    'Build a short showcase of the champion’s results for the teams that could adopt next.',
    { stages: ['expansion'], channels: ['prep'] },
  ),
];

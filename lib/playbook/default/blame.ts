/** Blame: they must not be the one left holding it if it fails. Shared accountability, everything in writing. */
import { entryKit } from './entry-kit';

const k = entryKit('blame');

export const BLAME_ENTRIES = [
  k.ask(
    'who-answers',
    'Who answers for it',
    'If this did not go to plan, who would be asked to explain it?',
    { stages: ['discovery'], channels: ['call'] },
  ),
  k.ask(
    'last-time-slipped',
    'When it slipped before',
    'When a project like this slipped before, what happened to the people involved?',
    { stages: ['discovery', 'qualification'], channels: ['call', 'email'] },
  ),
  k.ask(
    'who-shares-decision',
    'Who should share the decision',
    'Who else should be part of this decision, so it is not resting on you alone?',
    { stages: ['qualification'], channels: ['call'] },
  ),
  k.emailSnippet(
    'blame-recap',
    'Recap: a decision shared',
    'Thanks for today, {person}. I will draft a responsibility split that names who signs off on each part before anything starts, for everyone involved to review.',
    { stages: ['discovery', 'qualification'], channels: ['email'] },
  ),
  k.say(
    'shared-accountability',
    'Accountability shared, in writing',
    'We will write down who is responsible for what on both sides, so if something goes wrong, it is clear whose job it is to fix it, including ours.',
    { stages: ['discovery', 'qualification', 'evaluation'], channels: ['call'] },
  ),
  k.avoid(
    'solo-champion',
    'Do not make them stand alone',
    'Do not ask them to champion this publicly on their own; they will stall. Bring others into the decision with them.',
    { stages: ['discovery', 'qualification', 'evaluation', 'proposal'] },
  ),
  k.show(
    'responsibility-matrix',
    'A responsibility matrix',
    'Show a responsibility matrix from a similar rollout: each task, who does it, who signs it off, on both sides.',
    { type: 'responsibility-matrix', label: 'A RACI or responsibility matrix template' },
    { stages: ['evaluation', 'proposal'], channels: ['email', 'call'] },
  ),
  k.show(
    'problem-handled',
    'How we handled a problem',
    'Share a reference who can describe a problem that did happen and how you owned it; it shows you will not leave them exposed.',
    { type: 'reference-call', label: 'A reference customer who experienced and saw you fix an issue' },
    { stages: ['evaluation'], channels: ['call'], roles: ['economic-buyer', 'blocker'] },
  ),
  k.say(
    'we-own-our-part',
    'We own our part openly',
    'When something on our side goes wrong, we say so first, in writing, to everyone involved. You will not have to explain our mistakes.',
    { stages: ['evaluation'], channels: ['call'] },
  ),
  k.nextStep(
    'decision-record',
    'Write a decision record',
    'Draft a short decision record (options considered, reasons, who agreed) for the group to sign; it protects everyone who backed it.',
    { stages: ['qualification', 'evaluation'], channels: ['prep'] },
  ),
  k.objection(
    'not-my-call',
    '"It is not really my call"',
    'Ask whose call it is and offer to help bring them in. Do not push them to decide alone; help them share it.',
    { stages: ['proposal', 'evaluation'], channels: ['call', 'prep'] },
  ),
  k.emailSnippet(
    'proposal-commitments',
    'Proposal: commitments on both sides',
    'The proposal lists what we commit to, what we need from your team, and what happens if either side misses. It is written so anyone reviewing it can see the decision was careful.',
    { stages: ['proposal'], channels: ['email'] },
  ),
  k.nextStep(
    'joint-signoff',
    'Arrange a joint sign-off',
    'Propose a short meeting where every approver signs off together, rather than a chain of individual approvals.',
    { stages: ['proposal'], channels: ['call', 'email'] },
  ),
  k.say(
    'service-levels',
    'Service levels with teeth',
    'The service levels come with credits if we miss them. That is our accountability, written into the contract.',
    { stages: ['proposal'], channels: ['call'], roles: ['finance-approver', 'economic-buyer'] },
  ),
  k.handoff(
    'honour-the-split',
    'Hand-off: honour the responsibility split',
    'Onboarding must work from the signed responsibility split and keep a decision log; never let an issue reach their boss before it reaches them.',
    { stages: ['onboarding'], channels: ['prep'] },
  ),
  k.say(
    'kickoff-raci',
    'Kick-off on who does what',
    'First we confirm the responsibility split with everyone in the room, so there are no assumptions later.',
    { stages: ['onboarding'], channels: ['call'] },
  ),
  k.emailSnippet(
    'written-update',
    'A written update for the record',
    'For the record: what was done this week, what is outstanding and who owns it, including the one item that is late on our side.',
    { stages: ['onboarding', 'adoption'], channels: ['email'] },
  ),
  k.show(
    'sla-report',
    'Commitments kept',
    'Show the service levels and commitments met since go-live, including any missed and how they were put right.',
    { type: 'service-report', label: 'An SLA and commitments report' },
    { stages: ['adoption', 'renewal'], channels: ['call', 'email'] },
  ),
  k.ask(
    'any-exposure',
    'Any exposure left',
    'Is there anything about this you would not want to be asked about in a review?',
    { stages: ['adoption', 'renewal'], channels: ['call'] },
  ),
  k.nextStep(
    'decision-log-review',
    'Review the decision log',
    'Go through the decision log with them each quarter so every choice has a clear owner and date.',
    { stages: ['adoption'], channels: ['prep'] },
  ),
  k.say(
    'renewal-no-surprises',
    'Renewal: a year of no surprises',
    'Every commitment is on record, and every issue reached you before it reached anyone else. Renewing keeps that arrangement.',
    { stages: ['renewal'], channels: ['call'] },
  ),
  k.emailSnippet(
    'renewal-record',
    'Renewal: the record',
    'Ahead of renewal, here is the year on record: commitments met, issues raised and how each was closed. It should answer any question you get asked about the decision.',
    { stages: ['renewal'], channels: ['email'] },
  ),
  k.ask(
    'renewal-who-signs',
    'Who signs the renewal',
    'Who should sign off the renewal alongside you this time?',
    { stages: ['renewal'], channels: ['call', 'prep'] },
  ),
  k.objection(
    'renewal-someone-complained',
    '"Someone complained about it"',
    'Get the facts in writing, show the record of what was agreed and delivered, and own anything that was ours.',
    { stages: ['renewal'], channels: ['call'] },
  ),
  k.say(
    'expand-shared',
    'Expansion with shared ownership',
    'If the other team joins, their lead signs the same responsibility split, so nobody carries their part of it.',
    { stages: ['expansion'], channels: ['call'] },
  ),
  k.emailSnippet(
    'expand-blame',
    'Expansion: their own sign-off',
    'If the other department is interested, I suggest their lead signs their own part of the plan, so the decision is theirs as much as yours.',
    { stages: ['expansion'], channels: ['email'] },
  ),
  k.avoid(
    'verbal-promises',
    'No verbal-only promises',
    'Never promise something only on a call; put it in writing the same day, or they are exposed if it does not happen.',
    { stages: ['onboarding', 'adoption', 'renewal', 'expansion'] },
  ),
  k.nextStep(
    'expansion-owners',
    'Name owners for the next team',
    'Before expanding, name the owner on each side for the new team and add them to the responsibility split.',
    { stages: ['expansion'], channels: ['prep'] },
  ),
];

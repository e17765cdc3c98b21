/** Confidence: the decision must feel sound and defensible. Strong proof, peers, no loose ends. */
import { entryKit } from './entry-kit';

const k = entryKit('confidence');

export const CONFIDENCE_ENTRIES = [
  k.ask(
    'what-would-convince',
    'What would convince them',
    'What would you need to see to feel sure this is the right decision, not just a good one?',
    { stages: ['discovery'], channels: ['call'] },
  ),
  k.ask(
    'who-they-trust',
    'Whose opinion they trust',
    'Whose experience would you trust on this: a peer, an analyst, someone in your network?',
    { stages: ['discovery', 'qualification'], channels: ['call', 'email'] },
  ),
  k.ask(
    'doubts-left',
    'The doubts left',
    'On a scale of one to ten, how sure are you? What would make it a ten?',
    { stages: ['qualification', 'evaluation'], channels: ['call'] },
  ),
  k.emailSnippet(
    'confidence-recap',
    'Recap: the proof they asked for',
    'Thanks for today, {person}. I will send evidence from a company of your size and how its numbers were measured before {date}, so you can judge them yourself.',
    { stages: ['discovery', 'qualification'], channels: ['email'] },
  ),
  k.say(
    'judge-for-yourself',
    'Evidence, not assurances',
    'I would rather not ask you to take my word for it. Let me show you the evidence and how it was measured, and you judge.',
    { stages: ['discovery', 'qualification', 'evaluation'], channels: ['call'] },
  ),
  k.avoid(
    'overclaiming',
    'Do not overclaim',
    'Do not quote your best-ever customer as typical or round numbers up. One inflated claim undoes every true one.',
    { stages: ['discovery', 'qualification', 'evaluation', 'proposal'] },
  ),
  k.show(
    'peer-reference',
    'A peer reference',
    'Arrange a call with a customer like them (size, sector, role) and let them talk without you on the line.',
    { type: 'reference-call', label: 'A reference customer matched on size, sector and role' },
    { stages: ['evaluation'], channels: ['call', 'email'], roles: ['economic-buyer', 'senior-sponsor'] },
  ),
  k.show(
    'measured-results',
    'Results with the method',
    'Share results with how they were measured: baseline, period, sample. The method is what makes it believable.',
    { type: 'case-study', label: 'A case study that states its baseline, period and method' },
    { stages: ['evaluation', 'proposal'], channels: ['email', 'call'] },
  ),
  k.show(
    'third-party-view',
    'An independent view',
    'Point to an independent review, analyst note or benchmark that places you among the alternatives.',
    { type: 'analyst-report', label: 'An analyst report, peer review site or independent benchmark' },
    { stages: ['evaluation'], channels: ['email'], roles: ['technical-reviewer', 'economic-buyer'] },
  ),
  k.nextStep(
    'proof-plan',
    'Agree what proof would settle it',
    'Write down the proof points that would settle the decision, and who provides each, before the evaluation starts.',
    { stages: ['qualification', 'evaluation'], channels: ['prep'] },
  ),
  k.objection(
    'need-more-time',
    '"We need more time to be sure"',
    'Ask which doubt the extra time would resolve. Then offer the specific proof for it instead of an open-ended wait.',
    { stages: ['proposal', 'evaluation'], channels: ['call', 'prep'] },
  ),
  k.emailSnippet(
    'proposal-evidence',
    'Proposal with its evidence',
    'The proposal references the evidence behind each claim: the reference you spoke to, the measured results, and the guarantee if the first milestone is missed.',
    { stages: ['proposal'], channels: ['email'] },
  ),
  k.nextStep(
    'decision-criteria',
    'Confirm the decision criteria',
    'Recap the decision criteria in writing and show how each is met; a confident buyer signs against a checklist they agreed.',
    { stages: ['proposal'], channels: ['call', 'email'] },
  ),
  k.say(
    'guarantee',
    'What happens if it does not work',
    'If we miss the first milestone we agreed, here is exactly what we do about it. You are not carrying that risk alone.',
    { stages: ['proposal'], channels: ['call'], roles: ['economic-buyer', 'finance-approver'] },
  ),
  k.handoff(
    'proof-promised',
    'Hand-off: the proof promised',
    'Tell onboarding which results were shown and which milestone was guaranteed; the first review must show progress against exactly those.',
    { stages: ['onboarding'], channels: ['prep'] },
  ),
  k.say(
    'kickoff-milestones',
    'Kick-off: milestones they can check',
    'Here are the milestones and how you will see each one is met, so you never have to wonder whether this is on track.',
    { stages: ['onboarding'], channels: ['call'] },
  ),
  k.emailSnippet(
    'milestone-met',
    'Milestone met',
    'First milestone: {result}. Here is the evidence, measured the way we agreed: {metric}.',
    { stages: ['onboarding', 'adoption'], channels: ['email'] },
  ),
  k.show(
    'results-vs-promise',
    'Results against the promise',
    'Show the results next to what was promised in the proposal, line by line.',
    { type: 'results-summary', label: 'A promised-versus-delivered table' },
    { stages: ['adoption', 'renewal'], channels: ['call', 'email'] },
  ),
  k.ask(
    'confidence-now',
    'How sure they feel now',
    'Looking back, does this still feel like the right decision? What would make it feel even more so?',
    { stages: ['adoption', 'renewal'], channels: ['call'] },
  ),
  k.nextStep(
    'peer-network',
    'Connect them with peers',
    'Introduce them to other customers like them (a user group or a peer call); confidence grows from people like them.',
    { stages: ['adoption'], channels: ['prep'] },
  ),
  k.say(
    'renewal-proven',
    'Renew on proven results',
    'Before buying, the proof you wanted was about {metric}. Here is the evidence from your own team: {result}.',
    { stages: ['renewal'], channels: ['call'] },
  ),
  k.emailSnippet(
    'renewal-evidence',
    'Renewal: your year in evidence',
    'Ahead of renewal, here are your results against the milestones in the original proposal, with how they were measured.',
    { stages: ['renewal'], channels: ['email'] },
  ),
  k.ask(
    'renewal-doubts',
    'Any doubts before renewal',
    'Is there anything you would want answered before you recommend renewing?',
    { stages: ['renewal'], channels: ['call', 'prep'] },
  ),
  k.objection(
    'renewal-competitor-claims',
    '"A competitor claims better results"',
    'Ask to see how their numbers were measured, and compare like with like against your own measured results in this account.',
    { stages: ['renewal'], channels: ['call'] },
  ),
  k.say(
    'expand-on-evidence',
    'Expand on evidence',
    'You have a year of your own results now. The next team can decide on evidence from inside your company.',
    { stages: ['expansion'], channels: ['call'] },
  ),
  k.emailSnippet(
    'expand-evidence',
    'Expansion: your own case study',
    'Would you be open to turning your results into an internal case study for the other team? I can draft it for you to check.',
    { stages: ['expansion'], channels: ['email'], roles: ['champion'] },
  ),
  k.avoid(
    'surprise-changes',
    'No surprise changes',
    'Do not change plans, pricing or contacts without warning; every surprise reopens the question of whether the decision was sound.',
    { stages: ['onboarding', 'adoption', 'renewal', 'expansion'] },
  ),
  k.nextStep(
    'expansion-proof',
    'Gather internal proof',
    'Compile this account’s measured results as the proof pack for the expansion conversation.',
    { stages: ['expansion'], channels: ['prep'] },
  ),
];

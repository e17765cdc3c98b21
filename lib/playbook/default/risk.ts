/** Risk: worried about mistakes, compliance, failure. Proof, a safe path, no glib reassurance. */
import { entryKit } from './entry-kit';

const k = entryKit('risk');

export const RISK_ENTRIES = [
  k.ask(
    'worst-case',
    'The worst case',
    'What is the worst thing that could happen if this project went wrong, and who would it affect?',
    { stages: ['discovery'], channels: ['call'] },
  ),
  k.ask(
    'past-failure',
    'What went wrong before',
    'Has a change like this gone badly here before? What happened, and what would you do differently?',
    { stages: ['discovery', 'qualification'], channels: ['call', 'email'] },
  ),
  k.ask(
    'review-steps',
    'The review steps',
    'Which reviews will this need (security, legal, procurement, data protection), and who runs each one?',
    {
      stages: ['qualification'],
      channels: ['call', 'email'],
      roles: ['technical-reviewer', 'economic-buyer'],
      motions: ['sales-assisted', 'high-touch'],
    },
  ),
  k.emailSnippet(
    'risk-recap',
    'Recap: the risks they named',
    'Thank you for being open about what worries you, {person}. The risks as I noted them: {pain_quote}. Please correct the list, and I will come back with how we address each, in writing.',
    { stages: ['discovery', 'qualification'], channels: ['email'] },
  ),
  k.say(
    'name-the-risks',
    'Name the risks first',
    'Before I show you anything, let us list what could go wrong. I would rather you hear the risks from me, with how we handle each one.',
    { stages: ['discovery', 'qualification', 'evaluation'], channels: ['call'] },
  ),
  k.avoid(
    'breezy-confidence',
    'No easy reassurance',
    'Do not promise that nothing can go wrong or lean on a few polished screenshots. Specifics, evidence and a fallback plan build trust; enthusiasm does not.',
    { stages: ['discovery', 'qualification', 'evaluation', 'proposal'] },
  ),
  k.show(
    'security-pack',
    'The security pack',
    'Send the security documentation before they ask: certifications, data handling, sub-processors, incident process.',
    {
      type: 'security-pack',
      label: 'Your security and compliance pack (certifications, questionnaire answers)',
    },
    { stages: ['evaluation'], channels: ['email', 'call'], roles: ['technical-reviewer'] },
  ),
  k.show(
    'regulated-reference',
    'A reference from a careful customer',
    'Offer a reference call with a customer in a regulated or risk-averse setting who went through the same reviews.',
    { type: 'reference-call', label: 'A reference customer in a comparable regulated industry' },
    {
      stages: ['evaluation', 'proposal'],
      channels: ['call', 'email'],
      roles: ['economic-buyer', 'senior-sponsor'],
    },
  ),
  k.say(
    'staged-rollout',
    'A staged, reversible rollout',
    'We would start with one team, run alongside your current process, and only switch over once the results match. Every step can be rolled back.',
    { stages: ['evaluation'], channels: ['call'] },
  ),
  k.nextStep(
    'risk-register',
    'Build a shared risk register',
    'Draft a short risk register with them: each risk, its owner on both sides, and the mitigation; review it before the proposal.',
    { stages: ['qualification', 'evaluation'], channels: ['prep'] },
  ),
  k.objection(
    'what-if-fails',
    '"What if it fails halfway?"',
    'Walk through the fallback: the old process stays live until sign-off, data is exportable at any point, and these are the exit terms.',
    { stages: ['proposal', 'evaluation'], channels: ['call', 'prep'] },
  ),
  k.emailSnippet(
    'proposal-safeguards',
    'Proposal: safeguards up front',
    'The proposal starts with the safeguards: the staged plan, the fallback at each step, service levels and exit terms. Commercials follow. Tell me which risk still needs an answer.',
    { stages: ['proposal'], channels: ['email'] },
  ),
  k.nextStep(
    'review-plan',
    'Agree the review plan',
    'Lay out the review path (security, legal, procurement) with dates and owners so nothing surprises either side late.',
    { stages: ['proposal'], channels: ['call', 'email'], motions: ['high-touch', 'sales-assisted'] },
  ),
  k.say(
    'terms-protect',
    'Terms that protect them',
    'The contract carries the protections that matter here: service levels, data return on exit, and a pilot gate before full commitment.',
    { stages: ['proposal'], channels: ['call'], roles: ['finance-approver', 'economic-buyer'] },
  ),
  k.handoff(
    'risk-commitments',
    'Hand-off: the commitments made',
    'Onboarding inherits the risk register and every safeguard promised: the staged plan, fallback, and who signs off each stage.',
    { stages: ['onboarding'], channels: ['prep'] },
  ),
  k.say(
    'kickoff-safe-path',
    'Kick-off: the safe path',
    'Here is the plan stage by stage, with the check that must pass before each step and who on your side signs it off.',
    { stages: ['onboarding'], channels: ['call'] },
  ),
  k.emailSnippet(
    'stage-signoff',
    'Stage sign-off note',
    'Stage one is complete and the checks we agreed have passed (attached). We will not start stage two until you sign off.',
    { stages: ['onboarding', 'adoption'], channels: ['email'] },
  ),
  k.show(
    'incident-record',
    'A clean record',
    'Show uptime, incidents and how each was handled since go-live, including anything that went wrong and what changed.',
    { type: 'service-report', label: 'Your service report: uptime, incidents, root causes' },
    { stages: ['adoption', 'renewal'], channels: ['call', 'email'], roles: ['technical-reviewer'] },
  ),
  k.ask(
    'remaining-worries',
    'What still worries them',
    'Is there anything about how this runs that still keeps you up at night?',
    { stages: ['adoption', 'renewal'], channels: ['call'] },
  ),
  k.nextStep(
    'control-review',
    'Schedule a controls review',
    'Offer a yearly controls review with their risk or IT team; it keeps the reviewers on side before renewal.',
    { stages: ['adoption'], channels: ['prep'] },
  ),
  k.say(
    'renewal-track-record',
    'A year without incidents',
    'Here is each risk we listed together and what actually happened: {result}. Renewing keeps the same safeguards in place.',
    { stages: ['renewal'], channels: ['call'] },
  ),
  k.emailSnippet(
    'renewal-assurance',
    'Renewal: the assurance pack',
    'Ahead of renewal I have attached the updated security pack and the year’s service report, so your reviewers have what they need early.',
    { stages: ['renewal'], channels: ['email'] },
  ),
  k.ask(
    'new-requirements',
    'New requirements',
    'Have any new regulations, audits or policies landed this year that we should plan for?',
    { stages: ['renewal'], channels: ['call', 'prep'] },
  ),
  k.objection(
    'renewal-rfp',
    '"Procurement wants to re-tender"',
    'Offer to help them document the switching risk: migration, retraining, re-review. Make staying the defensible choice, with evidence.',
    { stages: ['renewal'], channels: ['call'], roles: ['finance-approver', 'economic-buyer'] },
  ),
  k.say(
    'expand-proven-safe',
    'Proven safe here first',
    'The next team gets a path already proven inside your own organisation, reviewed by your own people.',
    { stages: ['expansion'], channels: ['call'] },
  ),
  k.emailSnippet(
    'expand-safe',
    'Expansion: reuse the approvals',
    'Because your security and legal reviews are done, the next team can start without repeating them. Want me to outline what is left to check?',
    { stages: ['expansion'], channels: ['email'] },
  ),
  k.avoid(
    'hide-incidents',
    'Never hide an incident',
    'Do not let them learn of an incident from anyone but you. Tell them early, with facts and the fix; silence is the real risk.',
    { stages: ['onboarding', 'adoption', 'renewal', 'expansion'] },
  ),
  k.nextStep(
    'expansion-reviews',
    'List what the next team must review',
    'Before proposing expansion, list which existing approvals carry over and which new reviews are needed.',
    { stages: ['expansion'], channels: ['prep'] },
  ),
];

/** Consistency: a messy operation that should behave the same way every time. Standards, templates, structured adoption. */
import { entryKit } from './entry-kit';

const k = entryKit('consistency');

export const CONSISTENCY_ENTRIES = [
  k.ask(
    'how-it-varies',
    'How it varies today',
    'If I visited three of your sites tomorrow, how differently would they be doing this?',
    { stages: ['discovery'], channels: ['call'] },
  ),
  k.ask(
    'cost-of-variation',
    'What variation costs',
    'When one team does it differently, what does that cost: rework, complaints, audit findings?',
    { stages: ['discovery', 'qualification'], channels: ['call', 'email'] },
  ),
  k.ask(
    'the-standard',
    'Who sets the standard',
    'Is there an agreed way of doing this today? Who owns it, and how do they know it is being followed?',
    { stages: ['qualification'], channels: ['call'], roles: ['economic-buyer', 'senior-sponsor'] },
  ),
  k.emailSnippet(
    'consistency-recap',
    'Recap: the same way everywhere',
    'Thanks for today, {person}. In your words: {pain_quote}. When we next speak I will show how your best way of working becomes the standard everyone follows.',
    { stages: ['discovery', 'qualification'], channels: ['email'] },
  ),
  k.say(
    'best-way-everywhere',
    'The best way, everywhere',
    'The idea is simple: take the way your best team already works and make it the default for every team, so quality no longer depends on who is on shift.',
    { stages: ['discovery', 'qualification', 'evaluation'], channels: ['call'] },
  ),
  k.avoid(
    'flexibility-pitch',
    'Do not sell endless flexibility',
    'Do not lead with "every team can configure it their own way"; that is the problem they are trying to end.',
    { stages: ['discovery', 'qualification', 'evaluation', 'proposal'] },
  ),
  k.show(
    'template-library',
    'Templates that carry the standard',
    'Show a library of templates and checklists, and how a change to the standard reaches every site at once.',
    { type: 'template-library', label: 'Your template or standards library demo' },
    { stages: ['evaluation'], channels: ['call', 'email'] },
  ),
  k.show(
    'multi-site-case',
    'A multi-site rollout',
    'Share a customer who brought many sites or teams onto one standard, with how long it took and what changed.',
    { type: 'case-study', label: 'A multi-site or multi-team rollout case study' },
    {
      stages: ['evaluation', 'proposal'],
      channels: ['call', 'email'],
      roles: ['economic-buyer', 'senior-sponsor'],
    },
  ),
  k.say(
    'compliance-visible',
    'See who follows it',
    'You will see which sites follow the standard and where they drift, so you can coach instead of chase.',
    { stages: ['evaluation'], channels: ['call'], roles: ['senior-sponsor', 'economic-buyer'] },
  ),
  k.nextStep(
    'pick-pilot-sites',
    'Pick pilot sites',
    'Choose two contrasting sites for the pilot (one strong, one struggling) so the result proves the standard travels.',
    { stages: ['qualification', 'evaluation'], channels: ['prep'] },
  ),
  k.objection(
    'sites-are-different',
    '"Our sites are all different"',
    'Agree that some things differ, then ask which part is the same everywhere. Standardise that part and leave room for the rest.',
    { stages: ['proposal', 'evaluation'], channels: ['call', 'prep'] },
  ),
  k.emailSnippet(
    'proposal-rollout',
    'Proposal: a structured rollout',
    'The proposal sets out the rollout in waves: pilot sites, then regions, with the standard agreed before each wave and a check that it is followed after.',
    { stages: ['proposal'], channels: ['email'] },
  ),
  k.nextStep(
    'wave-plan',
    'Agree the wave plan',
    'Agree the order of sites or teams, the owner per wave and the adoption check that closes each wave.',
    { stages: ['proposal'], channels: ['call', 'email'], motions: ['sales-assisted', 'high-touch'] },
  ),
  k.say(
    'same-onboarding',
    'Every team onboarded the same way',
    'Each team goes through the same onboarding, with the same materials, so the standard does not get diluted as it spreads.',
    { stages: ['proposal'], channels: ['call'] },
  ),
  k.handoff(
    'structured-adoption',
    'Hand-off: structured adoption',
    'Onboarding must run in waves with one playbook per wave; note the standard agreed, the pilot sites, and the adoption check promised.',
    { stages: ['onboarding'], channels: ['prep'] },
  ),
  k.say(
    'kickoff-standard',
    'Kick-off: agree the standard first',
    'Before we configure anything, let us write down the standard in one page. The product will follow it, not the other way round.',
    { stages: ['onboarding'], channels: ['call'] },
  ),
  k.emailSnippet(
    'wave-report',
    'Wave report',
    'Wave one status: {result}. Where a site has drifted from the standard, here is the plan to fix it before wave two.',
    { stages: ['onboarding', 'adoption'], channels: ['email'] },
  ),
  k.show(
    'adherence-report',
    'Adherence across sites',
    'Show how closely each site follows the standard, and the trend since rollout.',
    { type: 'usage-report', label: 'An adherence-by-site report' },
    { stages: ['adoption', 'renewal'], channels: ['call', 'email'] },
  ),
  k.ask('where-drifting', 'Where it drifts', 'Where do teams still work around the standard, and why?', {
    stages: ['adoption', 'renewal'],
    channels: ['call'],
    roles: ['daily-user', 'senior-sponsor'],
  }),
  k.nextStep(
    'refresh-training',
    'Refresh for new starters',
    'Plan how new starters learn the standard; consistency erodes fastest through staff turnover.',
    { stages: ['adoption'], channels: ['prep'] },
  ),
  k.say(
    'renewal-consistency',
    'Renewal: the variation that went away',
    'Where you started: {pain_quote}. Where you are now: {result}. Renewing keeps that discipline in place.',
    { stages: ['renewal'], channels: ['call'] },
  ),
  k.emailSnippet(
    'renewal-adherence',
    'Renewal: adherence over the year',
    'Ahead of renewal, here is adherence by site over the year and the incidents or complaints that fell with it.',
    { stages: ['renewal'], channels: ['email'] },
  ),
  k.ask(
    'new-sites',
    'New sites or teams',
    'Are new sites, teams or acquisitions coming that will need the same standard?',
    { stages: ['renewal', 'expansion'], channels: ['call', 'prep'] },
  ),
  k.objection(
    'renewal-some-sites-ignore',
    '"Some sites ignore it"',
    'Show the adherence data by site and offer a targeted refresh for those sites, rather than letting a few weaken the case for everyone.',
    { stages: ['renewal'], channels: ['call'] },
  ),
  k.say(
    'expand-acquisitions',
    'Bring new teams onto the standard',
    'New sites can start on the standard from day one, with the same onboarding, instead of inheriting old habits.',
    { stages: ['expansion'], channels: ['call'], roles: ['senior-sponsor'] },
  ),
  k.emailSnippet(
    'expand-next-wave',
    'Expansion: the next wave',
    'The waves so far went to plan. Shall I outline the next wave for the remaining teams, using the same playbook?',
    { stages: ['expansion'], channels: ['email'] },
  ),
  k.avoid(
    'one-off-exceptions',
    'No one-off exceptions',
    'Do not agree special set-ups for one team without the sponsor; each exception is a crack in the standard they paid for.',
    { stages: ['onboarding', 'adoption', 'renewal', 'expansion'] },
  ),
  k.nextStep(
    'expansion-wave-plan',
    'Plan the next wave',
    'Draft the next wave: teams, owners, dates and the adherence target, based on how the earlier waves went.',
    { stages: ['expansion'], channels: ['prep'] },
  ),
];

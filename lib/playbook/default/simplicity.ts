/** Simplicity: already busy, wary of one more system. Less work, fewer steps, no new job. */
import { entryKit } from './entry-kit';

const k = entryKit('simplicity');

export const SIMPLICITY_ENTRIES = [
  k.ask(
    'tools-today',
    'Tools they juggle',
    'How many tools does your team touch to get this one job done today?',
    { stages: ['discovery'], channels: ['call'] },
  ),
  k.ask(
    'last-tool-failed',
    'The last tool that made more work',
    'Have you bought something that was meant to save time but ended up creating work? What went wrong?',
    { stages: ['discovery', 'qualification'], channels: ['call', 'email'] },
  ),
  k.ask(
    'what-to-stop',
    'What they would stop doing',
    'If this works, what would your team stop doing altogether?',
    { stages: ['qualification'], channels: ['call'], roles: ['daily-user'] },
  ),
  k.emailSnippet(
    'simple-recap',
    'Recap: less to do',
    'Thanks for the time, {person}. In your words: {pain_quote}. When we next speak I will show what this would replace, with nothing new to learn beyond one screen.',
    { stages: ['discovery', 'qualification'], channels: ['email'] },
  ),
  k.say(
    'less-not-more',
    'Less, not more',
    'This should take work away, not add a new system to feed. If it does not remove a step on day one, it is not right for you.',
    { stages: ['discovery', 'qualification', 'evaluation'], channels: ['call'] },
  ),
  k.avoid(
    'complex-demo',
    'No sprawling demo',
    'Do not show settings, integrations and advanced options; every extra screen looks like more work. Show the three clicks they will actually do.',
    { stages: ['discovery', 'qualification', 'evaluation', 'proposal'] },
  ),
  k.show(
    'three-clicks',
    'The whole job in three clicks',
    'Record the daily task from start to finish in the product, with no cuts, so they see how little there is to it.',
    { type: 'product-walkthrough', label: 'An uncut short recording of the daily task' },
    { stages: ['evaluation'], channels: ['call', 'email'], roles: ['daily-user'] },
  ),
  k.show(
    'setup-checklist',
    'A set-up that fits on a page',
    'Share the whole set-up as a one-page checklist, with the time each step takes.',
    { type: 'setup-checklist', label: 'A one-page set-up checklist with timings' },
    {
      stages: ['evaluation', 'proposal'],
      channels: ['email', 'call'],
      motions: ['self-serve', 'sales-assisted'],
    },
  ),
  k.say(
    'no-training',
    'No training programme',
    'Your team can use it after a 15-minute walkthrough. No certification, no manual.',
    { stages: ['evaluation'], channels: ['call'], roles: ['daily-user'] },
  ),
  k.nextStep(
    'try-yourself',
    'Let them try it alone',
    'Give them a trial account with their data loaded and no guided tour; simplicity buyers trust what they can do without help.',
    {
      stages: ['qualification', 'evaluation'],
      channels: ['prep'],
      motions: ['self-serve', 'sales-assisted'],
    },
  ),
  k.objection(
    'another-system',
    '"Not another system"',
    'Agree with them. Then show which tools or steps it replaces, and that the team lives in it rather than alongside it.',
    { stages: ['proposal', 'evaluation'], channels: ['call', 'prep'] },
  ),
  k.emailSnippet(
    'proposal-simple',
    'A proposal on one page',
    'Here it is on one page: what you get, what it replaces, what set-up takes, and the price. No options to choose between unless you want them.',
    { stages: ['proposal'], channels: ['email'] },
  ),
  k.nextStep(
    'sign-online',
    'Make signing easy',
    'Offer the simplest way to buy: standard terms, online signature, card or one invoice. Friction at signing contradicts the whole pitch.',
    { stages: ['proposal'], channels: ['call', 'email'], motions: ['self-serve', 'sales-assisted'] },
  ),
  k.say(
    'one-price',
    'One plain price',
    'One price, everything included for your size. You will not need to come back and buy pieces.',
    { stages: ['proposal'], channels: ['call'], roles: ['economic-buyer', 'finance-approver'] },
  ),
  k.handoff(
    'keep-it-light',
    'Hand-off: keep onboarding light',
    'Onboarding must stay short: one session, default settings, no optional modules. Note the tools or steps it was sold as replacing.',
    { stages: ['onboarding'], channels: ['prep'] },
  ),
  k.say(
    'kickoff-defaults',
    'Kick-off with the defaults',
    'We will use the defaults for now. You can change anything later, but you will probably never need to.',
    { stages: ['onboarding'], channels: ['call'] },
  ),
  k.emailSnippet(
    'one-tip',
    'One tip a week',
    'One tip this week, nothing else: you can forward any email straight in instead of copying it. That is it.',
    { stages: ['onboarding', 'adoption'], channels: ['email'] },
  ),
  k.show(
    'steps-removed',
    'Steps removed',
    'Show the steps and tools they no longer use since go-live, counted, not estimated.',
    { type: 'usage-report', label: 'A before/after count of steps or tools in the workflow' },
    { stages: ['adoption', 'renewal'], channels: ['call', 'email'] },
  ),
  k.ask(
    'still-clunky',
    'What still feels clunky',
    'Is there any part of this that still feels like extra work?',
    { stages: ['adoption', 'renewal'], channels: ['call'], roles: ['daily-user'] },
  ),
  k.nextStep(
    'retire-old-tool',
    'Retire the old tool',
    'Help them switch off the tool this replaced; until it is gone, they are doing the job twice.',
    { stages: ['adoption'], channels: ['prep'] },
  ),
  k.say(
    'renewal-simple',
    'Renewal without fuss',
    'Nothing to re-negotiate unless you want to: same plan, same price, the same one screen your team already uses.',
    { stages: ['renewal'], channels: ['call'] },
  ),
  k.emailSnippet(
    'renewal-simple',
    'Renewal: nothing for you to do',
    'Your renewal is coming up. If nothing has changed, there is nothing for you to do; if your team has grown, reply with the number and I will send one updated figure.',
    { stages: ['renewal'], channels: ['email'] },
  ),
  k.ask(
    'renewal-friction',
    'Any friction this year',
    'Did anything this year take more effort than it should have?',
    { stages: ['renewal'], channels: ['call', 'prep'] },
  ),
  k.objection(
    'renewal-not-using-all',
    '"We do not use half of it"',
    'Good: they only need what they use. Offer the plan that matches, rather than selling the unused half harder.',
    { stages: ['renewal'], channels: ['call'], roles: ['finance-approver', 'economic-buyer'] },
  ),
  k.say(
    'expand-same-simple',
    'Same simple set-up, next team',
    'The next team gets exactly what yours has: one session and the defaults. Nothing new for you to manage.',
    { stages: ['expansion'], channels: ['call'] },
  ),
  k.emailSnippet(
    'expand-simple',
    'Expansion in one line',
    'Want the other team on it too? It is the same 30-minute set-up; reply yes and I will book it with their lead.',
    { stages: ['expansion'], channels: ['email'] },
  ),
  k.avoid(
    'upsell-complexity',
    'No bolt-ons for their own sake',
    'Do not push add-ons, integrations or advanced modules unless they asked; each one erodes the simplicity they bought.',
    { stages: ['onboarding', 'adoption', 'renewal', 'expansion'] },
  ),
  k.nextStep(
    'expansion-template',
    'Copy the set-up',
    'Package the current set-up as a template the next team can switch on without a project.',
    { stages: ['expansion'], channels: ['prep'] },
  ),
];

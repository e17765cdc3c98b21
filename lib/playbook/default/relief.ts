/** Relief: a painful problem they want gone, fast. Short path, plain words, quick proof of value. */
import { entryKit } from './entry-kit';

const k = entryKit('relief');

export const RELIEF_ENTRIES = [
  k.ask(
    'where-it-hurts',
    'Where it hurts most',
    'Walk me through the most recent time this went wrong. What did it cost you that week?',
    { stages: ['discovery'], channels: ['call'] },
  ),
  k.ask(
    'cost-of-waiting',
    'Cost of waiting',
    'If nothing changes for another three months, what does that cost you in hours or headaches?',
    { stages: ['discovery', 'qualification'], channels: ['call', 'email'] },
  ),
  k.ask(
    'first-thing-gone',
    'The first thing to disappear',
    'If we could make one part of this problem vanish by next week, which part would you pick?',
    { stages: ['qualification'], channels: ['call'] },
  ),
  k.emailSnippet(
    'pain-recap',
    'Recap the pain in their words',
    'Thanks for the time today, {person}. In your words: {pain_quote}. I would like to show you how that could go away in the first week, not the first quarter. Could we take 20 minutes on {date}?',
    { stages: ['discovery', 'qualification'], channels: ['email'] },
  ),
  k.say(
    'shortest-path',
    'Lead with the shortest path',
    'Let me skip the tour. You put the problem as {pain_quote}. Here is the one thing that removes it, and how soon you would feel it.',
    { stages: ['discovery', 'qualification', 'evaluation'], channels: ['call'] },
  ),
  k.avoid(
    'long-strategy-deck',
    'No long strategy deck',
    'Do not open with a forty-minute vision presentation. They came to stop the pain; every slide that is not about it reads as delay.',
    { stages: ['discovery', 'qualification', 'evaluation', 'proposal'] },
  ),
  k.show(
    'before-after',
    'Before and after, in minutes',
    'Show the task they described done the old way and then in the product, timed side by side.',
    {
      type: 'before-after-walkthrough',
      label: 'Your own short recording of one painful task before and after',
    },
    { stages: ['evaluation'], channels: ['call', 'email'] },
  ),
  k.show(
    'time-to-value',
    'How fast others felt it',
    'Share how long similar customers took to feel the first relief: days to first win, not features shipped.',
    {
      type: 'time-to-value-data',
      label: 'Your median time-to-first-value figure, with the cohort it comes from',
    },
    { stages: ['evaluation', 'proposal'], channels: ['call', 'email'], roles: ['economic-buyer'] },
  ),
  k.say(
    'own-the-setup',
    'We carry the set-up',
    'You do not need a project team for this. We set up the first workflow with you in one session, and you are using it the same day.',
    { stages: ['evaluation'], channels: ['call'], motions: ['self-serve', 'sales-assisted'] },
  ),
  k.nextStep(
    'trial-on-real-pain',
    'Trial on the real problem',
    'Agree a short trial on the exact task that hurts, with one success check you both sign up to before it starts.',
    { stages: ['qualification', 'evaluation'], channels: ['prep'] },
  ),
  k.objection(
    'not-now',
    '"Not right now, we are swamped"',
    'That is the problem we remove. Ask: "Is the busy season the reason to fix it, or the reason to wait?" Then offer to do the set-up for them so it costs them no time.',
    { stages: ['proposal'], channels: ['call', 'prep'] },
  ),
  k.emailSnippet(
    'proposal-short',
    'A one-screen proposal',
    'Here is the short version: what we switch on first, the date you stop doing it by hand, and the price. Everything else can wait until that is working.',
    { stages: ['proposal'], channels: ['email'] },
  ),
  k.nextStep(
    'start-date',
    'Fix a start date',
    'Propose a start date inside two weeks and a 30-minute kick-off; relief buyers lose momentum when the paperwork drags.',
    { stages: ['proposal'], channels: ['call', 'email'], motions: ['sales-assisted', 'high-touch'] },
  ),
  k.say(
    'price-as-time',
    'Price in hours given back',
    'Put the price next to the hours it returns each month. If it pays back in weeks, say so plainly and stop there.',
    { stages: ['proposal'], channels: ['call'], roles: ['economic-buyer', 'finance-approver'] },
  ),
  k.handoff(
    'first-win-first',
    'Hand-off: first win first',
    'Onboarding should remove the named pain in week one before anything else. Note the task, the person who suffers it and the date they were promised.',
    { stages: ['onboarding'], channels: ['prep'] },
  ),
  k.say(
    'kickoff-one-thing',
    'Kick-off on one thing',
    'Today we only do one thing: get your worst task running in the product. The rest of the set-up can follow once you have felt the difference.',
    { stages: ['onboarding'], channels: ['call'] },
  ),
  k.emailSnippet(
    'week-one-check',
    'Week-one check-in',
    'Quick check on {task}: is it easier yet? If anything is still done by hand, reply with what it is and we will fix it this week.',
    { stages: ['onboarding', 'adoption'], channels: ['email'] },
  ),
  k.show(
    'hours-saved',
    'Hours given back so far',
    'Show the time saved since go-live for the task that hurt, in their numbers, not a platform average.',
    { type: 'usage-report', label: 'A simple report of the task volume handled and time saved' },
    { stages: ['adoption', 'renewal'], channels: ['call', 'email'] },
  ),
  k.ask(
    'what-still-hurts',
    'What still hurts',
    'Now the first problem is gone, what is the next most annoying thing in the week?',
    { stages: ['adoption', 'expansion'], channels: ['call'] },
  ),
  k.nextStep(
    'second-pain',
    'Queue the second pain',
    'Write down the next pain they name and book a short session to remove it: relief buyers expand one problem at a time.',
    { stages: ['adoption'], channels: ['prep'] },
  ),
  k.say(
    'renewal-remember',
    'Remind them what it was like',
    'Where you started, in your words: {pain_quote}. Where you are now: {result}. Renewing keeps it that way.',
    { stages: ['renewal'], channels: ['call'] },
  ),
  k.emailSnippet(
    'renewal-relief',
    'Renewal note: the pain that stayed gone',
    'Before your renewal on {renewal_date}, a reminder of where you started: {pain_quote}. Where it stands today: {result}. Happy to walk through the numbers in 15 minutes.',
    { stages: ['renewal'], channels: ['email'] },
  ),
  k.ask(
    'renewal-back-to-old',
    'Would they go back?',
    'If we switched it off tomorrow, what would you have to start doing by hand again?',
    { stages: ['renewal'], channels: ['call', 'prep'] },
  ),
  k.objection(
    'renewal-cheaper',
    '"We found something cheaper"',
    'Ask what the switch would cost them in the weeks of set-up and the risk of the old pain coming back; relief buyers rarely want to relive it for a discount.',
    { stages: ['renewal'], channels: ['call'], roles: ['finance-approver', 'economic-buyer'] },
  ),
  k.say(
    'expand-next-team',
    'The next team with the same pain',
    'The team next door does the same task the old way. Want us to take the same shortcut with them?',
    { stages: ['expansion'], channels: ['call'] },
  ),
  k.emailSnippet(
    'expand-intro',
    'Introduce the next team',
    'Your team’s result so far: {result}. Would it help if I showed the same set-up to the other office? I can keep it to 20 minutes and bring the numbers from yours.',
    { stages: ['expansion'], channels: ['email'] },
  ),
  k.avoid(
    'feature-dump-after-sale',
    'No feature dump after the sale',
    'Do not flood them with every feature in onboarding or reviews. Keep each conversation to the one pain you are removing next.',
    { stages: ['onboarding', 'adoption', 'renewal', 'expansion'] },
  ),
  k.nextStep(
    'expansion-pilot',
    'A small pilot for the next pain',
    'Offer a two-week pilot for the next team, set up by us, with the same before-and-after measure.',
    { stages: ['expansion'], channels: ['prep', 'call'] },
  ),
];

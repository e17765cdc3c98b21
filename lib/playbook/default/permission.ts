/** Permission: they believe, but cannot move alone. Give them the language, proof and artefacts to sell inside. */
import { entryKit } from './entry-kit';

const k = entryKit('permission');

export const PERMISSION_ENTRIES = [
  k.ask(
    'who-else-decides',
    'Who else has to say yes',
    'Suppose you are convinced. Who else needs to agree, and what does each of them care about?',
    { stages: ['discovery'], channels: ['call'] },
  ),
  k.ask(
    'how-decisions-happen',
    'How decisions get made',
    'How did the last purchase like this get approved? Who was in the room, and what did they ask for?',
    { stages: ['discovery', 'qualification'], channels: ['call', 'email'] },
  ),
  k.ask(
    'what-they-must-bring',
    'What they need to bring back',
    'When you take this to your boss, what will they want to see on paper?',
    { stages: ['qualification'], channels: ['call'], roles: ['champion'] },
  ),
  k.emailSnippet(
    'permission-recap',
    'Recap: who needs to agree',
    'Thanks for today, {person}. I will put together a short summary you can forward to the others who need to agree, in your own words: {pain_quote}.',
    { stages: ['discovery', 'qualification'], channels: ['email'], roles: ['champion'] },
  ),
  k.say(
    'we-help-you-sell',
    'We help them make the case',
    'You should not have to make this case alone. Tell me who needs convincing and I will give you what they need to see.',
    { stages: ['discovery', 'qualification', 'evaluation'], channels: ['call'], roles: ['champion'] },
  ),
  k.avoid(
    'rush-the-champion',
    'Do not rush the champion',
    'Do not push for a close they cannot give. Pressure on someone who needs permission makes them look weak inside and slows everything down.',
    { stages: ['discovery', 'qualification', 'evaluation', 'proposal'] },
  ),
  k.show(
    'business-case',
    'A business case they can forward',
    'Give them a business case written for their organisation: the problem in their words, the options, the cost and the expected result.',
    { type: 'business-case-template', label: 'Your editable business case template' },
    { stages: ['evaluation', 'proposal'], channels: ['email', 'call'], roles: ['champion'] },
  ),
  k.show(
    'one-pager',
    'A one-page summary',
    'A single page the champion can put in front of a busy executive: problem, result, cost, risk, next step.',
    { type: 'one-page-summary', label: 'A one-page executive summary template' },
    { stages: ['evaluation', 'proposal'], channels: ['email'], roles: ['champion', 'senior-sponsor'] },
  ),
  k.say(
    'offer-to-join',
    'Offer to join the internal meeting',
    'If it helps, I can join the first ten minutes of your internal meeting to answer questions, then leave you to decide.',
    {
      stages: ['evaluation'],
      channels: ['call'],
      roles: ['champion'],
      motions: ['sales-assisted', 'high-touch'],
    },
  ),
  k.nextStep(
    'stakeholder-plan',
    'Plan who hears what',
    'Map each approver with the champion: their likely objection, the answer, and who delivers it. Agree the order of conversations.',
    { stages: ['qualification', 'evaluation'], channels: ['prep'] },
  ),
  k.objection(
    'need-to-check',
    '"I need to check with my boss"',
    'Good: ask what the boss will ask, and prepare the answers together now. Offer the one-pager and a time to debrief after they talk.',
    { stages: ['proposal', 'evaluation'], channels: ['call', 'prep'], roles: ['champion'] },
  ),
  k.emailSnippet(
    'forwardable-proposal',
    'A proposal built to be forwarded',
    'I have written the proposal so you can forward it as is: page one is the case in your team’s words, page two answers the questions finance usually asks. Tell me if anything should be phrased differently for your leadership.',
    { stages: ['proposal'], channels: ['email'], roles: ['champion'] },
  ),
  k.nextStep(
    'approval-timeline',
    'Map the approval timeline',
    'Write down each approval step with its date and owner, and agree what the champion needs before each one.',
    { stages: ['proposal'], channels: ['call', 'email'] },
  ),
  k.say(
    'answers-for-finance',
    'Answers ready for finance',
    'Finance will ask about payback, contract length and exit. Here are those answers on one page, so you do not have to improvise them.',
    { stages: ['proposal'], channels: ['call'], roles: ['champion', 'finance-approver'] },
  ),
  k.handoff(
    'credit-the-champion',
    'Hand-off: who carried the deal',
    'Tell onboarding who championed this internally and who they had to convince; the kick-off should make the champion look good in front of them.',
    { stages: ['onboarding'], channels: ['prep'] },
  ),
  k.say(
    'kickoff-sponsors',
    'Kick-off with the approvers present',
    'Invite the people who approved it to the kick-off for ten minutes, so they see the plan they said yes to.',
    { stages: ['onboarding'], channels: ['call'], roles: ['champion', 'senior-sponsor'] },
  ),
  k.emailSnippet(
    'progress-to-approvers',
    'Progress the champion can forward',
    'Here is a three-line progress update you can forward to your leadership: what is live, what it has changed, what comes next.',
    { stages: ['onboarding', 'adoption'], channels: ['email'], roles: ['champion'] },
  ),
  k.show(
    'internal-results',
    'Results for the internal audience',
    'Give the champion a short results summary formatted for their leadership, with the numbers they promised internally.',
    { type: 'results-summary', label: 'A results summary in the customer’s own reporting format' },
    { stages: ['adoption', 'renewal'], channels: ['call', 'email'], roles: ['champion'] },
  ),
  k.ask(
    'internal-reception',
    'How it is landing inside',
    'How is this being talked about in your leadership meetings? What do they still ask you?',
    { stages: ['adoption', 'renewal'], channels: ['call'], roles: ['champion'] },
  ),
  k.nextStep(
    'sponsor-review',
    'Sponsor review with the approvers',
    'Set up a short review with the people who approved the purchase, led by the champion, with results they can repeat.',
    { stages: ['adoption'], channels: ['prep'] },
  ),
  k.say(
    'renewal-case',
    'The renewal case, ready made',
    'I have prepared the renewal case the way you built the original: the result, the cost, the next year. You can take it in as your own.',
    { stages: ['renewal'], channels: ['call'], roles: ['champion'] },
  ),
  k.emailSnippet(
    'renewal-permission',
    'Renewal pack for the approvers',
    'Ahead of renewal on {renewal_date}, attached is a one-page summary for the people who approved this: what they bought, what it delivered ({result}), and what we propose next.',
    { stages: ['renewal'], channels: ['email'] },
  ),
  k.ask(
    'approvers-changed',
    'Have the approvers changed',
    'Is the approval path the same as last year, or has anyone new joined the decision?',
    { stages: ['renewal'], channels: ['call', 'prep'] },
  ),
  k.objection(
    'new-approver',
    '"We have a new finance director"',
    'Treat them as a new buyer: ask the champion what they care about and prepare a fresh one-pager for them, not the original one.',
    { stages: ['renewal', 'expansion'], channels: ['call'], roles: ['champion', 'finance-approver'] },
  ),
  k.say(
    'expand-with-champion',
    'Let the champion lead expansion',
    'You built the case here. Shall we prepare the same pack for the other department, so you can introduce it with results behind you?',
    { stages: ['expansion'], channels: ['call'], roles: ['champion'] },
  ),
  k.emailSnippet(
    'expand-permission',
    'Expansion: a pack for the next approver',
    'I drafted a one-page summary for the head of the other team, using your results. Have a look and change anything before you forward it.',
    { stages: ['expansion'], channels: ['email'], roles: ['champion'] },
  ),
  k.avoid(
    'go-around-champion',
    'Never go around the champion',
    'Do not contact their approvers behind their back; it costs them standing and you the relationship.',
    { stages: ['onboarding', 'adoption', 'renewal', 'expansion', 'proposal'] },
  ),
  k.nextStep(
    'expansion-approvers',
    'Map the next approvers',
    'List who must approve the expansion, what each will ask, and which results from this account answer it.',
    { stages: ['expansion'], channels: ['prep'] },
  ),
];

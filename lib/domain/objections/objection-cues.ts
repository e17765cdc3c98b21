/**
 * What a buyer's objection or worried question sounds like in captions, per topic, and the
 * playbook entries that answer it (first present wins; a team that hides a default falls
 * through to the next). Hand-written cue phrases; they are checked one sentence at a time.
 */
export type ObjectionTopic =
  'failure' | 'tried-before' | 'price' | 'budget' | 'security' | 'timing' | 'incumbent' | 'authority';

export interface ObjectionCue {
  topic: ObjectionTopic;
  /** For the why-chip: what was heard, in plain words. */
  label: string;
  patterns: readonly RegExp[];
  /** Playbook entry ids, best first. */
  entryIds: readonly string[];
  /** Words in a team entry's title that mean it answers this topic. */
  titleWords: RegExp;
}

export const OBJECTION_CUES: readonly ObjectionCue[] = [
  {
    topic: 'failure',
    label: 'worry it fails',
    patterns: [
      /\bwhat (?:if|happens if) (?:it|this|the \w+) (?:fails|breaks|goes wrong|stops|doesn['’]t work)/i,
      /\bfails? (?:halfway|midway|part way)/i,
    ],
    entryIds: ['default.risk.objection-what-if-fails', 'default.credibility.objection-what-if-it-flops'],
    titleWords: /\bfail|flop|goes wrong/i,
  },
  {
    topic: 'tried-before',
    label: 'tried before',
    patterns: [
      /\bwe(?:['’]ve| have)? tried (?:this|that|it|something like (?:this|that))\b/i,
      /\btried (?:this|that) before\b/i,
      /\bbeen burned\b/i,
    ],
    entryIds: ['default.general.objection-tried-before'],
    titleWords: /\btried\b/i,
  },
  {
    topic: 'price',
    label: 'price',
    patterns: [
      /\b(?:too|very|pretty|quite) (?:expensive|pricey|costly)\b/i,
      /\bprice (?:is|seems|feels) (?:too )?high\b/i,
      /\bcheaper\b/i,
      /\bhow much (?:does|will) (?:it|this) cost\b/i,
    ],
    entryIds: ['default.general.objection-price-too-high', 'default.growth.objection-too-expensive-growth'],
    titleWords: /\bprice|expensive|cost/i,
  },
  {
    topic: 'budget',
    label: 'budget',
    patterns: [
      /\bno budget\b/i,
      /\bbudget (?:is|was|has been) (?:cut|frozen|spent|gone)\b/i,
      /\bdon['’]t have (?:the |a )?budget\b/i,
    ],
    entryIds: ['default.general.objection-no-budget', 'default.growth.objection-renewal-cut-budget'],
    titleWords: /\bbudget/i,
  },
  {
    topic: 'security',
    label: 'security',
    patterns: [
      /\bsecurity (?:review|team|questionnaire|concerns?)\b/i,
      /\b(?:is|how is) (?:our|the) data (?:safe|secure|stored|protected)\b/i,
      /\b(?:soc ?2|iso ?27001|gdpr|pen ?test)\b/i,
    ],
    entryIds: ['default.general.objection-security-question'],
    titleWords: /\bsecur|data safe|privacy/i,
  },
  {
    topic: 'timing',
    label: 'timing',
    patterns: [
      /\bnot (?:the )?right (?:time|now)\b/i,
      /\b(?:not|isn['’]t) a priority (?:right now|this (?:quarter|year))\b/i,
      /\b(?:next|after the) (?:quarter|year) (?:at the earliest|maybe)\b/i,
      /\bwe['’]re (?:swamped|too busy)\b/i,
    ],
    entryIds: ['default.general.objection-timing-not-now', 'default.relief.objection-not-now'],
    titleWords: /\btiming|not now|right now/i,
  },
  {
    topic: 'incumbent',
    label: 'already use another tool',
    patterns: [
      /\bwe (?:already )?(?:use|have|run) (?!to\b)[\w-]+(?: \w+)? (?:already|for (?:this|that))\b/i,
      /\bwe already (?:use|have|pay for)\b/i,
    ],
    entryIds: [
      'default.general.objection-already-use-another-tool',
      'default.control.objection-we-have-reports',
    ],
    titleWords: /\balready (?:use|have)/i,
  },
  {
    topic: 'authority',
    label: 'not their decision alone',
    patterns: [
      /\bnot (?:really )?my (?:call|decision)\b/i,
      /\bcheck with my (?:boss|manager|cfo|director)\b/i,
    ],
    entryIds: ['default.blame.objection-not-my-call', 'default.permission.objection-need-to-check'],
    titleWords: /\bmy call|check with/i,
  },
];

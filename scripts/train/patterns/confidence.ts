import type { PatternRow } from './pattern-row';

/** Phrase patterns for confidence (conventions in `pattern-row.ts`). */
export const CONFIDENCE_PATTERNS: PatternRow[] = [
  [
    'asks-who-else',
    1.2,
    '(could|can) (i )?ring|could call|vouch|case stud(y|ies)|real numbers|rolled (this|it) out|settle it|any \\w+ our size|our size|evidence from|(other|another) (\\w+ )?(centres?|chains?|agencies|utilities|breweries|retailers?|firms|companies|customers|hospitals|councils)',
  ],
  [
    'defensible-choice',
    1.1,
    "proof (it'?s|that)|documented evidence|strongest|best fit|the right (tool|fit|one|partner)|sales promise|weakness\\w*|hear it straight|sleep on it|weigh\\w* it up|how it compares",
  ],
  [
    'wants-certainty',
    1.3,
    '(be|feel|make|being) (absolutely |really |\\w+ )?(sure|certain|confident)|right (choice|call|move|one|decision)|(getting|get|pick) (it|this|the right)|sound choice|reassur\\w*|certain',
  ],
  [
    'asks-who-else',
    1.3,
    'who else|anyone (else|in)|other \\w+ (like us|our size|that|who)|customers? like us|like ours|references?|speak (to|with)|hear (it )?from|talk to (another|other|some)|connect us with|another \\w+ (group|that|who)|pick it again|(peers|operators|practices|labs|banks|schools) (in|of|who|like)',
  ],
  [
    'comparing-options',
    1.1,
    'compar\\w*|due diligence|weigh\\w*|shortlist|narrow\\w* it down|versus|pros and cons|competitor|other (vendors|suppliers|options)|two others|one other supplier|three vendors',
  ],
  ['defensible-choice', 1.2, 'defend|defensible|justify|stand up|hold up|sound|robust|holds up|in a year'],
  [
    'second-guessing',
    1.1,
    'not !sure|unsure|back and forth|think (it|this) (through|over)|more time|homework|still .{0,10}(unsure|deciding)|honest(ly)? (where|comparison)|weak spots?|fall short|surprised later',
  ],
  [
    'asks-references',
    1.0,
    'independent|reviews?|reviewers|analysts?|benchmarks?|validation|proof from|peers?|marketing claims|outside',
  ],
];

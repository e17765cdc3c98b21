import type { PatternRow } from './pattern-row';

/** Phrase patterns for permission (conventions in `pattern-row.ts`). */
export const PERMISSION_PATTERNS: PatternRow[] = [
  [
    'run-it-past',
    1.1,
    "(get|gets) a vote|final say|tender|formal (process|tender)|(can'?t|cannot) !just !pick|governance board|(?<!\\bi )signs? off on|pitch it to|approve any change|their approval|leadership meeting|pays? back|payback|roi",
  ],
  [
    'asks-for-material',
    1.0,
    'material that|speaks? to them|proposal before|customer names|names i can mention|before they agree',
  ],
  [
    'budget-approval-cycle',
    1.0,
    'budgets? (for next year )?(are|is) set|set in (january|february|march|april|may|june|july|august|september|october|november|december)|the (directors|founders|owners|publisher|superintendent)',
  ],
  [
    'needs-to-convince',
    1.4,
    'convinc\\w*|persuad\\w*|buy-?in|buy in|on board|on side|make the case|sell it to|(take|bring) .{0,25} (with me|along|upstairs)|the argument|ammunition|win approval',
  ],
  [
    'run-it-past',
    1.2,
    "run (it|this) (past|by)|(get|take) (it|this) (past|to)|have to (agree|approve|sign|vote|say yes)|(?<!\\bi )sign(s|ed)?[- ]?off|(?<!\\bi )approv\\w*|blessing|vote\\w*|say yes|(can'?t|cannot) !approve|only recommend",
  ],
  [
    'asks-for-material',
    1.1,
    'one-?pager|business case|slides|deck|summary|board pack|pack together|something (i can|to) (share|forward|show)|write (up|it up)|put (it|that) to|forward to|share with|walk the partners|cost over three years|help me (put|build|with the pitch)',
  ],
  [
    'budget-approval-cycle',
    1.0,
    'committee|board|trustees|governors|partners|council|procurement|steering group|change board|budget cycle|planning cycle|three quotes|meets? (on|in|monthly|once)|their next meeting',
  ],
  [
    'not-my-call',
    1.3,
    "not !my !(call|decision)|(owners|directors|partners|they) (decide|vote|have to|will want)|isn'?t !mine|has to (approve|sign)|have to (get|sign)|need .{0,20}(sign-?off|approval)|need the",
  ],
  [
    'asks-what-others-ask',
    0.9,
    "what (objections|do other|do \\w+ usually)|what will they ask|will want to see|they'?ll (grill|ask)|sceptical",
  ],
];

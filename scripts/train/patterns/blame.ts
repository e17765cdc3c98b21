import type { PatternRow } from './pattern-row';

/** Phrase patterns for blame (conventions in `pattern-row.ts`). */
export const BLAME_PATTERNS: PatternRow[] = [
  [
    'my-neck',
    1.3,
    '~my neck|on the line|answer for|(got|get|took|take|getting) the blame|scapegoat\\w*|wanted a name|it was mine|comes? after me|hold me responsible|point\\w* (at|the finger at) (me|my team)|coming back on me|come back (on|to) me|not !my !neck',
  ],
  [
    'wants-sign-off-shared',
    1.2,
    '~carrying (this|the) (decision|can)|by myself|minuted|collective|raci|who owned|signs? too|sign (it )?too',
  ],
  ['cover-myself', 1.2, 'documented so|followed procedure|service credit|show we did|clear i (followed|did)'],
  [
    'my-neck',
    1.4,
    "my head|my neck|on the line|on the block|firing line|left holding|holding the bag|(on|landing on|land on|pinned on|falls? on|falling on) (me|my desk|my team|us)|(get|getting|be) (the )?blam\\w*|blamed|shouted at|hauled|phone calls|explain\\w* (it )?(to|upward|alone)|come after me|it'?s on me|asked me",
  ],
  [
    'cover-myself',
    1.4,
    'cover (myself|me|us)|covered|paper trail|in writing|written (confirmation|responsibility)|documented (approval|sign-?offs?)|by the book|something to point to|point to (it|something)|put my name|my name to',
  ],
  [
    'who-is-accountable',
    1.1,
    "accountab\\w*|responsib\\w*|fault|(it'?s|clearly) on you|who is to blame|the fault",
  ],
  [
    'wants-sign-off-shared',
    1.2,
    "co-?sign|signed by|signatures|(everyone|others|other heads|your team) (agreed|signs?|signed|signed up)|shared|isn'?t !just|not !(just|all) !on|not (putting|going to put)|alone|signs? off on the design",
  ],
  ['asks-guarantees', 1.0, 'guarantee\\w*|sla|service levels?|penalt\\w*|uptime'],
  [
    'defers-decision',
    1.1,
    "(rather|prefer) (the|that the) (committee|board)|committee decides|board makes|isn'?t just my decision",
  ],
  [
    'got-burned',
    1.1,
    "burned|been there before|won'?t (go through|be again)|last time .{0,40}(failed|slipped|went wrong|backed)|before and won'?t|nobody asked the vendor",
  ],
];

import type { PatternRow } from './pattern-row';

/** Phrase patterns for credibility (conventions in `pattern-row.ts`). */
export const CREDIBILITY_PATTERNS: PatternRow[] = [
  [
    'my-initiative',
    1.2,
    "brought this idea|my (proposal|idea)|my name is on|annual plan|centrepiece of my|i'?m new|pretty new|new chair",
  ],
  [
    'wants-recognition',
    1.2,
    "visible success|(department|team|our)'?s? achievement|(early|nice|big) win|win for me|speaking at|our story|delivered something|known as|the person who|making a difference|up for promotion|put in front of|build a slide|showing (it|this|the improvement) to|show (members|the board|the directors)",
  ],
  [
    'new-in-role',
    1.1,
    'new (in|to) (the|this|my) role|new vp|been here (\\w+ )?(months|weeks)|just joined|joined to|first (big )?project|first thing people|my first',
  ],
  [
    'present-to-leadership',
    1.3,
    '(present\\w*|show\\w*|walk into|take|stands? up) .{0,50}(board|leadership|exec\\w*|ceo|cio|vp|partners|governors|director|district|funders|all hands|conference|review|offsite|bosses|company meeting)',
  ],
  [
    'my-initiative',
    1.3,
    "my (project|initiative|idea|pitch|name|baby|call|chance)|i (proposed|pitched|championed|pushed (hard )?for)|put my name on|(i|i've) (kind of )?championed",
  ],
  [
    'wants-recognition',
    1.4,
    '(the|a) (one|person|manager|practice) who|hero|credit|recognition|make a mark|feather in my cap|show off|success story|(show|see) (what|that) (my team|we|innovation)|be seen|showcase|others copy|visibly pay off|paid off|land well|my team achieved',
  ],
  ['career-stakes', 1.2, 'promotion|performance review|my reputation|career|judge me|huge difference for me'],
  [
    'asks-for-results-story',
    1.1,
    '(quick|early|clear|visible) win|results (summary|pack|story)|something (tangible |i can |to )?(show|to show)|numbers that prove|story to tell',
  ],
];

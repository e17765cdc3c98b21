import type { PatternRow } from './pattern-row';

/** Phrase patterns for simplicity (conventions in `pattern-row.ts`). */
export const SIMPLICITY_PATTERNS: PatternRow[] = [
  [
    'too-complicated',
    1.1,
    'so many (fields|options|screens|steps)|skip it|whole (software )?suite|suite|hate admin|ignore it|enough on their (screens|plates)|another window|an expert|expert in',
  ],
  [
    'easy-to-use',
    1.1,
    '(three|two|one|few) buttons|nothing else|scan and go|log(ging)? in twice|just handles|without (all )?the (setup|extras|bells)|help article|without (a )?(help|manual|training|guide)|learnable|in minutes|runs? itself|effortless|no it (department|team|person)|keep the steps|minimum|reduce the number of',
  ],
  [
    'no-more-tools',
    1.4,
    '(another|one more|yet another|too many|more|five|new) (logins?|tools?|systems?|apps?|things? to manage)|replace something|not add to it|juggl\\w*',
  ],
  [
    'too-complicated',
    1.1,
    'complicated|clunky|fiddly|confusing|complex|bells and whistles|fancy|absurd|went over our heads|techy|computer people|extras',
  ],
  [
    'no-time-to-learn',
    1.2,
    "no !(time|capacity)|(don'?t|do not) !have !(time|the|capacity)|training|manuals|the manual|a manual|instructions|learn\\w*|week-long|course|pick (it )?up|revolt|won'?t !(use|read|bother)|just !won'?t",
  ],
  [
    'easy-to-use',
    1.0,
    'simple|simply|easy|easier|intuitive|out of the box|just works|obvious|straightforward|plain|basic|stripped-down|two taps|day one|no fuss|dead simple|least effort',
  ],
  [
    'fewer-steps',
    1.0,
    '(fewer|less) (clicks|steps|screens|admin|effort)|(\\w+) (clicks|steps|taps|screens)|one screen|no menus',
  ],
  [
    'asks-setup-effort',
    0.8,
    'set ?up|setup|configur\\w*|consultant|work on our side|from our side|plug into|handle the setup|big project|you set it up|on their phones?',
  ],
];

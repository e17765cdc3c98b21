import type { PatternRow } from './pattern-row';

/** Phrase patterns for growth (conventions in `pattern-row.ts`). */
export const GROWTH_PATTERNS: PatternRow[] = [
  [
    'scaling-plans',
    1.0,
    '(up|increase\\w*|grow|grew|rise|rising|jump\\w*) (by )?\\d+|\\d+ ?(percent|%) (up|growth|more|higher)|threefold|twofold|tenfold|go up|output|booming|capacity|throughput|much (larger|bigger)|larger accounts|bigger (catalogue|accounts|customers|deals)',
  ],
  [
    'new-markets',
    1.1,
    'upmarket|enterprise customers|(second|third|new) (ground|site|warehouse|factory|location|flagship)|distribution deal|new (routes|aircraft|vans|homes|members|segments?)|break into|go global|worldwide|all over the world|bidding|win (them|those|the contract)|wholesale push',
  ],
  [
    'scaling-plans',
    0.9,
    'doubl\\w*|tripl\\w*|scale\\w*|scaling|expand\\w*|expansion|ramp(ing)? up|grows? with us|five times|ten times|\\d+ ?(%|percent)',
  ],
  ['scaling-plans', 0.5, 'grow\\w*'],
  [
    'new-markets',
    1.3,
    'new (markets?|regions?|countries|stores|sites|locations|clinics|offices?|campuses|studios|products?|product line|audiences|pits|routes)|(open|opening|launch\\w*|crack|enter|into) .{0,25}(stores|sites|office|hotels|clinics|studios|countries|markets?|pits|region|nationally|national|europe|asia|supermarket)|franchise model|go national|international|acquir\\w*|buying up',
  ],
  [
    'revenue-targets',
    1.1,
    '(revenue|arr|pipeline|sales|growth|enrolment|lending) (target|book|goal|plan)|target (is|of)|market share|our (goal|ambition|target|plan) is|the plan is|reach (a million|twice|\\w+ more)|more (customers|volume|repeat customers|loans|families|work)|monetis\\w*|won .{0,20}contracts?',
  ],
  [
    'outgrowing-tools',
    1.1,
    "(won'?t|can'?t|cannot|doesn'?t) !(cope|keep|scale|handle)|keep(s)? pace|outgrow\\w*|handle that|at (that|this) scale|past ten thousand|volume ahead",
  ],
  ['hiring-fast', 0.8, 'hiring|hire\\w*|headcount|recruiters|adding (a )?(second|new|two) (shift|teams?)'],
  ['asks-about-limits', 0.8, 'pricing (at|when|as)|what (it )?costs? at|price .{0,10} scale|punish\\w* us'],
  [
    'competitor-pace',
    0.9,
    'competitors? (are )?(moving|growing|faster)|before the big guys|grab (market|as much)',
  ],
];

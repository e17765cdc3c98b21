import type { PatternRow } from './pattern-row';

/** Phrase patterns for control (conventions in `pattern-row.ts`). */
export const CONTROL_PATTERNS: PatternRow[] = [
  [
    'no-visibility',
    1.0,
    'keep tabs|on a map|(see|know|track|spot) (every|all|each|which|where|who|what)|status (of|across|by)|across all (\\w+ )?(branches|sites|departments|stores|regions|teams|clients|locations)|visibility into|insight into|overview of|which ones have|which (\\w+ )?(are|is|have|has) (open|overdue|unpatched|submitted|stuck|behind)',
  ],
  [
    'who-owns-what',
    1.0,
    "who'?s assigned|assigned to|who picked|who'?s on (each|it|them)|sitting on|accountable for closing|owns? each|on each",
  ],
  [
    'wants-dashboards',
    1.0,
    'weekly summary|summary across|pull together|head office wants|clean report|reports? (on|for|by)|kpis?|metrics by',
  ],
  [
    'no-visibility',
    1.3,
    'visibility|oversight|single view|one view|one (place|screen|page)|at a glance|whole (picture|estate)|full picture|live picture|real time|right now|black box|control tower|single source of truth|firm-wide|consolidated view',
  ],
  [
    'no-visibility',
    1.1,
    "(can'?t|cannot|no way to) !(see|tell|answer|know)|nobody !can !tell|no !idea|(i|we) (want|need|would like|'?d like) to (see|know|track)|show me (where|which|who)|which (\\w+ )?(is|are) (behind|slipping|late|stuck|sitting)|where (each|every) .{0,20}(stands|is stuck|is at)",
  ],
  [
    'who-owns-what',
    1.1,
    "who owns|who(?:'s| is) (responsible|working on|holding|on)|owners?|ownership|who has (them|it)|who'?s holding",
  ],
  [
    'wants-dashboards',
    1.1,
    'dashboards?|exception report|reports? every|reporting|audit (log|trail)|permissions|(who|what) (approved|changed|can edit)|history of every|roles and permissions|admin side|their own (view|area)',
  ],
  [
    'surprises-late',
    1.1,
    'too late|only (learn|hear|find)|find out|learn about|until (something|a customer|a tenant)|before (it|they|something) (escalat\\w*|breaks?)|after the weekly',
  ],
  [
    'scattered-information',
    0.9,
    'scattered|inboxes|site diaries|contradict\\w*|keeps? (its|their) own numbers|opaque|ping (six|\\w+) people',
  ],
  ['asks-permissions-audit', 0.8, 'lock(ed)? down|only see their own|who can (see|edit|access)'],
];

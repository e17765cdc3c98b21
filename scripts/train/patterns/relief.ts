import type { PatternRow } from './pattern-row';

/** Phrase patterns for relief (conventions in `pattern-row.ts`). */
export const RELIEF_PATTERNS: PatternRow[] = [
  [
    'cannot-keep-going',
    1.1,
    "worn out|fed up|sick of|tired of|slog|grind|tedious|time sink|close to quitting|quitting|knackered|stressed|frustrat\\w*|too much|stretched( thin)?|at capacity|can'?t !cope|eat\\w* .{0,20}alive|nobody signed up for",
  ],
  [
    'firefighting',
    1.0,
    'takes? forever|forever to|lag|bottleneck|slow\\w* .{0,20}(down|to a crawl)|crawl|stuck (answering|doing|on|in|with)|over and over|one by one|full-time job|toggl\\w*|patched together|workarounds?|macros|double handling|dig(ging)? through|things get missed|get(s)? missed|falls? through the cracks',
  ],
  [
    'drowning-in-manual-work',
    1.4,
    "drowning|buried|swamped|snowed under|overwhelmed|underwater|piling up|pile up|piles up|can'?t breathe",
  ],
  [
    'drowning-in-manual-work',
    1.2,
    'by hand|manual(ly)?|re-?key\\w*|re-?typ\\w*|re-?enter\\w*|copy(ing)? (and )?past\\w*|double (entry|charting|data entry)|paperwork|on paper',
  ],
  [
    'hours-lost',
    1.2,
    '(waste|wastes|wasting|lose|loses|losing|lost|eats?|burn|burns|spend|spends|spending|takes?|taking) .{0,40}(hours?|days?|mornings?|evenings?|afternoons?|weekends?|lunch breaks?|all day|half the day)',
  ],
  [
    'firefighting',
    1.0,
    'firefight\\w*|chasing|catch(ing)? up|backlog|queue|scrambl\\w*|all-nighter|late (three|every|most)|working weekends',
  ],
  [
    'cannot-keep-going',
    1.3,
    "(can'?t|cannot) !keep !(doing|going)|breaking point|burn(ing|t)? out|burnout|exhaust\\w*|killing us|nightmare|headache|painful|agony|brutal|sanity|crushing|grinding|wearing .{0,12} down|soul-destroying|shattered|hate it|endless",
  ],
  [
    'asks-how-fast-live',
    1.0,
    'how (fast|quickly|soon)|up and running|(start|get started|go live|trial) (next|this|on) (week|monday)|this week|asap|yesterday|get (it|this|something) (live|in place) before|when could we start|move quickly',
  ],
  [
    'skips-the-overview',
    1.0,
    "skip the|(don'?t|do not) !need !the !(full|long|big)|just want to see (how|it)|short version",
  ],
];

import type { PatternRow } from './pattern-row';

/** Phrase patterns for risk (conventions in `pattern-row.ts`). */
export const RISK_PATTERNS: PatternRow[] = [
  [
    'compliance-pressure',
    1.2,
    'pci|sox|fca|hard requirement|money laundering|aml|kyc|ethics|critical infrastructure|resilien\\w*|incident response|caught out|ground\\w* the fleet',
  ],
  [
    'what-if-fails',
    1.1,
    "in court|court|sued|lawsuit|legal (slip|action|risk|exposure)|harm\\w*|patient safety|safeguard\\w*|can'?t !get !(it|this) !wrong|recall|contamination|bulletproof|traceab\\w*|keeps me up at night|game over|finish us|crashed|missed thousands",
  ],
  [
    'compliance-pressure',
    1.3,
    'audit(s|ors?|ed)?|regulat\\w*|complian\\w*|gdpr|soc ?2|iso ?27001|hipaa|gxp|validated|certif\\w*|inspect\\w*|licence|license|findings?|data lineage|data retention|safety case|the law',
  ],
  [
    'security-questions',
    1.3,
    'secur\\w*|breach\\w*|leak\\w*|privacy|confidential\\w*|data protection|pen(etration)? tests?|encrypt\\w*|hack\\w*|compromised|fraud|card data|where .{0,20}(data|servers) (is|are|ends up)|hosted|data residency',
  ],
  [
    'past-failure',
    1.0,
    'went badly|went wrong|failed on|(last|previous) .{0,30}(failed|disaster)|a disaster|burned by|stung|lost .{0,25}(records|data|weeks)|wrong bills',
  ],
  [
    'what-if-fails',
    1.1,
    'what happens (if|to)|if .{0,40}(fails?|goes (down|under|offline|wrong)|go offline|breaks|is compromised|disappear\\w*)|worst case|fallback|rollback|disaster recovery|backups?|outage|goes down|catastroph\\w*|zero tolerance|no tolerance',
  ],
  ['exit-terms', 1.1, 'exit|escrow|lock(ed)?-? ?in|get our data out|data out|goes under|acquired'],
  ['sends-questionnaire', 1.1, 'questionnaire|risk team|model risk|legal will|scrutinis\\w*'],
  ['asks-for-pilot', 0.9, 'pilot|phased|staged|one (desk|site|team|ward) first|small(er)? (trial|rollout)'],
  [
    'slow-careful-pace',
    0.8,
    "careful|nervous|worr(y|ied|ies)|scared|terrified|afraid|penalt\\w*|fines?|lawsuit|liabil\\w*|errors?|mistakes?|safety|safe|reputation|airtight|watertight|non-negotiable|can'?t afford|exposed|sacred|sensitive",
  ],
];

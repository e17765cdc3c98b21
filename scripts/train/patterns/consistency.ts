import type { PatternRow } from './pattern-row';

/** Phrase patterns for consistency (conventions in `pattern-row.ts`). */
export const CONSISTENCY_PATTERNS: PatternRow[] = [
  [
    'everyone-different',
    1.2,
    'swing\\w* wildly|in (its|their) own style|not comparable|comparable|each (depot|faculty|imprint|manager|store|site|team leader|agent|engineer)|depends too much',
  ],
  [
    'wants-standard',
    1.1,
    'single method|common process|one method|same checks|standard approach|every (faculty|depot|imprint|airport|manager|agent|engineer|taproom|team leader|branch) (doing|follows|following|to)',
  ],
  [
    'everyone-different',
    1.4,
    "own (way|version|format|thing|spreadsheets|recipe( cards)?)|(their|his|her|its) own|differently|different (ways?|formats?|versions?)|all over the place|varies|vary|uneven\\w*|drift\\w*|depends (entirely )?on (which|the)|(impossible|hard) to compare|doesn'?t line up|nothing lines up|bouncing",
  ],
  [
    'wants-standard',
    1.3,
    'same (way|process|standard|checklist|template|procedure|rubric|structure|format|experience|housekeeping|opening)|one (standard|shared|playbook|checklist|template|process)|standard\\w*|templates?|uniform|identical|house style|sops?|playbook|rubric|checklists?|no exceptions',
  ],
  [
    'quality-varies',
    1.1,
    '(quality|results?|outcomes?|dishes|margins|service) .{0,20}(var(y|ies)|differ\\w*|all over)|taste different',
  ],
  ['repeatable', 1.1, 'repeatable|predictable|consistent\\w*|every time|the same'],
  ['onboarding-new-staff', 0.8, 'new (starters?|drivers|staff|hires?)|our way'],
  [
    'multi-site',
    0.7,
    'every (store|site|branch|location|ward|hotel|depot|kitchen|shift|property|crew|studio|practice|classroom|office|team|dealership|pit|associate|doctor|teacher|adjuster|rep|one of our)|(each|all) (runs|does|follows|kitchen|ward|branch|studio|depot|pit|crew)|franchise|(all|across) (our|the|every) \\w+',
  ],
];

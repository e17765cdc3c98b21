/**
 * What customer-facing text must never carry (the one-pager, email snippets, the follow-up
 * email): the team's diagnosis wording, motivation names used as labels, scores, stances and
 * internal ids. One home for the rule, so every customer document's test holds the same line.
 * Used by tests (it imports the whole default playbook, which the panel loads lazily).
 */
import { MOTIVATION_CATALOGUE as catalogue } from '../domain/motivations/catalogue';
import { PERMISSION_ARTEFACTS } from '../domain/stakeholders/rules/structure-rules';
import { ROLES } from '../domain/vocabulary';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default/all-entries';

const motivations = Object.values(catalogue);
/** The catalogue's own sentences are diagnosis language, for the team only. */
const DIAGNOSIS_SENTENCES = motivations.flatMap((m) => [m.summary, ...m.needs, ...m.avoid, m.successMetric]);
/** Ids the product uses inside: roles, proof types, artefacts (`economic-buyer`, `business-case-template`). */
const INTERNAL_IDS = [
  ...ROLES.filter((r) => r.includes('-')),
  ...new Set(playbook.flatMap((e) => (e.proof ? [e.proof.type] : []))),
  ...PERMISSION_ARTEFACTS,
];
const INTERNAL: [string, RegExp][] = [
  [
    'diagnosis words',
    /\b(motivations?|diagnos\w*|scores?|stance|sceptic|blocker|economic buyer|buying group)\b/i,
  ],
  [
    'motivation names used as labels',
    new RegExp(`\\b(${motivations.map((m) => m.name).join('|')})\\s*(\\d|:|—|\\()`),
  ],
  ['scores', /\b0\.\d+\b|\b\d{1,3} ?\/ ?100\b/],
  ['internal ids', new RegExp(`\\b(${INTERNAL_IDS.join('|')})\\b|\\b[a-z]+\\.[a-z0-9]+-[a-z0-9-]+\\b`)],
  ['the matcher’s explanations', /\bwhy:/i],
  ['third-person diagnosis ("They are convinced…")', /\bThey are (convinced|hurting|afraid|keen)/],
];

/** The habits `text` breaks ("quotes the catalogue", "scores"…); empty when it is clean. */
export function internalLanguageIn(text: string): string[] {
  const broken = DIAGNOSIS_SENTENCES.some((s) => text.includes(s)) ? ['quotes the catalogue'] : [];
  return [...broken, ...INTERNAL.filter(([, pattern]) => pattern.test(text)).map(([habit]) => habit)];
}

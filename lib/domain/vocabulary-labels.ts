/**
 * One registry of the words people read for the product's ids: roles, stances, stages,
 * channels, motions, motivations, playbook kinds. Nothing the rep reads (the panel, the briefs
 * and their Markdown, the matcher's "why") prints a raw id such as `economic-buyer`; ids not
 * listed (a team's own proof types) are turned into words. Pure, so `lib/` uses it too.
 */
import { MOTIVATION_CATALOGUE } from './motivations/catalogue';

const LABELS: Record<string, string> = {
  // roles
  'economic-buyer': 'Economic buyer',
  'daily-user': 'Daily user',
  'technical-reviewer': 'Technical reviewer',
  champion: 'Champion',
  'finance-approver': 'Finance approver',
  'senior-sponsor': 'Senior sponsor',
  blocker: 'Blocker',
  // stances (blocker and champion above)
  sceptic: 'Sceptic',
  neutral: 'Neutral',
  supporter: 'Supporter',
  // stages
  discovery: 'Discovery',
  qualification: 'Qualification',
  evaluation: 'Evaluation',
  proposal: 'Proposal',
  onboarding: 'Onboarding',
  adoption: 'Adoption',
  renewal: 'Renewal',
  expansion: 'Expansion',
  // channels and note kinds
  call: 'Call',
  email: 'Email',
  prep: 'Prep',
  meeting: 'Meeting',
  // motions
  'self-serve': 'Self-serve',
  'sales-assisted': 'Sales-assisted',
  'high-touch': 'High-touch',
  // playbook kinds
  say: 'Say',
  ask: 'Ask',
  show: 'Show',
  avoid: 'Avoid',
  'next-step': 'Next step',
  objection: 'Objection',
  'email-snippet': 'Email snippet',
  handoff: 'Hand-off',
  // motivations: the catalogue's names
  ...Object.fromEntries(Object.values(MOTIVATION_CATALOGUE).map((m) => [m.id, m.name])),
};

/** "business-case-template" → "Business case template", for ids the registry does not list. */
function words(id: string): string {
  const spaced = id.replace(/[-_]+/g, ' ').trim();
  return spaced ? spaced[0]!.toUpperCase() + spaced.slice(1) : id;
}

/** The label for an id (known ids from the registry; others turned into words). */
export function labelOf(id: string): string {
  return Object.hasOwn(LABELS, id) ? LABELS[id]! : words(id);
}

/** Labels for a list of ids, comma-separated. */
export function labelsOf(ids: readonly string[]): string {
  return ids.map(labelOf).join(', ');
}

/**
 * The hand-off brief to onboarding / customer success: why they bought, the path it calls for,
 * what onboarding should emphasise, the success metric, who is who, what was promised, risks.
 * Its job: nothing the customer was told gets lost between the team that sold and the team that serves.
 */
import type { MotivationCatalogue } from '../domain/diagnosis/types';
import type { Account, Evidence, Note, Person } from '../domain/records';
import { isAfterSale } from '../domain/vocabulary';
import { analyseStakeholders } from '../domain/stakeholders/analyse-stakeholders';
import { matchPlaybook, type PlaybookPick } from '../playbook/match-playbook';
import type { PlaybookEntry } from '../playbook/schema';
import {
  currentScores,
  motivationsWithQuotes,
  whoIsWho,
  type MotivationSummary,
  type PersonLine,
  type Scores,
} from './brief-parts';
import type { BriefRisk } from './renewal-brief';

/** Notes carrying one of these tags are commitments made during the sale. */
export const PROMISE_TAGS = ['promise', 'promised', 'commitment'] as const;

export interface HandoffBriefInput {
  account: Account;
  people: readonly Person[];
  evidence: readonly Evidence[];
  notes: readonly Note[];
  /** Account scores; otherwise scored from evidence and ticked signals at `now`. */
  scores?: Scores;
  catalogue: MotivationCatalogue;
  playbook: readonly PlaybookEntry[];
  now: string;
}

export interface HandoffBrief {
  accountName: string;
  /** "Why they bought" only once they have; before a sale, "Why they are moving". */
  whyHeading: string;
  motion?: Account['motion'];
  motivations: MotivationSummary[];
  /** The path the leading motivation calls for (catalogue). */
  path?: { name: string; description: string };
  onboardingEmphasis: string[];
  handoffNotes: string[];
  /** What to avoid with this customer (catalogue, leading motivation). */
  avoid: string[];
  successMetric?: { text: string; source: 'promised' | 'suggested' };
  people: PersonLine[];
  promises: { text: string; at: string }[];
  risks: BriefRisk[];
  /** Hand-off entries from the playbook for this diagnosis. */
  playbook: PlaybookPick[];
}

/** Builds the hand-off brief; pure, everything it needs is passed in. */
export function buildHandoffBrief(input: HandoffBriefInput): HandoffBrief {
  const { account, catalogue } = input;
  const scores = currentScores(input);
  const motivations = motivationsWithQuotes({ scores, evidence: input.evidence, catalogue });
  const top = motivations[0] ? catalogue[motivations[0].motivation] : undefined;
  const promises = input.notes
    .filter((n) => n.tags.some((t) => (PROMISE_TAGS as readonly string[]).includes(t.toLowerCase())))
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((n) => ({ text: n.text.trim(), at: n.at }));
  const risks: BriefRisk[] = analyseStakeholders({
    people: input.people,
    stage: 'onboarding',
    now: input.now,
    scores,
  }).map((w) => ({
    severity: w.severity,
    text: `${w.message} ${w.action}`,
  }));
  if (!account.successMetric?.trim())
    risks.push({
      severity: 'medium',
      text: 'No success metric was agreed in the sale: agree one at kick-off.',
    });
  if (promises.length === 0)
    risks.push({
      severity: 'low',
      text: 'No promises were recorded (notes tagged "promise"): ask the seller what was committed.',
    });
  return {
    accountName: account.name,
    whyHeading: isAfterSale(account.stage) ? 'Why they bought' : 'Why they are moving',
    ...(account.motion ? { motion: account.motion } : {}),
    motivations,
    ...(top ? { path: top.path } : {}),
    onboardingEmphasis: top?.onboarding ?? [],
    handoffNotes: top?.handoff ?? [],
    avoid: top?.avoid ?? [],
    ...(account.successMetric?.trim()
      ? { successMetric: { text: account.successMetric.trim(), source: 'promised' as const } }
      : top
        ? { successMetric: { text: top.successMetric, source: 'suggested' as const } }
        : {}),
    people: whoIsWho(input.people),
    promises,
    risks,
    playbook: matchPlaybook(input.playbook, {
      scores,
      stage: 'onboarding',
      channel: 'prep',
      ...(account.motion ? { motion: account.motion } : {}),
      kinds: ['handoff', 'avoid', 'say'],
      limit: 5,
    }),
  };
}

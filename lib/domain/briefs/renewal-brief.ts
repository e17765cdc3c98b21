/**
 * The renewal brief (product.md, account manager prepping a renewal): why they bought, the
 * success metric promised, who changed since the sale, the risks, and a renewal talk track.
 */
import { compareDiagnoses, type DiagnosisMovement } from '../diagnosis/compare-diagnoses';
import { scoreDiagnosis } from '../diagnosis/score-diagnosis';
import type { MotivationCatalogue } from '../diagnosis/types';
import type { Account, Diagnosis, Evidence, Person } from '../records';
import { analyseStakeholders } from '../stakeholders/analyse-stakeholders';
import { compareStakeholders, type StakeholderChanges } from '../stakeholders/stakeholder-changes';
import type { MotivationId } from '../vocabulary';
import { matchPlaybook, type PlaybookPick } from '../../playbook/match-playbook';
import type { PlaybookEntry } from '../../playbook/schema';
import { motivationsWithQuotes, type MotivationSummary, type Scores } from './brief-parts';

export interface RenewalBriefInput {
  account: Account;
  /** The buying group today. */
  people: readonly Person[];
  /** The buying group at the sale, when a snapshot exists; otherwise changes are inferred from `createdAt`. */
  peopleAtSale?: readonly Person[];
  /** When the deal was signed (ISO). */
  saleAt: string;
  /** The diagnosis snapshot taken at the sale; otherwise scored from evidence up to `saleAt`. */
  diagnosisAtSale?: Pick<Diagnosis, 'at' | 'scores'>;
  /** Today's account scores; otherwise scored from all evidence and ticked signals. */
  currentScores?: Scores;
  evidence: readonly Evidence[];
  catalogue: MotivationCatalogue;
  playbook: readonly PlaybookEntry[];
  now: string;
}

export interface BriefRisk {
  severity: 'high' | 'medium' | 'low';
  text: string;
}

export interface RenewalBrief {
  accountName: string;
  renewalDate?: string;
  daysToRenewal?: number;
  whyTheyBought: MotivationSummary[];
  successMetric: { text: string; source: 'promised' | 'suggested' } | undefined;
  stakeholderChanges: StakeholderChanges;
  /** How the motivation picture moved from the sale to now. */
  movement: DiagnosisMovement;
  risks: BriefRisk[];
  talkTrack: PlaybookPick[];
}

const DAY_MS = 86_400_000;

/** Builds the renewal brief; pure, everything it needs is passed in. */
export function buildRenewalBrief(input: RenewalBriefInput): RenewalBrief {
  const { account, catalogue, evidence, now, saleAt } = input;
  const atSale = input.diagnosisAtSale ?? {
    at: saleAt,
    scores: scoreDiagnosis({
      evidence: evidence.filter((e) => Date.parse(e.at) <= Date.parse(saleAt)),
      tickedSignals: [],
      catalogue,
      now: saleAt,
    }).scores,
  };
  const current =
    input.currentScores ??
    scoreDiagnosis({ evidence, tickedSignals: account.tickedSignals, catalogue, now }).scores;
  const whyTheyBought = motivationsWithQuotes({ scores: atSale.scores, evidence, catalogue, until: saleAt });
  const stakeholderChanges = input.peopleAtSale
    ? compareStakeholders(input.peopleAtSale, input.people)
    : {
        added: input.people.filter((p) => Date.parse(p.createdAt) > Date.parse(saleAt)),
        left: [],
        changed: [],
      };
  const movement = compareDiagnoses(
    atSale,
    { at: now, scores: current as Record<MotivationId, number> },
    { people: input.people },
  );
  const top = whyTheyBought[0]?.motivation;
  const successMetric = account.successMetric?.trim()
    ? { text: account.successMetric.trim(), source: 'promised' as const }
    : top
      ? { text: catalogue[top].successMetric, source: 'suggested' as const }
      : undefined;
  const daysToRenewal = account.renewalDate
    ? Math.ceil((Date.parse(account.renewalDate) - Date.parse(now)) / DAY_MS)
    : undefined;
  const risks = renewalRisks({ input, current, whyTheyBought, stakeholderChanges, movement, daysToRenewal });
  const talkTrack = matchPlaybook(input.playbook, {
    scores: { ...atSale.scores, ...maxScores(atSale.scores, current) },
    stage: 'renewal',
    channel: 'call',
    ...(account.motion ? { motion: account.motion } : {}),
    kinds: ['say', 'ask', 'show', 'objection'],
    limit: 6,
  });
  return {
    accountName: account.name,
    ...(account.renewalDate ? { renewalDate: account.renewalDate } : {}),
    ...(daysToRenewal !== undefined ? { daysToRenewal } : {}),
    whyTheyBought,
    successMetric,
    stakeholderChanges,
    movement,
    risks,
    talkTrack,
  };
}

function renewalRisks(a: {
  input: RenewalBriefInput;
  current: Scores;
  whyTheyBought: MotivationSummary[];
  stakeholderChanges: StakeholderChanges;
  movement: DiagnosisMovement;
  daysToRenewal?: number;
}): BriefRisk[] {
  const risks: BriefRisk[] = [];
  const { input, stakeholderChanges: changes } = a;
  for (const p of changes.left) {
    const key = p.roles.some((r) => r === 'champion' || r === 'economic-buyer') || p.stance === 'champion';
    risks.push({
      severity: key ? 'high' : 'medium',
      text: `${p.name} (${p.roles.join(', ') || 'no role'}) has left the buying group since the sale.`,
    });
  }
  for (const c of changes.changed) {
    if (c.stance && ['blocker', 'sceptic'].includes(c.stance.to)) {
      risks.push({
        severity: 'high',
        text: `${c.person.name} has moved from ${c.stance.from} to ${c.stance.to}.`,
      });
    }
  }
  for (const p of changes.added) {
    if (p.roles.includes('finance-approver') || p.roles.includes('economic-buyer')) {
      risks.push({
        severity: 'medium',
        text: `${p.name} now holds budget or approval and was not part of the original decision.`,
      });
    }
  }
  if (a.movement.newTop && a.movement.topBefore) {
    risks.push({
      severity: 'medium',
      text: `They bought for ${a.movement.topBefore}; today ${a.movement.topAfter} leads. Renew on what matters now, not on the original pitch.`,
    });
  }
  if (!input.account.successMetric?.trim()) {
    risks.push({
      severity: 'medium',
      text: 'No success metric was recorded at the sale: agree one now and show progress against it.',
    });
  }
  if (a.daysToRenewal !== undefined && a.daysToRenewal <= 30) {
    risks.push({
      severity: a.daysToRenewal < 0 ? 'high' : 'medium',
      text:
        a.daysToRenewal < 0
          ? `The renewal date passed ${-a.daysToRenewal} days ago.`
          : `Renewal is ${a.daysToRenewal} days away.`,
    });
  }
  for (const w of analyseStakeholders({
    people: input.people,
    stage: 'renewal',
    now: input.now,
    scores: a.current,
  })) {
    risks.push({ severity: w.severity, text: `${w.message} ${w.action}` });
  }
  const order = { high: 0, medium: 1, low: 2 };
  return risks
    .map((r, i) => ({ r, i }))
    .sort((x, y) => order[x.r.severity] - order[y.r.severity] || x.i - y.i)
    .map(({ r }) => r);
}

function maxScores(a: Scores, b: Scores): Scores {
  const out: Scores = {};
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)]) as Set<MotivationId>)
    out[k] = Math.max(a[k] ?? 0, b[k] ?? 0);
  return out;
}

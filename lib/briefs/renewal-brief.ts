/**
 * The renewal brief (product.md, account manager prepping a renewal): why they bought, the
 * success metric promised, who changed since the sale, the risks, and a renewal talk track.
 * Its wording follows the stage: before a sale it is a prep brief ("why they are moving", no
 * "since the sale", the talk track of the current stage).
 */
import { compareDiagnoses, type DiagnosisMovement } from '../domain/diagnosis/compare-diagnoses';
import { scoreDiagnosis } from '../domain/diagnosis/score-diagnosis';
import type { MotivationCatalogue } from '../domain/diagnosis/types';
import type { Account, Diagnosis, Evidence, Note, Person } from '../domain/records';
import { analyseStakeholders } from '../domain/stakeholders/analyse-stakeholders';
import { compareStakeholders, type StakeholderChanges } from '../domain/stakeholders/stakeholder-changes';
import { isAfterSale, type MotivationId } from '../domain/vocabulary';
import { labelsOf } from '../domain/vocabulary-labels';
import { matchPlaybook, type PlaybookPick } from '../playbook/match-playbook';
import type { PlaybookEntry } from '../playbook/schema';
import { slotFacts, withSlotsFilled } from '../playbook/slots';
import { PROMISE_TAGS } from './handoff-brief';
import { risksFromWords, WORD_RISK_TEXT, type WordRisk, type WordRiskKind } from './risk-words';
import { currentScores, motivationsWithQuotes, type MotivationSummary, type Scores } from './brief-parts';

export interface RenewalBriefInput {
  account: Account;
  /** The buying group today. */
  people: readonly Person[];
  /** The buying group at the sale, when a snapshot kept its roster; without it there is no baseline. */
  peopleAtSale?: readonly Person[];
  /** The account's notes: promises, outages and escalations written there become risks. */
  notes?: readonly Note[];
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
  /** Risks read from words (notes, email, calls) say what kind and quote where they came from. */
  kind?: WordRiskKind;
  quote?: WordRisk['quote'];
}

export interface RenewalBrief {
  accountName: string;
  /** Whether the account has been won: the wording, the baseline and the talk track follow it. */
  phase: 'before-sale' | 'after-sale';
  headings: { title: string; why: string; talkTrack: string };
  renewalDate?: string;
  daysToRenewal?: number;
  contract?: { value?: number; termMonths?: number; start?: string };
  whyTheyBought: MotivationSummary[];
  successMetric: { text: string; source: 'promised' | 'suggested' } | undefined;
  /**
   * What "changed since the sale" is measured against: the roster a snapshot kept at the sale,
   * none yet (record one now), or nothing to compare because there was no sale yet.
   */
  baseline: 'sale-roster' | 'none' | 'before-sale';
  /** Only with a sale roster; never guessed from when people were added. */
  stakeholderChanges: StakeholderChanges | null;
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
  const current = currentScores({ scores: input.currentScores, account, evidence, catalogue, now });
  const whyTheyBought = motivationsWithQuotes({ scores: atSale.scores, evidence, catalogue, until: saleAt });
  const phase = isAfterSale(account.stage) ? 'after-sale' : 'before-sale';
  const baseline = phase === 'before-sale' ? 'before-sale' : input.peopleAtSale ? 'sale-roster' : 'none';
  const stakeholderChanges =
    baseline === 'sale-roster' && input.peopleAtSale
      ? compareStakeholders(input.peopleAtSale, input.people)
      : null;
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
  const risks = renewalRisks({
    input,
    phase,
    current,
    whyTheyBought,
    stakeholderChanges,
    movement,
    daysToRenewal,
  });
  const talkTrack = withSlotsFilled(
    matchPlaybook(input.playbook, {
      scores: phase === 'after-sale' ? { ...atSale.scores, ...maxScores(atSale.scores, current) } : current,
      stage: phase === 'after-sale' ? 'renewal' : account.stage,
      channel: 'call',
      ...(account.motion ? { motion: account.motion } : {}),
      kinds: ['say', 'ask', 'show', 'objection'],
      limit: 6,
    }),
    slotFacts({ account, evidence }),
  );
  const contract = {
    ...(account.contractValue !== undefined ? { value: account.contractValue } : {}),
    ...(account.contractTermMonths !== undefined ? { termMonths: account.contractTermMonths } : {}),
    ...(account.contractStart ? { start: account.contractStart } : {}),
  };
  return {
    accountName: account.name,
    phase,
    headings:
      phase === 'after-sale'
        ? { title: 'Renewal brief', why: 'Why they bought', talkTrack: 'Renewal talk track' }
        : {
            title: 'Account brief',
            why: 'Why they are moving',
            talkTrack: `Talk track for ${account.stage}`,
          },
    ...(account.renewalDate ? { renewalDate: account.renewalDate } : {}),
    ...(daysToRenewal !== undefined ? { daysToRenewal } : {}),
    ...(Object.keys(contract).length ? { contract } : {}),
    whyTheyBought:
      phase === 'after-sale'
        ? whyTheyBought
        : motivationsWithQuotes({ scores: current, evidence, catalogue }),
    successMetric,
    baseline,
    stakeholderChanges,
    movement,
    risks,
    talkTrack,
  };
}

function renewalRisks(a: {
  input: RenewalBriefInput;
  phase: RenewalBrief['phase'];
  current: Scores;
  whyTheyBought: MotivationSummary[];
  stakeholderChanges: StakeholderChanges | null;
  movement: DiagnosisMovement;
  daysToRenewal?: number;
}): BriefRisk[] {
  const risks: BriefRisk[] = [];
  const { input } = a;
  const changes = a.stakeholderChanges ?? { added: [], left: [], changed: [] };
  for (const p of changes.left) {
    const key = p.roles.some((r) => r === 'champion' || r === 'economic-buyer') || p.stance === 'champion';
    risks.push({
      severity: key ? 'high' : 'medium',
      text: `${p.name} (${labelsOf(p.roles) || 'no role'}) has left the buying group since the sale.`,
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
  if (a.phase === 'after-sale' && a.movement.newTop && a.movement.topBefore) {
    risks.push({
      severity: 'medium',
      text: `They bought for ${a.movement.topBefore}; today ${a.movement.topAfter} leads. Renew on what matters now, not on the original pitch.`,
    });
  }
  if (!input.account.successMetric?.trim()) {
    risks.push({
      severity: 'medium',
      text:
        a.phase === 'after-sale'
          ? 'No success metric was recorded at the sale: agree one now and show progress against it.'
          : 'No success metric is agreed yet: agree one before the proposal.',
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
  for (const w of risksFromWords({
    notes: input.notes ?? [],
    evidence: input.evidence,
    promiseTags: PROMISE_TAGS,
  })) {
    const severity = w.kind === 'promise' ? 'medium' : 'high';
    risks.push({ severity, kind: w.kind, quote: w.quote, text: WORD_RISK_TEXT[w.kind] });
  }
  for (const w of analyseStakeholders({
    people: input.people,
    stage: input.account.stage,
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

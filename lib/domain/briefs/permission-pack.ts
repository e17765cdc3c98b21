/**
 * The permission pack (seed 000: a permission-driven buyer needs language, proof and artefacts
 * to take back into the business). For the champion: the case in their own words, an answer
 * for each stakeholder's likely objection, proof to forward, and a one-page summary.
 */
import { scoreDiagnosis } from '../diagnosis/score-diagnosis';
import type { MotivationCatalogue } from '../diagnosis/types';
import { getDiscoveryQuestion } from '../movement/discovery-questions';
import type { Account, Evidence, Person } from '../records';
import { PERMISSION_ARTEFACTS, type PermissionArtefact } from '../stakeholders/rules/structure-rules';
import { MOTIVATIONS, type MotivationId } from '../vocabulary';
import { matchPlaybook, type PlaybookPick } from '../../playbook/match-playbook';
import type { PlaybookEntry } from '../../playbook/schema';
import {
  motivationsWithQuotes,
  whoIsWho,
  type BriefQuote,
  type PersonLine,
  type Scores,
} from './brief-parts';
import { GENERIC_OBJECTION, ROLE_OBJECTIONS } from './role-objections';

export interface PermissionPackInput {
  account: Account;
  championId: string;
  people: readonly Person[];
  evidence: readonly Evidence[];
  scores?: Scores;
  catalogue: MotivationCatalogue;
  playbook: readonly PlaybookEntry[];
  now: string;
}

export interface StakeholderAnswer {
  person: PersonLine;
  objection: string;
  answer: string;
  /** What this person cares about most, from their own motivations (catalogue needs). */
  caresAbout?: string;
  /** The best matching objection or say entry from the playbook for this person. */
  reply?: PlaybookPick;
}

export interface PermissionPack {
  accountName: string;
  champion: PersonLine;
  /** The discovery answers that make the case, with the question they answer. */
  caseInTheirWords: { questionId: string; prompt: string; answer: string }[];
  quotes: BriefQuote[];
  answers: StakeholderAnswer[];
  proof: PlaybookPick[];
  onePage: {
    title: string;
    problem: string;
    outcome: string;
    whyNow: string;
    measure: string;
    proof: string[];
    ask: string;
  };
  /** The artefacts this pack provides (for `StakeholderContext.artefactsShared` once sent). */
  artefacts: readonly PermissionArtefact[];
}

const DEFAULT_ASK = 'Approve the proposal and name who owns the rollout on our side.';

/** What the champion asks their approvers for, by where the deal is. */
const ASK_BY_STAGE: Partial<Record<Account['stage'], string>> = {
  discovery: 'Agree to a short evaluation with one clear success check.',
  qualification: 'Agree to a short evaluation with one clear success check.',
  evaluation: 'Agree to a pilot measured against the number above, with a decision date.',
  proposal: DEFAULT_ASK,
  renewal: 'Approve the renewal and the goal for next year.',
  expansion: 'Approve extending this to the next team, on the same terms and measure.',
};

/** Discovery answers that carry the case, in the order the case reads. */
const CASE_QUESTIONS = ['their-words', 'pain', 'achieve', 'pressure', 'act-now', 'avoid', 'success'];

/** Builds the pack; throws when `championId` is not among `people` (a programming error). */
export function buildPermissionPack(input: PermissionPackInput): PermissionPack {
  const { account, catalogue } = input;
  const champion = input.people.find((p) => p.id === input.championId);
  if (!champion) throw new Error(`buildPermissionPack: champion ${input.championId} is not on the account`);
  const scores =
    input.scores ??
    scoreDiagnosis({
      evidence: input.evidence,
      tickedSignals: account.tickedSignals,
      catalogue,
      now: input.now,
    }).scores;
  const lines = new Map(whoIsWho(input.people).map((l) => [l.personId, l]));
  const answer = (id: string) => account.discovery[id]?.trim() ?? '';
  const caseInTheirWords = CASE_QUESTIONS.filter((id) => answer(id)).map((id) => ({
    questionId: id,
    prompt: getDiscoveryQuestion(id)!.prompt,
    answer: answer(id),
  }));
  const quotes = motivationsWithQuotes({ scores, evidence: input.evidence, catalogue, limit: 2 })
    .flatMap((m) => m.quotes)
    .slice(0, 4);
  const answers = input.people
    .filter((p) => p.id !== champion.id)
    .map((p) => answerFor(p, lines.get(p.id)!, input, scores));
  // Proof is for the people the champion must convince, so it is matched to their roles.
  const audience = [...new Set(input.people.filter((p) => p.id !== champion.id).flatMap((p) => p.roles))];
  const proof = matchPlaybook(input.playbook, {
    scores,
    person: { roles: audience },
    stage: 'proposal',
    channel: 'email',
    kinds: ['show'],
    limit: 12,
  })
    .filter((p) => p.entry.roles.length === 0 || p.entry.roles.some((r) => audience.includes(r)))
    .slice(0, 4);
  const top = MOTIVATIONS.filter((m) => (scores[m] ?? 0) > 0).sort(
    (a, b) => (scores[b] ?? 0) - (scores[a] ?? 0),
  )[0];
  const onePage = {
    title: `${account.name}: ${answer('achieve') || (top ? catalogue[top].summary : 'the case for change')}`,
    problem:
      answer('their-words') ||
      answer('pain') ||
      quotes[0]?.text ||
      'Describe the problem in the team’s own words.',
    outcome: answer('achieve') || (top ? catalogue[top].summary : 'State the outcome the team expects.'),
    whyNow: answer('act-now') || answer('pressure') || 'State what waiting another quarter would cost.',
    measure:
      account.successMetric?.trim() ||
      answer('success') ||
      (top ? catalogue[top].successMetric : 'Agree one number that shows it worked.'),
    proof: proof.map((p) => p.entry.proof?.label ?? p.entry.title),
    ask: ASK_BY_STAGE[account.stage] ?? DEFAULT_ASK,
  };
  return {
    accountName: account.name,
    champion: lines.get(champion.id)!,
    caseInTheirWords,
    quotes,
    answers,
    proof,
    onePage,
    artefacts: PERMISSION_ARTEFACTS,
  };
}

function answerFor(
  p: Person,
  line: PersonLine,
  input: PermissionPackInput,
  scores: Scores,
): StakeholderAnswer {
  const role = p.roles.find((r) => r !== 'champion');
  const base = role ? ROLE_OBJECTIONS[role] : GENERIC_OBJECTION;
  const own: MotivationId | undefined = p.motivations[0];
  const reply = matchPlaybook(input.playbook, {
    scores,
    person: { roles: p.roles, motivations: p.motivations },
    stage: 'proposal',
    channel: 'call',
    kinds: ['objection', 'say'],
    limit: 1,
  })[0];
  return {
    person: line,
    objection: base.objection,
    answer: base.answer,
    ...(own
      ? {
          caresAbout: `${input.catalogue[own].name} — ${input.catalogue[own].needs[0] ?? input.catalogue[own].summary}`,
        }
      : {}),
    ...(reply ? { reply } : {}),
  };
}

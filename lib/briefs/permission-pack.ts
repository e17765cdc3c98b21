/**
 * The permission pack (seed 000: a permission-driven buyer needs language, proof and artefacts
 * to take back into the business). For the champion: the case in their own words, an answer
 * for each stakeholder's likely objection, proof to forward, and a one-page summary.
 */
import type { MotivationCatalogue } from '../domain/diagnosis/types';
import { getDiscoveryQuestion } from '../domain/movement/discovery-questions';
import type { Account, Evidence, Person } from '../domain/records';
import { PERMISSION_ARTEFACTS, type PermissionArtefact } from '../domain/stakeholders/rules/structure-rules';
import type { MotivationId } from '../domain/vocabulary';
import { buildCustomerOnePager, type CustomerOnePager } from './customer-one-pager';
import { matchPlaybook, type PlaybookPick } from '../playbook/match-playbook';
import type { PlaybookEntry } from '../playbook/schema';
import {
  currentScores,
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
  /** The customer document the champion forwards (see `customer-one-pager.ts`). */
  onePage: CustomerOnePager;
  /** The artefacts this pack provides (for `StakeholderContext.artefactsShared` once sent). */
  artefacts: readonly PermissionArtefact[];
}

/** Discovery answers that carry the case, in the order the case reads. */
const CASE_QUESTIONS = ['their-words', 'pain', 'achieve', 'pressure', 'act-now', 'avoid', 'success'];

/** Builds the pack; throws when `championId` is not among `people` (a programming error). */
export function buildPermissionPack(input: PermissionPackInput): PermissionPack {
  const { account, catalogue } = input;
  const champion = input.people.find((p) => p.id === input.championId);
  if (!champion) throw new Error(`buildPermissionPack: champion ${input.championId} is not on the account`);
  const scores = currentScores(input);
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
  // The one-pager is the customer's document: built apart, from their words only.
  const onePage = buildCustomerOnePager({
    account,
    evidence: input.evidence,
    proof: proof.map((p) => p.entry.proof?.label ?? p.entry.title),
  });
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

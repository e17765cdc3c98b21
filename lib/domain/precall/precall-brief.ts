/**
 * The pre-call brief (issue 16, item 6): one screen before joining. Who is expected (roles and
 * motivations), what is still unknown, the three questions to ask, the proof to have ready,
 * and last call's open commitments. Pure: the proof is matched by the caller (lib/playbook
 * sits above the domain) and handed in.
 */
import { commitmentsIn, lastCallCommitments, type Commitment } from '../deal-risk/commitments';
import { discoveryProgress } from '../movement/discovery-questions';
import { qualifyAccount } from '../qualification-frameworks/qualify-account';
import type { QualificationSources } from '../qualification-frameworks/qualification-facts';
import type { QualificationFrameworkId } from '../qualification-frameworks/framework-definitions';
import type { Account, Note, Person } from '../records';
import { nameMatchKey } from '../text';
import { INFLUENCE_LEVELS, type MotivationId, type Role } from '../vocabulary';

export interface ExpectedPerson {
  /** Absent for someone on the invite who is not on the stakeholder map yet. */
  personId?: string;
  name: string;
  title?: string;
  roles: Role[];
  motivations: MotivationId[];
}

export interface ProofToReady {
  title: string;
  label?: string;
  /** Why this proof: the match's explanation (motivation × person × stage × motion). */
  why: string;
}

export interface PrecallBrief {
  expected: ExpectedPerson[];
  /** The framework fields nobody has filled yet, with the question that fills each. */
  unknown: { label: string; question: string }[];
  questions: string[];
  proof: ProofToReady[];
  commitments: Commitment[];
}

export interface PrecallInput extends QualificationSources {
  account: QualificationSources['account'] & Pick<Account, 'qualification'>;
  people: readonly Pick<Person, 'id' | 'name' | 'title' | 'roles' | 'stance' | 'influence' | 'motivations'>[];
  notes: readonly Pick<Note, 'id' | 'kind' | 'text' | 'at'>[];
  framework: QualificationFrameworkId;
  /** Names on the call page (the lobby's invite or participants), when the page shows any. */
  attendees?: readonly string[];
  proof: readonly ProofToReady[];
}

const MAX_EXPECTED = 6;

/** A person's motivations: set by the rep, else those of their confirmed evidence. */
function motivationsOf(input: PrecallInput, p: PrecallInput['people'][number]): MotivationId[] {
  if (p.motivations.length > 0) return [...p.motivations];
  const own = input.evidence
    .filter((e) => e.personId === p.id && e.status === 'confirmed')
    .map((e) => e.motivation);
  return [...new Set(own)].slice(0, 3);
}

function expectedPeople(input: PrecallInput): ExpectedPerson[] {
  const toExpected = (p: PrecallInput['people'][number]): ExpectedPerson => ({
    personId: p.id,
    name: p.name,
    ...(p.title ? { title: p.title } : {}),
    roles: [...p.roles],
    motivations: motivationsOf(input, p),
  });
  const attendees = (input.attendees ?? []).filter((n) => n.trim());
  if (attendees.length === 0) {
    // No names on the page: the buying group, most influential first.
    return [...input.people]
      .sort((a, b) => INFLUENCE_LEVELS.indexOf(b.influence) - INFLUENCE_LEVELS.indexOf(a.influence))
      .slice(0, MAX_EXPECTED)
      .map(toExpected);
  }
  return attendees.slice(0, MAX_EXPECTED * 2).map((name) => {
    const known = input.people.find((p) => nameMatchKey(p.name) === nameMatchKey(name));
    return known ? toExpected(known) : { name, roles: [], motivations: [] };
  });
}

export function precallBrief(input: PrecallInput): PrecallBrief {
  const fields = qualifyAccount(input.framework, input, input.account.qualification ?? {});
  const unknown = fields
    .filter((f) => f.status === 'unknown')
    .map((f) => ({ label: f.field.label, question: f.field.question }));
  const discovery = discoveryProgress(input.account.discovery).unanswered.map((q) => q.prompt);
  const questions = [...new Set([...unknown.map((u) => u.question), ...discovery])].slice(0, 3);
  // Last call's open commitments; without a call note, any open commitment in the notes.
  const fromCalls = lastCallCommitments(input.notes);
  const commitments =
    fromCalls.length > 0
      ? fromCalls
      : commitmentsIn(input.notes)
          .filter((c) => !c.done)
          .slice(0, 5);
  return { expected: expectedPeople(input), unknown, questions, proof: input.proof.slice(0, 3), commitments };
}

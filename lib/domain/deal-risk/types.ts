/** Shapes of the deal-risk signals: risks beyond the buying group, each with evidence and an action. */
import type { Account, Evidence, Note, Person } from '../records';
import type { Motion } from '../vocabulary';

export type DealRiskRule =
  | 'no-next-step'
  | 'no-activity'
  | 'buyer-quiet'
  | 'pricing-not-discussed'
  | 'unanswered-question'
  | 'criteria-unknown';

export interface DealRiskSignal {
  /** Stable across runs (rule + subject), so the panel can key and remember it. */
  id: string;
  rule: DealRiskRule;
  severity: 'high' | 'medium' | 'low';
  message: string;
  /** What the signal rests on, each line something the rep can check (dates, quotes, counts). */
  evidence: string[];
  action: string;
}

/** One message of a thread seen on an email page of this account. */
export interface SeenMessage {
  side: 'buyer' | 'seller';
  from?: string;
  /** ISO time when known. */
  at?: string;
  text: string;
}

export interface SeenThread {
  subject: string;
  messages: readonly SeenMessage[];
}

export interface DealRiskContext {
  /** The clock, injected: every "how long since" is measured from it. */
  now: Date | string;
  account: Pick<
    Account,
    'stage' | 'discovery' | 'movement' | 'successMetric' | 'renewalDate' | 'contractValue' | 'segment'
  >;
  /** The account's motion (set or chosen from the segment); unknown → sales-assisted pace. */
  motion?: Motion;
  people: readonly Pick<Person, 'id' | 'name' | 'title' | 'roles' | 'stance' | 'lastContactAt'>[];
  evidence: readonly Evidence[];
  notes: readonly (Pick<Note, 'id' | 'kind' | 'text' | 'at'> & { tags?: readonly string[] })[];
  /** Threads read on this account's email pages (the open one, when it belongs here). */
  threads?: readonly SeenThread[];
}

export type DealRiskRuleFn = (ctx: DealRiskContext) => DealRiskSignal[];

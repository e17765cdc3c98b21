/** Inputs and output of account resolution (pure; the background adapts its data to these). */
import type { AppId, Surface } from '../vocabulary';

export interface ResolutionPerson {
  name: string;
  email?: string | undefined;
}

/** What a page says that can identify the customer. */
export interface ResolutionPage {
  app: AppId;
  surface: Surface;
  record?: { type: string; id: string } | undefined;
  account?: { name?: string | undefined; domain?: string | undefined } | undefined;
  /** People on the page: CRM contacts, call participants. */
  people: readonly ResolutionPerson[];
  /** Email participants of the open thread (senders and recipients). */
  threadParticipants: readonly ResolutionPerson[];
  meetingTitle?: string | undefined;
  threadSubject?: string | undefined;
  /** The signed-in user: their domain is never the customer's. */
  userEmail?: string | undefined;
}

export interface KnownAccount {
  id: string;
  name: string;
  domain?: string | undefined;
  crmKeys: readonly string[];
}

export interface KnownPerson {
  accountId: string;
  name: string;
  email?: string | undefined;
}

/** The rep's hand-picked account for this page (page-key.ts): "this thread is Northwind". */
export interface PageBinding {
  accountId: string;
  /** "this thread", "this meeting", "this record", "this tab". */
  label: string;
}

export type ResolutionMethod = 'crm-id' | 'email-domain' | 'participant-domain' | 'name' | 'manual';

export interface Resolution {
  accountId: string | null;
  method: ResolutionMethod | null;
  /** 0–1. */
  confidence: number;
  /** Said to the rep, e.g. "Matched on acme.com from the email participants." */
  reason: string;
  /** When unresolved: what to create, from what the page shows. */
  suggestion?: { name?: string; domain?: string; crmKey?: string };
}

export interface ResolveInput {
  page: ResolutionPage | undefined;
  accounts: readonly KnownAccount[];
  people: readonly KnownPerson[];
  /** The rep's choice for this page, if any (never another page's). */
  binding?: PageBinding | undefined;
}

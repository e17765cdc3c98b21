/**
 * One protocol map per channel (types only; payload schemas live in `schemas.ts`).
 *
 *   content  → background  ContentToBackground   (sender: this extension's content script, in a tab)
 *   panel    → background  PanelToBackground     (sender: an extension page: side panel, options)
 *   background → panel     BackgroundToPanel     (sender: this extension's background)
 *   background → content   BackgroundToContent   (sender: this extension)
 *
 * Message names are unique across channels: @webext-core/messaging routes by name, and
 * every extension page hears every runtime message.
 */
import type { AppId, Surface } from '../domain/vocabulary';
import type { CallEnd } from '../domain/recap/call-end';
import type { CallLine } from '../domain/recap/call-line';
import type { CallRecord } from '../domain/recap/call-record';
import type { PackStatus } from '../domain/selector-pack';
import type { CaptionBatch, PageContextInput } from './page-context';

export interface Ack {
  ok: true;
}

export type ResolutionMethod = 'crm-id' | 'email-domain' | 'participant-domain' | 'name' | 'manual';

/** Why the panel shows the account it shows. */
export interface AccountResolution {
  accountId: string | null;
  method: ResolutionMethod | null;
  /** 0–1. */
  confidence: number;
  /** For the rep, e.g. "matched on acme.com from the email participants". */
  reason: string;
  /** Unresolved: what the page suggests creating (name/domain; crmKey binds the CRM record). */
  suggestion?: { name?: string; domain?: string; crmKey?: string };
}

/** Someone seen on the page (a call speaker, a thread participant) not yet saved for the account. */
export interface SuggestedPerson {
  name: string;
  email?: string;
  /** The job title the page shows, if any. */
  title?: string;
  seenIn: 'call' | 'email' | 'crm';
}

export interface ActiveContext {
  tabId: number | null;
  app: AppId | null;
  surface: Surface | null;
  /** The validated page context of the active tab, if its app is one Motive reads. */
  readStatus: 'ok' | 'partial' | 'unreadable' | 'not-an-app';
  missing: string[];
  resolution: AccountResolution;
  /** Call tabs: the meeting, whether captions are on and, when off, how to turn them on. */
  meeting?: { title?: string; captionsOn: boolean | null; captionsHelp?: string };
  /** People on the page who are not saved for the resolved account yet (offer to add them). */
  suggestedPeople?: SuggestedPerson[];
  updatedAt: string;
}

export interface InsertResult {
  inserted: boolean;
  /** Why not, for the rep: "no compose box is open", "email reading is off"… */
  reason?: string;
}

/** A redacted, structure-only snapshot of the page a reader works on (for a bug report). */
export interface SnapshotResult {
  /** The snapshot as an HTML document; absent when none could be taken (see `reason`). */
  snapshot?: string;
  app?: AppId;
  reason?: string;
}

export interface SyncStatus {
  configured: boolean;
  lastSyncAt: string | null;
  pending: number;
  inFlight: boolean;
  lastError: string | null;
}

/** The rep's own typed text about the customer, to be read for motivations. */
export interface TextEvidenceRequest {
  accountId: string;
  source: 'answer' | 'note';
  /** The whole current text; empty clears the origin's suggestions. */
  text: string;
  /** What the text belongs to, e.g. `discovery:<questionId>` or `note:<noteId>`. */
  origin: string;
  /** The person the text is about, when there is exactly one. */
  personId?: string;
}

export interface ContentToBackground {
  reportPageContext(data: PageContextInput): Ack;
  reportCaptions(data: CaptionBatch): Ack;
}

export interface PanelToBackground {
  getActiveContext(data: Record<string, never>): ActiveContext;
  /**
   * Binds the account to the page `tabId` shows (its thread, meeting or CRM record; else that
   * tab only), never globally; `accountId: null` clears the binding. `tabId` defaults to the
   * active tab. Returns that tab's context.
   */
  overrideAccount(data: { accountId: string | null; tabId?: number }): ActiveContext;
  insertSnippet(data: { text: string }): InsertResult;
  syncNow(data: Record<string, never>): SyncStatus;
  getSyncStatus(data: Record<string, never>): SyncStatus;
  /**
   * Reads a discovery answer or note for buyer motivations and stores them as suggested
   * evidence, replacing the origin's earlier suggestions (confirmed/rejected rows stay).
   */
  suggestEvidenceFromText(data: TextEvidenceRequest): { created: number; removed: number };
  /** Saves the sync endpoint and token (options page); validates and stores them. */
  configureSync(data: { endpoint: string; token: string } | { endpoint: null }): SyncStatus;
  /** Checks an endpoint + token without saving: GET /v1/health then an authenticated call. */
  testSyncConnection(data: { endpoint: string; token: string }): {
    ok: boolean;
    message: string;
    serverVersion?: string;
  };
  /** Asks the sync endpoint for the team selector pack now (options page); returns what is in use. */
  refreshSelectorPack(data: Record<string, never>): PackStatus;
  /** A redacted snapshot of the active tab's page, taken by its reader; the panel saves it locally. */
  redactedPageSnapshot(data: Record<string, never>): SnapshotResult;
  /** A call by id; without one, the active tab's call or else the last ended call. Local only. */
  getCallRecord(data: { callId?: string }): CallRecord | null;
  /** Ends the active tab's call now (the rep's key); returns it, or null when no call is open. */
  endCall(data: Record<string, never>): CallRecord | null;
}

export interface BackgroundToPanel {
  activeContextChanged(data: ActiveContext): void;
  syncStatusChanged(data: SyncStatus): void;
  /** New final caption lines of a call tab (for the live objection cards). */
  captionsHeard(data: { tabId: number; accountId: string | null; lines: CallLine[] }): void;
  /** A call ended (the call UI left, the tab closed or moved on): time for its recap. */
  callEnded(data: { callId: string; accountId: string | null; why: CallEnd; title?: string }): void;
}

export interface BackgroundToContent {
  insertIntoCompose(data: { text: string }): InsertResult;
  /** The reading frame's page, redacted (lib/sites/health/redact-snapshot.ts), read-only. */
  redactedSnapshot(data: Record<string, never>): SnapshotResult;
}

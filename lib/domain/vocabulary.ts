/**
 * The product's words, as closed vocabularies. These ids are part of the sync contract and
 * of the playbook format: renaming one is a breaking change (add a migration instead).
 */

export const MOTIVATIONS = [
  'relief',
  'control',
  'growth',
  'risk',
  'simplicity',
  'permission',
  'confidence',
  'consistency',
  'credibility',
  'blame',
] as const;
export type MotivationId = (typeof MOTIVATIONS)[number];

export const ROLES = [
  'economic-buyer',
  'daily-user',
  'technical-reviewer',
  'champion',
  'finance-approver',
  'senior-sponsor',
  'blocker',
] as const;
export type Role = (typeof ROLES)[number];

/** Ordered from most opposed to most supportive; the index is used as a scale. */
export const STANCES = ['blocker', 'sceptic', 'neutral', 'supporter', 'champion'] as const;
export type Stance = (typeof STANCES)[number];

export const INFLUENCE_LEVELS = ['low', 'medium', 'high'] as const;
export type Influence = (typeof INFLUENCE_LEVELS)[number];

export const STAGES = [
  'discovery',
  'qualification',
  'evaluation',
  'proposal',
  'onboarding',
  'adoption',
  'renewal',
  'expansion',
] as const;
export type Stage = (typeof STAGES)[number];

/** Stages of a won account: from onboarding on, there was a sale (and wording says so). */
export const AFTER_SALE_STAGES: readonly Stage[] = ['onboarding', 'adoption', 'renewal', 'expansion'];
export const isAfterSale = (stage: Stage): boolean => AFTER_SALE_STAGES.includes(stage);

/** Qualification frameworks a team may choose in Options (lib/domain/qualification-frameworks). */
export const QUALIFICATION_FRAMEWORKS = ['meddicc', 'bant', 'spiced'] as const;
export type QualificationFrameworkId = (typeof QUALIFICATION_FRAMEWORKS)[number];

export const CHANNELS = ['call', 'email', 'prep'] as const;
export type Channel = (typeof CHANNELS)[number];

export const MOTIONS = ['self-serve', 'sales-assisted', 'high-touch'] as const;
export type Motion = (typeof MOTIONS)[number];

export const PLAYBOOK_KINDS = [
  'say',
  'ask',
  'show',
  'avoid',
  'next-step',
  'objection',
  'email-snippet',
  'handoff',
] as const;
export type PlaybookKind = (typeof PLAYBOOK_KINDS)[number];

export const NOTE_KINDS = ['call', 'email', 'meeting', 'prep'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const SURFACES = ['crm', 'email', 'call'] as const;
export type Surface = (typeof SURFACES)[number];

export const APPS = [
  'salesforce',
  'hubspot',
  'pipedrive',
  'dynamics',
  'gmail',
  'outlook',
  'meet',
  'zoom',
  'teams',
] as const;
export type AppId = (typeof APPS)[number];

/** How each app is named to people (panel, options, resolution reasons). */
export const APP_NAMES: Record<AppId, string> = {
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  pipedrive: 'Pipedrive',
  dynamics: 'Dynamics 365',
  gmail: 'Gmail',
  outlook: 'Outlook',
  meet: 'Meet',
  zoom: 'Zoom',
  teams: 'Teams',
};

export const APP_SURFACE: Record<AppId, Surface> = {
  salesforce: 'crm',
  hubspot: 'crm',
  pipedrive: 'crm',
  dynamics: 'crm',
  gmail: 'email',
  outlook: 'email',
  meet: 'call',
  zoom: 'call',
  teams: 'call',
};

/** Where a piece of evidence came from. `answer` is a discovery answer typed by the rep. */
export const EVIDENCE_SOURCES = ['signal', 'caption', 'email', 'note', 'answer', 'manual'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/**
 * Whose words a piece of evidence is: the buyer's, the seller's, the rep's own note or answer
 * (the rep's observation, never the customer's words), or a speaker not named yet.
 */
export const EVIDENCE_SIDES = ['buyer', 'seller', 'rep-note', 'unknown'] as const;
export type EvidenceSide = (typeof EVIDENCE_SIDES)[number];

/** What a caption line says when the app showed no speaker name for it. Never a person. */
export const UNKNOWN_SPEAKER = 'Unknown speaker';

export const EVIDENCE_STATUSES = ['suggested', 'confirmed', 'rejected'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

/** Collections that travel over the sync protocol (sync-protocol.md). */
export const SYNC_COLLECTIONS = [
  'accounts',
  'people',
  'notes',
  'evidence',
  'diagnoses',
  'playbook',
  'conflicts',
] as const;
export type SyncCollection = (typeof SYNC_COLLECTIONS)[number];

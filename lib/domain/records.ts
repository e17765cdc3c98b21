/**
 * The records Motive stores and syncs, as zod schemas shared by the extension and the
 * reference server (sync-protocol.md guarantee 6: "values of known collections are checked
 * with the same zod schemas the extension uses").
 *
 * Every synced record has a stable `id` and an ISO `updatedAt`. Local bookkeeping (server
 * version, tombstones) lives beside the value in Dexie rows, never inside these values.
 */
import { z } from 'zod';
import {
  CHANNELS,
  EVIDENCE_SIDES,
  EVIDENCE_SOURCES,
  EVIDENCE_STATUSES,
  INFLUENCE_LEVELS,
  MOTIONS,
  MOTIVATIONS,
  NOTE_KINDS,
  ROLES,
  STAGES,
  STANCES,
  SYNC_COLLECTIONS,
} from './vocabulary';

/** Ids are 1–128 characters, like the wire `key`. Prefixes (a_, p_, n_…) are a convention. */
export const idSchema = z.string().min(1).max(128);
export const isoTimeSchema = z.iso.datetime({ offset: true });
const shortText = z.string().max(500);
const longText = z.string().max(100_000);

export const motivationIdSchema = z.enum(MOTIVATIONS);
export const roleSchema = z.enum(ROLES);
export const stanceSchema = z.enum(STANCES);
export const influenceSchema = z.enum(INFLUENCE_LEVELS);
export const stageSchema = z.enum(STAGES);
export const channelSchema = z.enum(CHANNELS);
export const motionSchema = z.enum(MOTIONS);

/** Motivation → weight in [0, 1]; absent means 0. */
export const motivationWeightsSchema = z.partialRecord(motivationIdSchema, z.number().min(0).max(1));
export type MotivationWeights = z.infer<typeof motivationWeightsSchema>;

/** How the account moves (seed 000): filled in by the rep, all fields optional. */
export const movementProfileSchema = z.object({
  pace: z.enum(['fast', 'slow']).optional(),
  conversations: z.enum(['one', 'many']).optional(),
  buying: z.enum(['alone', 'committee']).optional(),
  drive: z.enum(['urgency', 'caution']).optional(),
  evidenceWanted: z
    .array(z.enum(['emotional-reassurance', 'commercial-proof', 'technical-detail', 'peer-validation']))
    .max(4)
    .optional(),
});
export type MovementProfile = z.infer<typeof movementProfileSchema>;

/** Segment inputs (seed 004) and appropriate-experience inputs (seed 002). */
export const segmentInputsSchema = z.object({
  purchaseComplexity: z.enum(['single', 'small-group', 'committee']).optional(),
  salesCycle: z.enum(['days', 'weeks', 'months', 'quarters']).optional(),
  implementationEffort: z.enum(['self-serve', 'guided', 'services']).optional(),
  /** Expected lifetime value in the account's currency units. */
  expectedValue: z.number().min(0).max(1e12).optional(),
  supportIntensity: z.enum(['low', 'medium', 'high']).optional(),
});
export type SegmentInputs = z.infer<typeof segmentInputsSchema>;

/**
 * The rep's confirmation of one qualification field (framework view): the value and quote as
 * they stood when confirmed, so a later change in the evidence shows as "changed since".
 */
export const qualificationConfirmationSchema = z.object({
  value: z.string().min(1).max(2000),
  quote: z.string().max(4000).optional(),
  at: isoTimeSchema,
});
export type QualificationConfirmation = z.infer<typeof qualificationConfirmationSchema>;

export const accountSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(300),
  /** Company web/email domain, lower case, e.g. "acme.com". */
  domain: z.string().max(253).optional(),
  /** CRM record keys, "<app>:<recordType>:<recordId>", used to resolve the account from a tab. */
  crmKeys: z.array(z.string().min(1).max(300)).max(50).default([]),
  stage: stageSchema.default('discovery'),
  motion: motionSchema.optional(),
  segment: segmentInputsSchema.default({}),
  movement: movementProfileSchema.default({}),
  /** Discovery question id → the customer's answer in the rep's words. */
  discovery: z.record(z.string().max(64), z.string().max(4000)).default({}),
  /** Signal ids the rep ticked on the diagnose checklist. */
  tickedSignals: z.array(z.string().max(128)).max(500).default([]),
  /** What the customer said success means, promised at sale (used by the renewal brief). */
  successMetric: z.string().max(2000).optional(),
  renewalDate: z.iso.date().optional(),
  /** Contract fields for renewal prep, set by the rep (optional, not indexed). */
  contractStart: z.iso.date().optional(),
  /** Annual contract value in the account's currency units. */
  contractValue: z.number().min(0).max(1e12).optional(),
  contractTermMonths: z.number().int().min(1).max(120).optional(),
  /** `<framework>.<field>` → the rep's confirmation (optional, not indexed: no Dexie version). */
  qualification: z.record(z.string().max(64), qualificationConfirmationSchema).optional(),
  isSample: z.boolean().default(false),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type Account = z.infer<typeof accountSchema>;

export const personSchema = z.object({
  id: idSchema,
  accountId: idSchema,
  name: z.string().min(1).max(300),
  email: z.string().max(320).optional(),
  title: shortText.optional(),
  roles: z.array(roleSchema).max(7).default([]),
  stance: stanceSchema.default('neutral'),
  influence: influenceSchema.default('medium'),
  motivations: z.array(motivationIdSchema).max(10).default([]),
  reportsTo: idSchema.optional(),
  lastContactAt: isoTimeSchema.optional(),
  /** Seen in meetings/threads: counts used for the quiet-blocker warning. */
  presence: z
    .object({ meetings: z.number().int().min(0).default(0), spoke: z.number().int().min(0).default(0) })
    .default({ meetings: 0, spoke: 0 }),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type Person = z.infer<typeof personSchema>;

export const noteSchema = z.object({
  id: idSchema,
  accountId: idSchema,
  kind: z.enum(NOTE_KINDS),
  text: longText,
  /** When it happened (a call timestamp may differ from createdAt). */
  at: isoTimeSchema,
  personIds: z.array(idSchema).max(100).default([]),
  tags: z.array(z.string().min(1).max(64)).max(50).default([]),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type Note = z.infer<typeof noteSchema>;

export const evidenceSchema = z.object({
  id: idSchema,
  accountId: idSchema,
  personId: idSchema.optional(),
  motivation: motivationIdSchema,
  /** Catalogue signal id when the evidence is a ticked or matched signal. */
  signalId: z.string().max(128).optional(),
  source: z.enum(EVIDENCE_SOURCES),
  /** The buyer's words, verbatim (page text: always rendered as text). */
  quote: z.string().max(4000).optional(),
  speaker: shortText.optional(),
  /**
   * Whose words these are (vocabulary.ts EVIDENCE_SIDES). Absent on rows written before it
   * existed: `evidenceSide` (diagnosis/evidence-side.ts) infers it from the source.
   */
  side: z.enum(EVIDENCE_SIDES).optional(),
  /** Where it was read: tab URL, thread subject, meeting title. */
  origin: z.string().max(2000).optional(),
  at: isoTimeSchema,
  status: z.enum(EVIDENCE_STATUSES),
  /** Detector confidence or signal weight, 0–1. */
  weight: z.number().min(0).max(1),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type Evidence = z.infer<typeof evidenceSchema>;

/**
 * One person of the buying group as a snapshot saw them: enough to tell, later, who left and
 * whose stance, influence or roles changed (the renewal brief's "who changed since the sale").
 */
export const rosterEntrySchema = personSchema.pick({
  id: true,
  name: true,
  title: true,
  roles: true,
  stance: true,
  influence: true,
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

/** A snapshot of the account's diagnosis at a moment, kept to show movement over time. */
export const diagnosisSchema = z.object({
  id: idSchema,
  accountId: idSchema,
  personId: idSchema.optional(),
  at: isoTimeSchema,
  scores: z.record(motivationIdSchema, z.number().min(0).max(1)),
  /** Evidence ids that produced the scores. */
  evidenceIds: z.array(idSchema).max(5000).default([]),
  stage: stageSchema.optional(),
  label: shortText.optional(),
  /** The buying group at that moment (absent on snapshots taken before rosters were kept). */
  people: z.array(rosterEntrySchema).max(500).optional(),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type Diagnosis = z.infer<typeof diagnosisSchema>;

/** A rejected change kept by the server (sync-protocol.md guarantee 3). */
export const conflictSchema = z.object({
  id: idSchema,
  collection: z.enum(SYNC_COLLECTIONS),
  key: idSchema,
  op: z.enum(['put', 'delete']),
  value: z.record(z.string(), z.unknown()).optional(),
  baseVersion: z.number().int().nullable(),
  currentVersion: z.number().int().nullable(),
  clientId: z.string().max(64),
  mutationId: z.string().max(128),
  clientTime: isoTimeSchema,
  /** Set when this device resolved it but a value could not be merged: `value` then holds what lost. */
  resolvedAt: isoTimeSchema.optional(),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type ConflictRecord = z.infer<typeof conflictSchema>;

export { CHANNELS, MOTIONS, STAGES };

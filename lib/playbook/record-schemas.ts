/**
 * The record schema of each synced collection, in one place: sync (client and server) and
 * backups validate with the same map. It lives here because this is the lowest layer that
 * sees every record schema (the playbook entry's is this folder's own), and the server may
 * import it.
 */
import type { z } from 'zod';
import {
  accountSchema,
  conflictSchema,
  diagnosisSchema,
  evidenceSchema,
  noteSchema,
  personSchema,
} from '../domain/records';
import type { SyncCollection } from '../domain/vocabulary';
import { playbookEntrySchema } from './schema';

export const RECORD_SCHEMAS = {
  accounts: accountSchema,
  people: personSchema,
  notes: noteSchema,
  evidence: evidenceSchema,
  diagnoses: diagnosisSchema,
  playbook: playbookEntrySchema,
  conflicts: conflictSchema,
} satisfies Record<SyncCollection, z.ZodType>;

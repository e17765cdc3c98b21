/** Payload schemas for every message a receiver accepts (see protocol.ts). */
import { z } from 'zod';
import { captionBatchSchema, pageContextSchema } from './page-context';

const empty = z.object({}).strict();

export const contentSchemas = {
  reportPageContext: pageContextSchema,
  reportCaptions: captionBatchSchema,
};

export const panelSchemas = {
  getActiveContext: empty,
  overrideAccount: z
    .object({
      accountId: z.string().min(1).max(128).nullable(),
      tabId: z.number().int().min(0).optional(),
    })
    .strict(),
  insertSnippet: z.object({ text: z.string().min(1).max(10_000) }).strict(),
  syncNow: empty,
  getSyncStatus: empty,
  refreshSelectorPack: empty,
  redactedPageSnapshot: empty,
  getCallRecord: z.object({ callId: z.string().min(1).max(200).optional() }).strict(),
  endCall: empty,
  suggestEvidenceFromText: z
    .object({
      accountId: z.string().min(1).max(128),
      source: z.enum(['answer', 'note']),
      text: z.string().max(20_000),
      origin: z.string().min(1).max(200),
      personId: z.string().min(1).max(128).optional(),
    })
    .strict(),
  configureSync: z.union([
    z.object({ endpoint: z.url().max(2000), token: z.string().min(16).max(500) }).strict(),
    z.object({ endpoint: z.null() }).strict(),
  ]),
  testSyncConnection: z.object({ endpoint: z.url().max(2000), token: z.string().min(1).max(500) }).strict(),
};

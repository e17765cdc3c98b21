/**
 * Schemas for what the background announces to extension pages (BackgroundToPanel). Extension
 * pages load this lazily (zod stays out of the panel's first frame). Objects are loose: the
 * background may add fields before a page is updated, and a page must never drop them; what
 * a page reads is checked.
 */
import { z } from 'zod';
import { APPS, SURFACES } from '../domain/vocabulary';
import type { BackgroundToPanel } from './protocol';

const text = (max: number) => z.string().max(max);

const resolutionSchema = z.looseObject({
  accountId: text(128).nullable(),
  method: z.enum(['crm-id', 'email-domain', 'participant-domain', 'name', 'manual', 'pinned']).nullable(),
  confidence: z.number().min(0).max(1),
  reason: text(1000),
  suggestion: z
    .looseObject({ name: text(300).optional(), domain: text(253).optional(), crmKey: text(300).optional() })
    .optional(),
});

export const activeContextEventSchema = z.looseObject({
  tabId: z.number().int().nullable(),
  app: z.enum(APPS).nullable(),
  surface: z.enum(SURFACES).nullable(),
  readStatus: z.enum(['ok', 'partial', 'unreadable', 'not-an-app']),
  missing: z.array(text(200)).max(50),
  resolution: resolutionSchema,
  meeting: z
    .looseObject({
      title: text(1000).optional(),
      captionsOn: z.boolean().nullable(),
      captionsHelp: text(2000).optional(),
    })
    .optional(),
  suggestedPeople: z
    .array(
      z.looseObject({
        name: text(300),
        email: text(320).optional(),
        title: text(300).optional(),
        seenIn: z.enum(['call', 'email', 'crm']),
      }),
    )
    .max(300)
    .optional(),
  updatedAt: text(100),
});

export const syncStatusEventSchema = z.looseObject({
  configured: z.boolean(),
  lastSyncAt: text(100).nullable(),
  pending: z.number().int().min(0),
  inFlight: z.boolean(),
  lastError: text(2000).nullable(),
});

const callLineSchema = z.looseObject({
  id: text(200),
  speaker: text(300),
  side: z.enum(['buyer', 'seller', 'unknown']),
  text: text(5000),
  at: text(100),
  language: text(16).optional(),
});

export const captionsHeardEventSchema = z.looseObject({
  tabId: z.number().int(),
  accountId: text(128).nullable(),
  lines: z.array(callLineSchema).max(200),
});

export const callEndedEventSchema = z.looseObject({
  callId: text(200),
  accountId: text(128).nullable(),
  why: z.enum(['left-the-call', 'another-meeting', 'left-the-app', 'tab-closed']),
  title: text(1000).optional(),
});

/** A call record as the panel reads it back from the background (getCallRecord, endCall). */
export const callRecordSchema = z
  .looseObject({
    callId: text(200),
    accountId: text(128).nullable(),
    title: text(1000).optional(),
    startedAt: text(100),
    endedAt: text(100).optional(),
    participants: z.array(text(300)).max(300),
    lines: z.array(callLineSchema).max(3000),
  })
  .nullable();

export const backgroundEventSchemas: { [N in keyof BackgroundToPanel]: z.ZodType } = {
  activeContextChanged: activeContextEventSchema,
  syncStatusChanged: syncStatusEventSchema,
  captionsHeard: captionsHeardEventSchema,
  callEnded: callEndedEventSchema,
};

/**
 * What a content script reports about the page it reads. The zod schema is the receiving
 * side's check (background); content scripts import the *types* only, so no zod ships to
 * host pages. Everything here is page text: untrusted, bounded, rendered as text.
 */
import { z } from 'zod';
import { APPS, SURFACES } from '../domain/vocabulary';

const pageText = (max: number) => z.string().max(max);

export const pagePersonSchema = z.object({
  name: pageText(300),
  email: pageText(320).optional(),
  /** Job title or label shown by the app, if any. */
  title: pageText(300).optional(),
});
export type PagePerson = z.infer<typeof pagePersonSchema>;

export const emailMessageSchema = z.object({
  from: pagePersonSchema,
  to: z.array(pagePersonSchema).max(200).default([]),
  cc: z.array(pagePersonSchema).max(200).default([]),
  at: pageText(100).optional(),
  text: pageText(50_000),
  /** The sender's signature, read apart from the text when the app marks it. */
  signature: pageText(2000).optional(),
  /** Parts of this message the reader could not find (e.g. "sender"); the rest is kept. */
  missing: z.array(pageText(100)).max(10).optional(),
});
export type EmailMessage = z.infer<typeof emailMessageSchema>;

export const pageContextSchema = z.object({
  app: z.enum(APPS),
  surface: z.enum(SURFACES),
  url: pageText(4000),
  /** How much of the page could be read; `missing` names what could not (shown to the rep). */
  readStatus: z.enum(['ok', 'partial', 'unreadable']),
  missing: z.array(pageText(100)).max(20).default([]),
  /** CRM record from the URL, e.g. { type: "Account", id: "001…" }. */
  record: z.object({ type: pageText(100), id: pageText(200) }).optional(),
  account: z.object({ name: pageText(300).optional(), domain: pageText(253).optional() }).optional(),
  people: z.array(pagePersonSchema).max(300).default([]),
  thread: z.object({ subject: pageText(1000), messages: z.array(emailMessageSchema).max(100) }).optional(),
  meeting: z
    .object({
      title: pageText(1000).optional(),
      /** null when the reader cannot tell. */
      captionsOn: z.boolean().nullable(),
    })
    .optional(),
  /** The signed-in user's own address, so their domain is never taken for the customer's. */
  userEmail: pageText(320).optional(),
  /** The signed-in user's display name where the app shows it: their caption lines are the seller's. */
  userName: pageText(300).optional(),
  readAt: z.iso.datetime({ offset: true }),
});
export type PageContext = z.infer<typeof pageContextSchema>;
export type PageContextInput = z.input<typeof pageContextSchema>;

export const captionLineSchema = z.object({
  /** Stable per final line, so re-sent lines are de-duplicated. */
  id: pageText(200),
  speaker: pageText(300),
  text: pageText(5000),
  at: z.iso.datetime({ offset: true }),
});
export type CaptionLine = z.infer<typeof captionLineSchema>;

export const captionBatchSchema = z.object({
  meetingTitle: pageText(1000).optional(),
  lines: z.array(captionLineSchema).min(1).max(200),
});
export type CaptionBatch = z.infer<typeof captionBatchSchema>;

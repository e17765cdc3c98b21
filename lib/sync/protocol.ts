/**
 * Sync protocol v1 on the wire (docs/sync-protocol.md), as zod schemas shared by the
 * extension's engine and the reference server. Envelope objects are strict: an unknown
 * field is an error, so typos fail loudly instead of being ignored.
 */
import { z } from 'zod';
import { SYNC_COLLECTIONS, type SyncCollection } from '../domain/vocabulary';
import { RECORD_SCHEMAS } from '../playbook/record-schemas';

/** Request body limit (bytes). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** Pushed changes per request. */
export const MAX_CHANGES = 500;
/** One change's `value`, serialised as JSON (bytes). */
export const MAX_VALUE_BYTES = 256 * 1024;
/** Pulled changes per response. */
export const PULL_LIMIT = 1000;

export const clientIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 characters of A–Z, a–z, 0–9, _ or -');
export const mutationIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]{1,128}$/, 'must be 1–128 characters of A–Z, a–z, 0–9, _ . : or -');
export const keySchema = z.string().min(1).max(128);
export const versionSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const cursorSchema = z.string().min(1).max(64).nullable();
export const collectionSchema = z.enum(SYNC_COLLECTIONS);
export const opSchema = z.enum(['put', 'delete']);
const valueObjectSchema = z.record(z.string(), z.unknown());

export const pushedChangeSchema = z
  .object({
    mutationId: mutationIdSchema,
    collection: collectionSchema,
    key: keySchema,
    op: opSchema,
    value: valueObjectSchema.optional(),
    baseVersion: versionSchema.nullable(),
    clientTime: z.iso.datetime({ offset: true }),
  })
  .strict()
  .refine((c) => c.op !== 'put' || c.value !== undefined, {
    message: 'is required for a put',
    path: ['value'],
  });
export type PushedChange = z.infer<typeof pushedChangeSchema>;

export const syncRequestSchema = z
  .object({
    clientId: clientIdSchema,
    cursor: cursorSchema,
    changes: z.array(pushedChangeSchema),
  })
  .strict();
export type SyncRequest = z.infer<typeof syncRequestSchema>;

export const currentValueSchema = z
  .object({ op: opSchema, value: valueObjectSchema.optional() })
  .strict()
  .nullable();

export const changeResultSchema = z.discriminatedUnion('status', [
  z.object({ mutationId: mutationIdSchema, status: z.literal('applied'), version: versionSchema }).strict(),
  z.object({ mutationId: mutationIdSchema, status: z.literal('duplicate'), version: versionSchema }).strict(),
  z
    .object({
      mutationId: mutationIdSchema,
      status: z.literal('conflict'),
      /** The record's current server version (0 when it does not exist). */
      version: versionSchema,
      /** The record's current server state (null when it does not exist). */
      current: currentValueSchema,
    })
    .strict(),
]);
export type ChangeResult = z.infer<typeof changeResultSchema>;

export const pulledChangeSchema = z
  .object({
    collection: collectionSchema,
    key: keySchema,
    version: versionSchema,
    op: opSchema,
    value: valueObjectSchema.optional(),
    updatedAt: z.iso.datetime({ offset: true }),
    updatedBy: z.string().min(1).max(128),
  })
  .strict();
export type PulledChange = z.infer<typeof pulledChangeSchema>;

export const syncResponseSchema = z
  .object({
    results: z.array(changeResultSchema),
    changes: z.array(pulledChangeSchema).max(PULL_LIMIT),
    cursor: z.string().min(1).max(64),
    more: z.boolean(),
  })
  .strict();
export type SyncResponse = z.infer<typeof syncResponseSchema>;

export const healthResponseSchema = z.object({ ok: z.literal(true), version: z.string() }).strict();

export const ERROR_CODES = [
  'invalid_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'too_large',
  'rate_limited',
  'timeout',
  'internal',
  'unavailable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export const errorBodySchema = z
  .object({ error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }).strict() })
  .strict();
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The zod schema that validates a `put` value of each collection (guarantee 6). */
export const VALUE_SCHEMAS: Record<SyncCollection, z.ZodType<{ id: string }>> = RECORD_SCHEMAS;

/** Cursors are opaque to clients; the reference server encodes the last version seen. */
export function encodeCursor(version: number): string {
  return `c${version.toString(36)}`;
}

/** The version inside a reference-server cursor, or null when it is not one. */
export function decodeCursor(cursor: string): number | null {
  if (!/^c[0-9a-z]{1,11}$/.test(cursor)) return null;
  const version = parseInt(cursor.slice(1), 36);
  return Number.isSafeInteger(version) ? version : null;
}

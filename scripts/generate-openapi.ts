/**
 * `npm run docs:openapi`: writes docs/openapi.json, the OpenAPI 3.1 description of sync
 * protocol v1, generated from the zod schemas in lib/sync/protocol.ts (the same ones the
 * engine and the reference server use). `--check` fails when the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { z } from 'zod';
import {
  MAX_BODY_BYTES,
  MAX_CHANGES,
  MAX_VALUE_BYTES,
  PULL_LIMIT,
  VALUE_SCHEMAS,
  errorBodySchema,
  healthResponseSchema,
  syncRequestSchema,
  syncResponseSchema,
} from '../lib/sync/protocol';
import { selectorPackSchema } from '../lib/sync/selector-pack-schema';

export const OPENAPI_PATH = 'docs/openapi.json';

const schema = (s: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' });

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

export function buildOpenApi(): Record<string, unknown> {
  const values = Object.fromEntries(
    Object.entries(VALUE_SCHEMAS).map(([collection, s]) => [`Value_${collection}`, schema(s, 'input')]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Motive sync protocol',
      version: '1',
      description:
        `Push local changes and pull remote ones in one round trip. Limits: ${MAX_BODY_BYTES} bytes per request, ` +
        `${MAX_CHANGES} changes per request, ${MAX_VALUE_BYTES} bytes per value, ${PULL_LIMIT} pulled changes per response. ` +
        'Values of each collection are validated with the Value_<collection> schemas. See docs/sync-protocol.md.',
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        SyncRequest: schema(syncRequestSchema, 'input'),
        SyncResponse: schema(syncResponseSchema, 'output'),
        Health: schema(healthResponseSchema, 'output'),
        Error: schema(errorBodySchema, 'output'),
        SelectorPack: schema(selectorPackSchema, 'output'),
        ...values,
      },
    },
    paths: {
      '/v1/health': {
        get: {
          summary: 'Server liveness and version (no token needed)',
          responses: {
            200: {
              description: 'Up',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Health' } } },
            },
            400: error('invalid_request: a credential in the URL (message starts with "URL:")'),
            503: error('unavailable: the server runs but its database does not answer'),
          },
        },
      },
      '/v1/selector-pack': {
        get: {
          summary: "The workspace's team selector pack (CSS selectors and labels only), or null",
          security: [{ bearer: [] }],
          responses: {
            200: {
              description:
                'The newest published pack; the extension validates it and keeps the last good one',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['pack'],
                    properties: {
                      pack: { oneOf: [{ $ref: '#/components/schemas/SelectorPack' }, { type: 'null' }] },
                    },
                  },
                },
              },
            },
            401: error('unauthorized: missing, unknown or revoked token'),
            405: error('method_not_allowed: packs are published by an admin, not through this path'),
          },
        },
      },
      '/v1/sync': {
        post: {
          summary: 'Push changes and pull everything changed after the cursor',
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/SyncRequest' } } },
          },
          responses: {
            200: {
              description: 'Results (one per change, in order) and pulled changes',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/SyncResponse' } } },
            },
            400: error(
              'invalid_request: the message names the offending field (also for NUL characters, lone ' +
                'surrogates, non-finite numbers, nesting over 64 levels, a cursor ahead of the workspace, ' +
                'a credential in the URL); nothing was changed',
            ),
            401: error('unauthorized: missing, unknown or revoked token'),
            403: error('forbidden'),
            404: error('not_found'),
            405: error('method_not_allowed'),
            408: error('timeout: the body did not arrive in time'),
            413: error('too_large: body, batch or value over the limits'),
            431: error('too_large: request headers too large'),
            429: {
              ...error(
                'rate_limited: too many requests for this token, or failed authentications from this ' +
                  'address (limits shared by every instance on one database); wait for Retry-After seconds',
              ),
              headers: { 'Retry-After': { schema: { type: 'integer' } } },
            },
            500: error('internal: nothing was recorded; retry the same request with backoff'),
          },
        },
      },
    },
  };
}

async function main(): Promise<void> {
  // Formatted like every other file, so `prettier --check .` agrees with the generator.
  const options = (await resolveConfig(OPENAPI_PATH)) ?? {};
  const text = await format(JSON.stringify(buildOpenApi()), { ...options, parser: 'json' });
  if (process.argv.includes('--check')) {
    const current = readFileSync(OPENAPI_PATH, 'utf8');
    if (current !== text) {
      console.error(`${OPENAPI_PATH} is out of date: run npm run docs:openapi`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(OPENAPI_PATH, text);
  console.log(`Wrote ${OPENAPI_PATH}`);
}

if (process.argv[1]?.endsWith('generate-openapi.ts')) await main();

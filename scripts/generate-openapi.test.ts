import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPENAPI_PATH, buildOpenApi } from './generate-openapi';

describe('OpenAPI description of the sync protocol', () => {
  it('is generated from the zod schemas and committed up to date (npm run docs:openapi)', () => {
    expect(JSON.parse(readFileSync(OPENAPI_PATH, 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(buildOpenApi())),
    );
  });

  it('describes the request envelope strictly, as the server checks it', () => {
    const doc = buildOpenApi() as {
      components: { schemas: Record<string, { required?: string[]; additionalProperties?: unknown }> };
    };
    const request = doc.components.schemas.SyncRequest!;
    expect(request.required).toEqual(['clientId', 'cursor', 'changes']);
    expect(request.additionalProperties).toBe(false);
    expect(Object.keys(doc.components.schemas)).toContain('Value_notes');
  });
});

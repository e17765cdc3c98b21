/** Every error leaves the server as `{"error": {"code", "message"}}` with a JSON content type. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody, ErrorCode } from '../../lib/sync/protocol';

export class RequestError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const invalid = (message: string) => new RequestError(400, 'invalid_request', message);
export const tooLarge = (message: string) => new RequestError(413, 'too_large', message);

export function errorResponse(c: Context, error: RequestError): Response {
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  return c.json(body, error.status, error.headers);
}

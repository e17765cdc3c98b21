/**
 * The HTTP side of the engine, over an injected fetch (tests pass the server's handler).
 * Responses are validated like any input crossing a boundary.
 */
import {
  errorBodySchema,
  healthResponseSchema,
  syncResponseSchema,
  type SyncRequest,
  type SyncResponse,
} from './protocol';

/** A request that takes longer is abandoned (and retried: idempotency makes that safe). */
export const REQUEST_TIMEOUT_MS = 60_000;

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface Endpoint {
  /** Base URL without a trailing slash, e.g. "https://sync.example.com". */
  url: string;
  token: string;
}

/** A failed call: HTTP status (0 = network), the protocol error code, and Retry-After seconds. */
export class SyncHttpError extends Error {
  override name = 'SyncHttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
  /** 5xx, 429, network failures and timeouts are worth retrying; the rest need a person. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

export async function postSync(
  fetchFn: FetchLike,
  endpoint: Endpoint,
  request: SyncRequest,
): Promise<SyncResponse> {
  const response = await call(fetchFn, `${endpoint.url}/v1/sync`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${endpoint.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const parsed = syncResponseSchema.safeParse(await readJson(response));
  if (!parsed.success)
    throw new SyncHttpError(502, 'internal', 'the sync server sent a response Motive cannot read');
  return parsed.data;
}

export async function getHealth(fetchFn: FetchLike, url: string): Promise<string> {
  const response = await call(fetchFn, `${url}/v1/health`, {
    method: 'GET',
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const parsed = healthResponseSchema.safeParse(await readJson(response));
  if (!parsed.success)
    throw new SyncHttpError(502, 'internal', 'this address does not answer like a Motive sync server');
  return parsed.data.version;
}

async function call(fetchFn: FetchLike, url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetchFn(url, init);
  } catch (error) {
    throw new SyncHttpError(0, 'network', `could not reach the sync server (${(error as Error).message})`);
  }
  if (response.ok) return response;
  const body = errorBodySchema.safeParse(await readJson(response).catch(() => null));
  const retryAfter = Number(response.headers.get('Retry-After'));
  throw new SyncHttpError(
    response.status,
    body.success ? body.data.error.code : 'internal',
    body.success ? body.data.error.message : `HTTP ${response.status}`,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  );
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new SyncHttpError(
      response.ok ? 502 : response.status,
      'internal',
      'the sync server sent something that is not JSON',
    );
  }
}

/**
 * Reads a request body as JSON text, only after the caller has authenticated the request:
 * at most `maxBytes` (413 as soon as it is passed, with or without a Content-Length), within
 * `timeoutMs` (408: a slow or stalled upload cannot hold memory and a socket for minutes),
 * and no deeper than MAX_JSON_TEXT_DEPTH, measured on the text before it is parsed (the
 * tighter MAX_JSON_DEPTH is checked after parsing, where the message can name the field).
 */
import type { Context } from 'hono';
import { MAX_JSON_TEXT_DEPTH, jsonTextDepth } from '../../lib/sync/wire-values';
import { RequestError, invalid, tooLarge } from './errors';

export interface BodyLimits {
  maxBytes: number;
  timeoutMs: number;
}

/** A slow body is cut off after this long (a 5 MiB body on a 1 Mbit/s uplink takes 42 s). */
export const BODY_TIMEOUT_MS = 60_000;

export async function readJsonBody(c: Context, limits: BodyLimits): Promise<unknown> {
  const text = await readText(c, limits);
  if (jsonTextDepth(text) > MAX_JSON_TEXT_DEPTH)
    throw invalid(`body: JSON nested deeper than ${MAX_JSON_TEXT_DEPTH} levels`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalid('body: not valid JSON');
  }
}

async function readText(c: Context, { maxBytes, timeoutMs }: BodyLimits): Promise<string> {
  const declared = c.req.header('Content-Length');
  if (declared !== undefined && Number(declared) > maxBytes)
    throw tooLarge(`body: at most ${maxBytes} bytes`);
  const stream = c.req.raw.body;
  if (stream === null) return '';
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new RequestError(408, 'timeout', `body: not received within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
  });
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), timedOut]);
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw tooLarge(`body: at most ${maxBytes} bytes`);
      chunks.push(value);
    }
  } catch (error) {
    // Stop reading what is left: the connection is answered and closed.
    void reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

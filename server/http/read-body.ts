/**
 * Reads a request body as JSON text, only after the caller has authenticated the request:
 * at most `maxBytes` (413 as soon as it is passed, with or without a Content-Length), within
 * `timeoutMs` (408: a slow or stalled upload cannot hold memory and a socket for minutes),
 * and no deeper than MAX_JSON_TEXT_DEPTH, measured on the text before it is parsed (the
 * tighter MAX_JSON_DEPTH is checked after parsing, where the message can name the field).
 */
import { IncomingMessage } from 'node:http';
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

async function readText(c: Context, limits: BodyLimits): Promise<string> {
  const declared = c.req.header('Content-Length');
  if (declared !== undefined && Number(declared) > limits.maxBytes)
    throw tooLarge(`body: at most ${limits.maxBytes} bytes`);
  const incoming = nodeRequest(c);
  const bytes =
    incoming === undefined
      ? await readWebStream(c.req.raw.body, limits)
      : await readNodeStream(incoming, limits);
  return bytes.toString('utf8');
}

/**
 * The Node request behind the context, when @hono/node-server serves it (in `env`) and its
 * body is untouched: read as Node events, a body costs a fraction of the CPU of the web
 * stream Hono wraps around it (tests/bench/server-throughput.bench.ts). In-memory calls
 * (tests) have none and read the web stream.
 */
function nodeRequest(c: Context): IncomingMessage | undefined {
  const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
  return incoming instanceof IncomingMessage && !incoming.readableDidRead ? incoming : undefined;
}

const timeoutError = (timeoutMs: number) =>
  new RequestError(408, 'timeout', `body: not received within ${timeoutMs / 1000} s`);

/**
 * On a failure the listeners are removed and what is left is not read: @hono/node-server
 * drains or closes the connection once the error is answered.
 */
function readNodeStream(incoming: IncomingMessage, { maxBytes, timeoutMs }: BodyLimits): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      clearTimeout(timer);
      incoming.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    };
    const fail = (error: Error) => {
      stop();
      reject(error);
    };
    const timer = setTimeout(() => fail(timeoutError(timeoutMs)), timeoutMs);
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) fail(tooLarge(`body: at most ${maxBytes} bytes`));
      else chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    };
    const onError = (error: Error) => fail(error);
    const onClose = () => {
      if (!incoming.readableEnded) fail(new Error('body: the client closed the connection'));
    };
    incoming.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

async function readWebStream(
  stream: ReadableStream<Uint8Array> | null,
  { maxBytes, timeoutMs }: BodyLimits,
): Promise<Buffer> {
  if (stream === null) return Buffer.alloc(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError(timeoutMs)), timeoutMs);
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
  return Buffer.concat(chunks);
}

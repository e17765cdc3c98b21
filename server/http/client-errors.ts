/**
 * Errors Node's HTTP parser answers before any route runs (headers too large, a request that
 * never finishes arriving, malformed HTTP) get the same JSON error body as everything else,
 * instead of Node's bare status line.
 */
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorBody, ErrorCode } from '../../lib/sync/protocol';

/** Headers must arrive within this; a whole request within REQUEST_TIMEOUT_MS. */
export const HEADERS_TIMEOUT_MS = 20_000;
export const REQUEST_TIMEOUT_MS = 120_000;

const ANSWERS: Record<string, [number, string, ErrorCode, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'too_large', 'headers: too large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'timeout', 'request: not received in time'],
  ERR_HTTP_HEADERS_TIMEOUT: [408, 'Request Timeout', 'timeout', 'headers: not received in time'],
};
const MALFORMED: [number, string, ErrorCode, string] = [
  400,
  'Bad Request',
  'invalid_request',
  'request: malformed HTTP',
];

export function answerClientErrorsWithJson(server: Server, timeouts: { headersMs?: number } = {}): void {
  server.headersTimeout = timeouts.headersMs ?? HEADERS_TIMEOUT_MS;
  server.requestTimeout = Math.max(REQUEST_TIMEOUT_MS, server.headersTimeout);
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, reason, code, message] = ANSWERS[error.code ?? ''] ?? MALFORMED;
    const body: ErrorBody = { error: { code, message } };
    const text = JSON.stringify(body);
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
    );
  });
}

/**
 * The real server over real sockets (issue 13, finding 5): the token is checked before the
 * body is read, a stalled body gets a JSON 408, oversized headers a JSON 431, and the
 * PGlite data directory is readable by its owner only.
 */
import { lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../lib/sync/protocol';
import { startServer, type RunningServer } from '../../server/serve';
import { openPgliteStore } from '../../server/store/pglite-store';
import { createToken } from '../../server/tokens';
import { pgliteTemplate } from './support/test-server';

interface RawResponse {
  status: number;
  headers: string;
  body: string;
}

/**
 * Writes `head` and `parts` on a raw socket, never ending a chunked body unless told, and
 * resolves with the first complete response.
 */
function rawRequest(port: number, head: string, parts: string[] = []): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = Buffer.alloc(0);
    const done = (response: RawResponse) => {
      socket.destroy();
      resolve(response);
    };
    socket.on('error', reject);
    socket.on('data', (chunk) => {
      data = Buffer.concat([data, chunk]);
      const text = data.toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      if (split < 0) return;
      const headers = text.slice(0, split);
      const length = Number(/content-length: (\d+)/i.exec(headers)?.[1] ?? NaN);
      const body = text.slice(split + 4);
      if (Buffer.byteLength(body) >= length) {
        done({ status: Number(headers.split(' ')[1]), headers, body });
      }
    });
    socket.on('connect', () => {
      socket.write(head);
      for (const part of parts) socket.write(part);
    });
  });
}

const chunk = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;

function expectJsonError(response: RawResponse, status: number, code: string): string {
  expect(response.status).toBe(status);
  expect(response.headers).toMatch(/content-type: application\/json/i);
  const parsed = errorBodySchema.parse(JSON.parse(response.body));
  expect(parsed.error.code).toBe(code);
  expect(response.body).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
  return parsed.error.message;
}

describe('the server over real sockets (PGlite data directory)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motive-socket-'));
  let server: RunningServer;
  let token: string;
  beforeAll(async () => {
    // From the migrated template: a fresh PGlite directory would cost an initdb.
    const store = await openPgliteStore({ dataDir: join(dir, 'pgdata'), template: await pgliteTemplate() });
    token = (await createToken(store, 'socket', 'rep')).token;
    await store.close();
    server = await startServer({
      dataDir: dir,
      port: 0,
      log: { info: () => undefined, warn: () => undefined, error: () => undefined },
      bodyTimeoutMs: 400,
    });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const head = (auth: string | null) =>
    'POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
    `${auth === null ? '' : `Authorization: Bearer ${auth}\r\n`}Transfer-Encoding: chunked\r\n\r\n`;

  it('answers 401 to a request without a token while its body is still arriving', async () => {
    const response = await rawRequest(server.port, head(null), [chunk('{"clientId":"c_1",')]);
    expect(expectJsonError(response, 401, 'unauthorized')).toMatch(/^Authorization: /);
  });

  it('answers 401 to an unknown token without reading a body that never ends', async () => {
    const response = await rawRequest(server.port, head('mtv_not-a-token'), [
      chunk('{"pad":"'),
      chunk('x'.repeat(1000)),
    ]);
    expectJsonError(response, 401, 'unauthorized');
  });

  it('cuts off a stalled body with a JSON 408', async () => {
    const response = await rawRequest(server.port, head(token), [chunk('{"clientId":"c_1",')]);
    expect(expectJsonError(response, 408, 'timeout')).toMatch(/^body: /);
  });

  it('answers a chunked body that grows past the limit with a JSON 413 before it ends', async () => {
    const mib = 'x'.repeat(1024 * 1024);
    const parts = [chunk('{"pad":"'), ...Array.from({ length: 6 }, () => chunk(mib))];
    const response = await rawRequest(server.port, head(token), parts);
    expect(expectJsonError(response, 413, 'too_large')).toMatch(/^body: /);
  });

  it('answers oversized headers with a JSON 431', async () => {
    const response = await rawRequest(
      server.port,
      `GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: ${'x'.repeat(40_000)}\r\n\r\n`,
    );
    expectJsonError(response, 431, 'too_large');
  });

  it('answers malformed HTTP with a JSON 400', async () => {
    const response = await rawRequest(server.port, 'NONSENSE\r\n\r\n');
    expectJsonError(response, 400, 'invalid_request');
  });

  it('still serves a normal request afterwards', async () => {
    const response = await fetch(`${server.url}/v1/health`);
    expect(response.status).toBe(200);
  });

  it('keeps every directory 0700 and every file 0600 in the data directory', async () => {
    await server.close();
    const loose: string[] = [];
    const stack = [dir];
    while (stack.length > 0) {
      const path = stack.pop()!;
      const stat = lstatSync(path);
      const mode = stat.mode & 0o777;
      if (stat.isDirectory()) {
        if (mode !== 0o700) loose.push(`${path} ${mode.toString(8)}`);
        for (const name of readdirSync(path)) stack.push(join(path, name));
      } else if (mode & 0o077) loose.push(`${path} ${mode.toString(8)}`);
    }
    expect(loose).toEqual([]);
  });
});

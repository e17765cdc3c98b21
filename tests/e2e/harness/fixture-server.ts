/**
 * A local HTTPS server that answers for the apps' real hostnames (Chromium maps them here with
 * --host-resolver-rules), so the production content-script match patterns are exercised.
 * Pages are registered per host + path; the certificate is a throw-away self-signed one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface FixturePage {
  body: string;
  contentType?: string;
  status?: number;
  /** Extra response headers (e.g. cache-control for resource-count checks). */
  headers?: Record<string, string>;
}
export type FixtureHandler = (url: URL) => FixturePage | undefined;

export interface FixtureServer {
  port: number;
  /** Serves `page` at https://<host><path> (exact path, query ignored). */
  page(host: string, path: string, page: FixturePage | string): void;
  /** A handler consulted for every request before the page table. */
  handle(handler: FixtureHandler): void;
  close(): Promise<void>;
}

const CERT_DIR = join(process.cwd(), 'node_modules', '.cache', 'motive-e2e-cert');

function certificate(): { key: Buffer; cert: Buffer } {
  const key = join(CERT_DIR, 'key.pem');
  const cert = join(CERT_DIR, 'cert.pem');
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(CERT_DIR, { recursive: true });
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '3650',
        '-keyout',
        key,
        '-out',
        cert,
        '-subj',
        '/CN=motive-e2e',
      ],
      { stdio: 'ignore' },
    );
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const pages = new Map<string, FixturePage>();
  const handlers: FixtureHandler[] = [];
  const server: Server = createServer(certificate(), (req, res) => {
    const host = (req.headers.host ?? 'localhost').split(':')[0] ?? 'localhost';
    const url = new URL(req.url ?? '/', `https://${host}`);
    const page =
      handlers.map((h) => h(url)).find((p) => p !== undefined) ?? pages.get(`${host}${url.pathname}`);
    if (page === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`No fixture for ${host}${url.pathname}`);
      return;
    }
    res
      .writeHead(page.status ?? 200, {
        ...page.headers,
        'content-type': page.contentType ?? 'text/html; charset=utf-8',
      })
      .end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    page(host, path, page) {
      pages.set(`${host}${path}`, typeof page === 'string' ? { body: page } : page);
    },
    handle(handler) {
      handlers.push(handler);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

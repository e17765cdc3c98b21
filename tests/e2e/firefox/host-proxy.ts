/**
 * Firefox has no `--host-resolver-rules`. To serve fixture pages under the apps' real
 * hostnames (so the production match patterns run), Firefox is pointed at this HTTP CONNECT
 * proxy, which tunnels only the mapped app hosts to the local fixture server and refuses
 * everything else: no request ever leaves the machine. Loopback (the sync server) is never
 * proxied by Firefox.
 */
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

export interface HostProxy {
  port: number;
  /** Hosts that were asked for and refused (a test can assert nothing leaked). */
  refused: string[];
  close(): Promise<void>;
}

/** `*.zoom.us` matches `us05web.zoom.us`; a plain host matches itself. */
export function hostMatches(host: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) =>
    pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern,
  );
}

export async function startHostProxy(fixturePort: number, hosts: readonly string[]): Promise<HostProxy> {
  const refused: string[] = [];
  const server: Server = createServer((_req, res) => {
    // Plain-http proxying is never needed: every app is https.
    res.writeHead(403).end('Only CONNECT to mapped app hosts.');
  });
  server.on('connect', (req, client, head) => {
    const host = (req.url ?? '').split(':')[0] ?? '';
    if (!hostMatches(host, hosts)) {
      refused.push(host);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

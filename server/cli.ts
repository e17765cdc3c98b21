/**
 * `npm run server -- <command>`:
 *   serve [--port 8787] [--host 127.0.0.1] [--data .data/server] [--rate-limit 120/10]
 *     (--rate-limit BURST/PER_SECOND: requests per token, shared by every instance on one database)
 *   token create --workspace W --user U [--data DIR]   (the token is the LAST line printed)
 *   token list [--data DIR]
 *   token revoke <id> [--data DIR]
 *   pack publish FILE --workspace W | pack show --workspace W   (team selector pack)
 * DATABASE_URL=postgres://… uses PostgreSQL instead of the PGlite data directory;
 * DATABASE_PREPARED_STATEMENTS=off for a PgBouncer in transaction mode older than 1.21.
 */
import { resolve } from 'node:path';
import type { RateLimitOptions } from './http/rate-limit';
import { startServer } from './serve';
import { storeLocationFromEnv } from './store/store-location';
import { runPackCommand } from './pack-command';
import { runTokenCommand } from './token-command';

function flag(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? undefined : args[index + 1];
}

/** "120/10" → a burst of 120 requests, 10 more per second; undefined → the default. */
function parseRateLimit(text: string | undefined): RateLimitOptions | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(text);
  if (match === null || Number(match[1]) < 1 || Number(match[2]) <= 0)
    throw new Error('--rate-limit: use BURST/PER_SECOND, e.g. 120/10');
  return { burst: Number(match[1]), perSecond: Number(match[2]) };
}

async function main(args: string[]): Promise<number> {
  const location = storeLocationFromEnv(process.env, resolve(flag(args, 'data') ?? '.data/server'));
  const { dataDir, databaseUrl } = location;
  if (args[0] === 'serve') {
    const port = Number(flag(args, 'port') ?? 8787);
    const host = flag(args, 'host') ?? '127.0.0.1';
    const rateLimit = parseRateLimit(flag(args, 'rate-limit'));
    const server = await startServer({ ...location, host, port, rateLimit });
    console.log(
      `Motive sync server on ${server.url} (${databaseUrl ? 'PostgreSQL' : `PGlite in ${dataDir}`})`,
    );
    const stop = (signal: string) => {
      console.log(`${signal}: finishing in-flight requests, then stopping…`);
      void server.close().then(() => {
        console.log('Stopped.');
        process.exit(0);
      });
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
    return -1; // keep running
  }
  if (args[0] === 'token') return runTokenCommand(args.slice(1), { ...location, flag: (n) => flag(args, n) });
  if (args[0] === 'pack') return runPackCommand(args.slice(1), { ...location, flag: (n) => flag(args, n) });
  console.error(
    'Usage: serve [--port P] [--host H] [--data DIR] [--rate-limit BURST/PER_SECOND] | token create --workspace W --user U | token list | token revoke ID | pack publish FILE --workspace W | pack show --workspace W',
  );
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);

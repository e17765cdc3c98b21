/** Guarantee 5: a token reads and writes only its own workspace, whatever it guesses. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncResponseSchema } from '../../lib/sync/protocol';
import { BACKENDS, startTestServer, type TestServer } from './support/test-server';
import { body, del, note, put } from './support/values';

describe.each(BACKENDS)('workspace isolation on %s', (backend) => {
  let server: TestServer;
  let alice: string;
  let mallory: string;
  beforeAll(async () => {
    server = await startTestServer(backend);
    alice = await server.token(server.workspace('acme'));
    mallory = await server.token(server.workspace('other'));
  });
  afterAll(() => server.close());

  const sync = async (token: string, request: unknown) =>
    syncResponseSchema.parse(await (await server.sync(token, request)).json());

  it('keeps every endpoint of one workspace blind to and unable to touch the other', async () => {
    const secret = put('n_secret', null, note('n_secret', 'Acme pricing floor: 40k'));
    const written = await sync(alice, body([secret], null, 'c_alice'));
    const aliceVersion = written.results[0]!.version;

    // Pull from the start, and with every cursor Alice has seen: nothing of Acme. A cursor
    // ahead of Mallory's own workspace is refused (400), which tells nothing about Alice's.
    for (const cursor of [null, written.cursor, 'c0', 'c1']) {
      const response = await server.sync(mallory, body([], cursor, 'c_mallory'));
      const text = await response.text();
      expect(text).not.toContain('pricing floor');
      if (response.status === 400) expect(text).toMatch(/"cursor: ahead of this workspace/);
      else expect(response.status).toBe(200);
    }
    // Re-sending Alice's mutation with her client id is a new change in Mallory's workspace.
    const replay = await sync(mallory, body([secret], null, 'c_alice'));
    expect(replay.results[0]!.status).toBe('applied');
    // Guessed keys with Alice's version: conflicts (nothing at that key here), never writes there.
    const edit = await sync(
      mallory,
      body(
        [put('n_secret', aliceVersion, note('n_secret', 'defaced')), del('n_secret', aliceVersion)],
        null,
        'c_m2',
      ),
    );
    expect(edit.results.map((r) => r.status)).not.toContain('duplicate');

    const aliceView = await sync(alice, body([], null, 'c_alice'));
    expect(aliceView.changes).toHaveLength(1);
    expect(aliceView.changes[0]).toMatchObject({
      key: 'n_secret',
      version: aliceVersion,
      value: { text: 'Acme pricing floor: 40k' },
    });
  });

  it('numbers versions per workspace', async () => {
    const a = await sync(await server.token(server.workspace()), body([put('n_1', null)]));
    const b = await sync(await server.token(server.workspace()), body([put('n_1', null)]));
    expect(a.results[0]!.version).toBe(1);
    expect(b.results[0]!.version).toBe(1);
  });
});

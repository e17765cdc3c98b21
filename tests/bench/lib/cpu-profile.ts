/**
 * CPU profiles for benchmarks (hand-written): the extension's service worker over the Chrome
 * DevTools Protocol (Playwright offers CDP sessions for pages only, so the browser is started
 * with --remote-debugging-port=0 and the worker's target is reached by its WebSocket), and
 * this Node process (the in-process reference server) over node:inspector. Each profile is
 * written as a .cpuprofile (open it in Chrome DevTools) and summarised as the functions with
 * the most self time, so a bench run says where the time went.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import WebSocket from 'ws';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface Profiler {
  stop(file: string): Promise<string>;
}

/** Starts profiling the extension's service worker of a browser started with --remote-debugging-port=0. */
export async function profileServiceWorker(userDataDir: string): Promise<Profiler> {
  const port = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
    type: string;
    url: string;
    webSocketDebuggerUrl: string;
  }[];
  const worker = targets.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (worker === undefined) throw new Error('no extension service worker to profile');
  const socket = new WebSocket(worker.webSocketDebuggerUrl, { perMessageDeflate: false });
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  let nextId = 0;
  const pending = new Map<number, (result: unknown) => void>();
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  const send = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      const id = ++nextId;
      pending.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 500 });
  await send('Profiler.start');
  return {
    async stop(file) {
      const { profile } = (await send('Profiler.stop')) as { profile: Profile };
      socket.close();
      writeFileSync(file, JSON.stringify(profile));
      return summarise(profile);
    },
  };
}

/** Starts profiling this Node process. */
export async function profileThisProcess(): Promise<Profiler> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop(file) {
      const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
      session.disconnect();
      writeFileSync(file, JSON.stringify(profile));
      return summarise(profile);
    },
  };
}

/** The top functions by self time, and the share of each script. */
export function summarise(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++)
    self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0));
  const byFunction = new Map<string, number>();
  const byScript = new Map<string, number>();
  for (const [id, us] of self) {
    const frame = byId.get(id)!.callFrame;
    const script = frame.url.split('/').at(-1) || '(native)';
    const name = `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    byScript.set(script, (byScript.get(script) ?? 0) + us);
  }
  const total = profile.endTime - profile.startTime;
  const line = ([name, us]: [string, number]) =>
    `    ${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`;
  const sorted = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return [
    `  ${(total / 1000).toFixed(0)} ms profiled; by script:`,
    ...sorted(byScript, 6).map(line),
    '  by function (self time):',
    ...sorted(byFunction, top).map(line),
  ].join('\n');
}

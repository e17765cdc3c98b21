/**
 * Fault injection for the model test: a transport over the server's handler that can drop
 * the request, drop the response, deliver twice, or answer 500 without delivering.
 */
import type { FetchLike } from '../../../lib/sync/transport';

export type Fault =
  'none' | 'drop-request' | 'drop-response' | 'duplicate' | 'server-error' | 'kill-mid-push';

export const FAULT_WEIGHTS: [Fault, number][] = [
  ['none', 62],
  ['drop-request', 8],
  ['drop-response', 10],
  ['duplicate', 8],
  ['server-error', 6],
  ['kill-mid-push', 6],
];

export function pickFault(random: () => number): Fault {
  let roll = random() * FAULT_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  for (const [fault, weight] of FAULT_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return fault;
  }
  return 'none';
}

/** Wraps `deliver` so the next request suffers `fault()`; counts what happened. */
export function faultyFetch(
  deliver: FetchLike,
  fault: () => Fault,
  onKill: () => void,
  counts: Record<Fault, number>,
): FetchLike {
  return async (url, init) => {
    const f = fault();
    counts[f]++;
    if (f === 'drop-request') throw new TypeError('network down (request lost)');
    if (f === 'server-error') {
      return new Response(JSON.stringify({ error: { code: 'internal', message: 'injected' } }), {
        status: 503,
        headers: { 'Content-Type': 'application/json' },
      });
    }
    const response = await deliver(url, init);
    if (f === 'drop-response') throw new TypeError('network down (response lost)');
    if (f === 'kill-mid-push') {
      onKill();
      throw new Error('service worker killed');
    }
    if (f === 'duplicate') return deliver(url, init);
    return response;
  };
}

/** Mulberry32: a small seeded PRNG, so any seed replays the same run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

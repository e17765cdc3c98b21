/**
 * Precomputed form of a playbook for matching: tags become bit masks and motivation weights a
 * flat Float64Array, so ranking thousands of entries is a tight loop with no allocation per
 * entry. Compiled once per entries array (cached on the array's identity).
 */
import { CHANNELS, MOTIONS, MOTIVATIONS, PLAYBOOK_KINDS, ROLES, STAGES } from '../domain/vocabulary';
import type { PlaybookEntry } from './schema';

export interface CompiledPlaybook {
  entries: readonly PlaybookEntry[];
  /** entries.length × 10 motivation weights, row-major in vocabulary order. */
  weights: Float64Array;
  /** 1 when the entry names at least one motivation. */
  targeted: Uint8Array;
  kind: Uint8Array;
  roles: Uint8Array;
  stages: Uint8Array;
  channels: Uint8Array;
  motions: Uint8Array;
}

/** Bit of each vocabulary word: index → 1 << index. */
export const bitOf = <T extends string>(vocabulary: readonly T[], word: T): number =>
  1 << vocabulary.indexOf(word);

/** Mask of a tag list; an empty list is 0, which matching reads as "any". */
export const maskOf = <T extends string>(vocabulary: readonly T[], words: readonly T[]): number =>
  words.reduce((mask, w) => mask | bitOf(vocabulary, w), 0);

const cache = new WeakMap<readonly PlaybookEntry[], CompiledPlaybook>();

/** Compiles (or returns the cached compilation of) a playbook. Treat the array as immutable. */
export function compilePlaybook(entries: readonly PlaybookEntry[]): CompiledPlaybook {
  const hit = cache.get(entries);
  if (hit) return hit;
  const n = entries.length;
  const compiled: CompiledPlaybook = {
    entries,
    weights: new Float64Array(n * MOTIVATIONS.length),
    targeted: new Uint8Array(n),
    kind: new Uint8Array(n),
    roles: new Uint8Array(n),
    stages: new Uint8Array(n),
    channels: new Uint8Array(n),
    motions: new Uint8Array(n),
  };
  entries.forEach((e, i) => {
    MOTIVATIONS.forEach((m, j) => {
      const w = e.motivations[m] ?? 0;
      compiled.weights[i * MOTIVATIONS.length + j] = w;
      if (w > 0) compiled.targeted[i] = 1;
    });
    compiled.kind[i] = PLAYBOOK_KINDS.indexOf(e.kind);
    compiled.roles[i] = maskOf(ROLES, e.roles);
    compiled.stages[i] = maskOf(STAGES, e.stages);
    compiled.channels[i] = maskOf(CHANNELS, e.channels);
    compiled.motions[i] = maskOf(MOTIONS, e.motions);
  });
  cache.set(entries, compiled);
  return compiled;
}

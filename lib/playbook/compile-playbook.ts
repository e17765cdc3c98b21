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

const bitTables = new Map<readonly string[], Map<string, number>>();

/** Word → bit (1 << index) for a vocabulary, built once per vocabulary. */
function bits(vocabulary: readonly string[]): Map<string, number> {
  let table = bitTables.get(vocabulary);
  if (!table) {
    table = new Map(vocabulary.map((w, i) => [w, 1 << i]));
    bitTables.set(vocabulary, table);
  }
  return table;
}

/** Bit of each vocabulary word: index → 1 << index. */
export const bitOf = <T extends string>(vocabulary: readonly T[], word: T): number =>
  bits(vocabulary).get(word) ?? 0;

/** Mask of a tag list; an empty list is 0, which matching reads as "any". */
export const maskOf = <T extends string>(vocabulary: readonly T[], words: readonly T[]): number => {
  const table = bits(vocabulary);
  let mask = 0;
  for (const w of words) mask |= table.get(w) ?? 0;
  return mask;
};

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
  const M = MOTIVATIONS.length;
  const kinds = new Map(PLAYBOOK_KINDS.map((k, i) => [k, i]));
  for (let i = 0; i < n; i++) {
    const e = entries[i]!;
    for (let j = 0; j < M; j++) {
      const w = e.motivations[MOTIVATIONS[j]!] ?? 0;
      compiled.weights[i * M + j] = w;
      if (w > 0) compiled.targeted[i] = 1;
    }
    compiled.kind[i] = kinds.get(e.kind)!;
    compiled.roles[i] = maskOf(ROLES, e.roles);
    compiled.stages[i] = maskOf(STAGES, e.stages);
    compiled.channels[i] = maskOf(CHANNELS, e.channels);
    compiled.motions[i] = maskOf(MOTIONS, e.motions);
  }
  cache.set(entries, compiled);
  return compiled;
}

/**
 * Playbook matching over 5,000 entries (target ≤ 5 ms per match). Prints figures; asserts nothing.
 * Run: npx tsx tests/bench/matching.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { CHANNELS, MOTIONS, MOTIVATIONS, ROLES, STAGES } from '../../lib/domain/vocabulary';
import { compilePlaybook } from '../../lib/playbook/compile-playbook';
import { loadDefaultPlaybook } from '../../lib/playbook/default/index';
import { matchPlaybook, type MatchContext } from '../../lib/playbook/match-playbook';
import type { PlaybookEntry } from '../../lib/playbook/schema';

const SIZE = 5_000;
const RUNS = 2_000;

/** A deterministic pseudo-random generator so every run measures the same work. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32;
}

const rand = lcg(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

const defaults = await loadDefaultPlaybook();
const entries: PlaybookEntry[] = Array.from({ length: SIZE }, (_, i) => {
  const base = defaults[i % defaults.length]!;
  return {
    ...base,
    id: `${base.id}.${i}`,
    motivations: { ...base.motivations, [pick(MOTIVATIONS)]: Math.round(rand() * 10) / 10 },
  };
});
const contexts: MatchContext[] = Array.from({ length: 64 }, () => ({
  scores: Object.fromEntries(MOTIVATIONS.map((m) => [m, Math.round(rand() * 100) / 100])),
  person: { roles: [pick(ROLES)] },
  stage: pick(STAGES),
  channel: pick(CHANNELS),
  motion: pick(MOTIONS),
}));

const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return `median ${q(0.5).toFixed(3)} ms · p95 ${q(0.95).toFixed(3)} ms · max ${sorted.at(-1)!.toFixed(3)} ms`;
};

// Cold: a fresh array (not yet compiled) pays compilation on its first match.
const fresh = [...entries];
const t0 = performance.now();
matchPlaybook(fresh, contexts[0]!);
const coldMs = performance.now() - t0;
const t1 = performance.now();
compilePlaybook([...entries]);
const compileMs = performance.now() - t1;

for (let i = 0; i < 200; i++) matchPlaybook(entries, contexts[i % contexts.length]!); // warm-up (JIT)
const warm: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  matchPlaybook(entries, contexts[i % contexts.length]!);
  warm.push(performance.now() - start);
}
const all: number[] = [];
for (let i = 0; i < 200; i++) {
  const start = performance.now();
  matchPlaybook(entries, { ...contexts[i % contexts.length]!, limit: 1_000 });
  all.push(performance.now() - start);
}

console.log(`playbook matching over ${SIZE} entries (${RUNS} runs, target ≤ 5 ms)`);
console.log(`  first match on a new array (compile + match): ${coldMs.toFixed(2)} ms`);
console.log(`  compile alone (then cached per array): ${compileMs.toFixed(2)} ms`);
console.log(`  match, top 10:    ${stats(warm)}`);
console.log(`  match, top 1,000: ${stats(all)}`);

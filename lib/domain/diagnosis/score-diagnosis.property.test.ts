import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MOTIVATION_CATALOGUE as catalogue } from '../motivations/catalogue';
import type { Evidence } from '../records';
import { EVIDENCE_SOURCES, EVIDENCE_STATUSES, MOTIVATIONS } from '../vocabulary';
import { scoreDiagnosis } from './score-diagnosis';
import { evidence } from './test-builders';

const now = '2026-11-01T00:00:00.000Z';
const evidenceArb: fc.Arbitrary<Evidence> = fc
  .record({
    n: fc.nat(),
    motivation: fc.constantFrom(...MOTIVATIONS),
    source: fc.constantFrom(...EVIDENCE_SOURCES),
    status: fc.constantFrom(...EVIDENCE_STATUSES),
    weight: fc.double({ min: 0, max: 1, noNaN: true }),
    ageDays: fc.integer({ min: -5, max: 400 }),
    signal: fc.option(fc.constantFrom('s.a', 's.b', 's.c'), { nil: undefined }),
  })
  .map((r) =>
    evidence({
      id: `e${r.n}`,
      motivation: r.motivation,
      source: r.source,
      status: r.status,
      weight: r.weight,
      at: new Date(Date.parse(now) - r.ageDays * 86_400_000).toISOString(),
      signalId: r.signal,
      quote: `quote ${r.n % 7}`,
    }),
  );
const listArb = fc.array(evidenceArb, { maxLength: 40 });
const score = (items: Evidence[]) => scoreDiagnosis({ evidence: items, tickedSignals: [], catalogue, now });

describe('scoreDiagnosis (properties)', () => {
  it('keeps every score in [0, 1] and explains it with shares that add up to it', () => {
    fc.assert(
      fc.property(listArb, (items) => {
        for (const r of score(items).ranked) {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1);
          expect(r.contributions.reduce((s, c) => s + c.share, 0)).toBeCloseTo(r.score, 9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers a score when confirmed evidence is added', () => {
    fc.assert(
      fc.property(listArb, evidenceArb, (items, extra) => {
        const added = { ...extra, id: 'extra', status: 'confirmed' as const };
        const before = score(items).scores[added.motivation];
        expect(score([...items, added]).scores[added.motivation]).toBeGreaterThanOrEqual(before - 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('ignores rejected evidence entirely', () => {
    fc.assert(
      fc.property(listArb, (items) => {
        const kept = items.filter((e) => e.status !== 'rejected');
        expect(score(items).scores).toEqual(score(kept).scores);
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order evidence arrives in', () => {
    fc.assert(
      fc.property(listArb, (items) => {
        const a = score(items).scores;
        const b = score([...items].reverse()).scores;
        for (const m of MOTIVATIONS) expect(b[m]).toBeCloseTo(a[m], 12);
      }),
      { numRuns: 200 },
    );
  });
});

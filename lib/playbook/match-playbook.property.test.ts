import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, MOTIONS, MOTIVATIONS, PLAYBOOK_KINDS, ROLES, STAGES } from '../domain/vocabulary';
import { MATCH_FACTORS as F, matchPlaybook, type MatchContext } from './match-playbook';
import type { PlaybookEntry } from './schema';
import { entry } from './test-entry';

/**
 * A deliberately naive re-statement of the matching formula (no bit masks, no top-k), used as
 * an oracle: the optimised matcher must agree with it on every random playbook and context.
 */
function naive(entries: PlaybookEntry[], ctx: MatchContext): { id: string; score: number }[] {
  const s = MOTIVATIONS.map((m) =>
    Math.max(ctx.scores[m] ?? 0, ctx.person?.motivations?.includes(m) ? F.personStated : 0),
  );
  const out: { id: string; score: number }[] = [];
  for (const e of entries) {
    if (ctx.kinds?.length && !ctx.kinds.includes(e.kind)) continue;
    if (e.stages.length && !e.stages.includes(ctx.stage)) continue;
    if (e.channels.length && !e.channels.includes(ctx.channel)) continue;
    if (ctx.motion && e.motions.length && !e.motions.includes(ctx.motion)) continue;
    let fit: number = F.generalFit;
    if (MOTIVATIONS.some((m) => (e.motivations[m] ?? 0) > 0)) {
      const terms = MOTIVATIONS.map((m, j) => (s[j]! > 0 ? (e.motivations[m] ?? 0) * s[j]! : 0));
      let best = 0;
      let sum = 0;
      for (const t of terms) {
        sum += t;
        if (t > best) best = t;
      }
      fit = Math.min(1, best + F.secondaryShare * (sum - best));
    }
    const roles = ctx.person?.roles ?? [];
    const role = !e.roles.length
      ? 1
      : !roles.length
        ? F.roleUnknown
        : e.roles.some((r) => roles.includes(r))
          ? F.roleMatch
          : F.roleMismatch;
    const score =
      fit *
      role *
      (e.stages.length ? F.stageExplicit : 1) *
      (e.channels.length ? F.channelExplicit : 1) *
      (ctx.motion && e.motions.length ? F.motionExplicit : 1);
    if (score >= (ctx.minScore ?? 0.05)) out.push({ id: e.id, score });
  }
  return out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, ctx.limit ?? 10);
}

const sub = <T>(list: readonly T[]) => fc.subarray([...list]);
const entryArb = fc.record({
  kind: fc.constantFrom(...PLAYBOOK_KINDS),
  motivations: fc.dictionary(fc.constantFrom(...MOTIVATIONS), fc.constantFrom(0, 0.2, 0.5, 1), {
    maxKeys: 3,
  }),
  roles: sub(ROLES),
  stages: sub(STAGES),
  channels: sub(CHANNELS),
  motions: sub(MOTIONS),
});
const contextArb: fc.Arbitrary<MatchContext> = fc.record({
  scores: fc.dictionary(fc.constantFrom(...MOTIVATIONS), fc.constantFrom(0, 0.1, 0.4, 0.8, 1)),
  person: fc.option(fc.record({ roles: sub(ROLES), motivations: sub(MOTIVATIONS) }), { nil: undefined }),
  stage: fc.constantFrom(...STAGES),
  channel: fc.constantFrom(...CHANNELS),
  motion: fc.option(fc.constantFrom(...MOTIONS), { nil: undefined }),
  kinds: fc.option(sub(PLAYBOOK_KINDS), { nil: undefined }),
  limit: fc.constantFrom(1, 5, 10, 100),
});

describe('matchPlaybook agrees with the naive formula', () => {
  it('on random playbooks and contexts', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 80 }), contextArb, (drafts, ctx) => {
        const entries = drafts.map((d, i) => entry({ ...d, id: `e${String(i).padStart(2, '0')}` }));
        const got = matchPlaybook(entries, ctx).map((p) => ({ id: p.entry.id, score: p.score }));
        expect(got).toEqual(naive(entries, ctx));
      }),
      { numRuns: 300 },
    );
  });
});

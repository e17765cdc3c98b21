/** Is the map itself sound? Champions without artefacts and broken reporting lines. */
import { POST_SALE, hasRole, names } from '../people-facts';
import type { StakeholderRule, StakeholderWarning } from '../types';

/**
 * What a champion needs to sell internally for a permission-driven buyer (seed 000): the case
 * in their words, answers for each stakeholder's objection, and a one-page summary. The ids
 * match the sections of the permission pack (briefs/permission-pack.ts).
 */
export const PERMISSION_ARTEFACTS = ['business-case', 'objection-answers', 'one-page-summary'] as const;
export type PermissionArtefact = (typeof PERMISSION_ARTEFACTS)[number];

/** Permission counts as a driver from this account score upwards. */
const PERMISSION_THRESHOLD = 0.4;

/** A champion who must win internal permission but has not been given the tools to. */
export const championWithoutArtefacts: StakeholderRule = (ctx) => {
  if (POST_SALE.includes(ctx.stage)) return [];
  const accountNeedsPermission = (ctx.scores?.permission ?? 0) >= PERMISSION_THRESHOLD;
  const shared = new Set(ctx.artefactsShared ?? []);
  const missing = PERMISSION_ARTEFACTS.filter((a) => !shared.has(a));
  if (missing.length === 0) return [];
  return ctx.people
    .filter((p) => hasRole(p, 'champion') || p.stance === 'champion')
    .filter((p) => accountNeedsPermission || p.motivations.includes('permission'))
    .map((p) => ({
      id: `champion-without-artefacts:${p.id}`,
      rule: 'champion-without-artefacts' as const,
      severity: ctx.stage === 'proposal' ? ('high' as const) : ('medium' as const),
      personIds: [p.id],
      message: `${p.name} believes in this but needs permission, and still lacks: ${missing.join(', ')}.`,
      action: `Build the permission pack for ${p.name} and walk them through it before their internal meeting.`,
    }));
};

/** Reporting lines that loop (A → B → A) or point at someone not on the map. */
export const reportsToProblems: StakeholderRule = (ctx) => {
  const byId = new Map(ctx.people.map((p) => [p.id, p]));
  const warnings: StakeholderWarning[] = ctx.people
    .filter((p) => p.reportsTo !== undefined && !byId.has(p.reportsTo))
    .map((p) => ({
      id: `reports-to-unknown:${p.id}`,
      rule: 'reports-to-unknown' as const,
      severity: 'low' as const,
      personIds: [p.id],
      message: `${p.name} reports to someone who is no longer on the map.`,
      action: `Add ${p.name}'s manager, or clear the reporting line.`,
    }));
  const reported = new Set<string>();
  for (const start of ctx.people) {
    const path: string[] = [];
    let current: string | undefined = start.id;
    while (current !== undefined && byId.has(current) && !path.includes(current)) {
      path.push(current);
      current = byId.get(current)!.reportsTo;
    }
    if (current === undefined || !path.includes(current)) continue;
    const cycle = path.slice(path.indexOf(current));
    const key = [...cycle].sort().join('+');
    if (reported.has(key)) continue;
    reported.add(key);
    warnings.push({
      id: `reports-to-cycle:${key}`,
      rule: 'reports-to-cycle' as const,
      severity: 'low' as const,
      personIds: cycle,
      message: `The reporting lines of ${names(cycle.map((id) => byId.get(id)!))} go round in a circle.`,
      action: 'Fix who reports to whom so the map shows the real chain of approval.',
    });
  }
  return warnings;
};

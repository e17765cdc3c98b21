/** Small facts about people that several warning rules share. */
import type { Person } from '../records';
import { STANCES, type Role, type Stage, type Stance } from '../vocabulary';
import type { StakeholderContext } from './types';

const DAY_MS = 86_400_000;

/** Position on the blocker (0) … champion (4) scale. */
export const stanceRank = (s: Stance): number => STANCES.indexOf(s);

export const hasRole = (p: Person, role: Role): boolean => p.roles.includes(role);

/** Stages after the deal is signed: buying-committee gaps matter less there. */
export const POST_SALE: readonly Stage[] = ['onboarding', 'adoption', 'renewal', 'expansion'];
/** Stages before evaluation, when an incomplete map is expected. */
export const EARLY: readonly Stage[] = ['discovery', 'qualification'];

/** Days since the last contact, or Infinity when never contacted. */
export function daysSinceContact(p: Person, now: Date | string): number {
  if (!p.lastContactAt) return Infinity;
  return Math.max(0, new Date(now).getTime() - Date.parse(p.lastContactAt)) / DAY_MS;
}

/** Contacted recently, or has spoken up in a meeting or thread. */
export function isEngaged(p: Person, ctx: StakeholderContext): boolean {
  return daysSinceContact(p, ctx.now) <= (ctx.staleAfterDays ?? 30) || p.presence.spoke > 0;
}

/** "Dana Kim, Sam Lee and Ravi Patel". */
export function names(people: readonly Person[]): string {
  const list = people.map((p) => p.name);
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

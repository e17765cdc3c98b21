/** What changed in the buying group between two moments (e.g. the sale and the renewal). */
import type { Person } from '../records';
import type { Influence, Role, Stance } from '../vocabulary';

export interface PersonChange {
  person: Person;
  stance?: { from: Stance; to: Stance };
  influence?: { from: Influence; to: Influence };
  rolesAdded: Role[];
  rolesRemoved: Role[];
}

export interface StakeholderChanges {
  added: Person[];
  left: Person[];
  changed: PersonChange[];
}

/** People matched by id; a person is "changed" when stance, influence or roles differ. */
export function compareStakeholders(before: readonly Person[], after: readonly Person[]): StakeholderChanges {
  const was = new Map(before.map((p) => [p.id, p]));
  const now = new Map(after.map((p) => [p.id, p]));
  const changed: PersonChange[] = [];
  for (const p of after) {
    const old = was.get(p.id);
    if (!old) continue;
    const change: PersonChange = {
      person: p,
      rolesAdded: p.roles.filter((r) => !old.roles.includes(r)),
      rolesRemoved: old.roles.filter((r) => !p.roles.includes(r)),
    };
    if (old.stance !== p.stance) change.stance = { from: old.stance, to: p.stance };
    if (old.influence !== p.influence) change.influence = { from: old.influence, to: p.influence };
    if (change.stance || change.influence || change.rolesAdded.length || change.rolesRemoved.length)
      changed.push(change);
  }
  return {
    added: after.filter((p) => !was.has(p.id)),
    left: before.filter((p) => !now.has(p.id)),
    changed,
  };
}

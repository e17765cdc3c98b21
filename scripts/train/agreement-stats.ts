/**
 * Inter-annotator agreement between the corpus labels ("first") and a second, blind
 * annotator: Cohen's kappa per motivation and per role cue (each label as a yes/no
 * decision on every item), their means, exact-set agreement, and the confusions behind the
 * disagreements. Pure: callers load the labels.
 */
import { MOTIVATIONS, ROLES, type MotivationId, type Role } from '../../lib/domain/vocabulary';

export interface LabelSet {
  motivations: readonly string[];
  roles: readonly string[];
}

export interface LabelAgreement {
  /** Null when chance agreement is 1 (both annotators never or always chose the label). */
  kappa: number | null;
  first: number;
  second: number;
  both: number;
}

export interface Confusion {
  /** A label only the first annotator gave, or `none`. */
  from: string;
  /** A label only the second annotator gave, or `none`. */
  to: string;
  count: number;
}

export interface AgreementReport {
  items: number;
  perMotivation: Record<MotivationId, LabelAgreement>;
  /** Mean over motivations whose kappa is defined. */
  meanKappa: number;
  /** Share of items whose motivation sets are identical (including both empty). */
  exactSetAgreement: number;
  /** Share of items both annotators left without any motivation, and each one's count. */
  negatives: { first: number; second: number; both: number };
  perRole: Record<Role, LabelAgreement>;
  meanRoleKappa: number;
  roleExactSetAgreement: number;
  confusions: Confusion[];
  disagreements: { id: string; first: string[]; second: string[] }[];
}

/**
 * Cohen's kappa for two annotators' yes/no decisions on the same items:
 * (observed − chance) / (1 − chance). Returns null when chance agreement is 1.
 */
export function cohensKappa(first: readonly boolean[], second: readonly boolean[]): number | null {
  if (first.length !== second.length) throw new Error('both annotators must label the same items');
  const n = first.length;
  if (n === 0) return null;
  let agree = 0;
  let firstYes = 0;
  let secondYes = 0;
  for (let i = 0; i < n; i++) {
    if (first[i] === second[i]) agree++;
    if (first[i]) firstYes++;
    if (second[i]) secondYes++;
  }
  const observed = agree / n;
  const chance = (firstYes / n) * (secondYes / n) + (1 - firstYes / n) * (1 - secondYes / n);
  if (chance === 1) return null;
  return (observed - chance) / (1 - chance);
}

function agreementOn(label: string, pairs: readonly [string[], string[]][]): LabelAgreement {
  const first = pairs.map(([a]) => a.includes(label));
  const second = pairs.map(([, b]) => b.includes(label));
  return {
    kappa: cohensKappa(first, second),
    first: first.filter(Boolean).length,
    second: second.filter(Boolean).length,
    both: first.filter((yes, i) => yes && second[i]).length,
  };
}

function mean(values: (number | null)[]): number {
  const defined = values.filter((v): v is number => v !== null);
  return defined.length ? defined.reduce((s, v) => s + v, 0) / defined.length : Number.NaN;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** Labels only one side gave, paired up: each first-only label against each second-only one. */
export function confusionPairs(first: readonly string[], second: readonly string[]): [string, string][] {
  const onlyFirst = first.filter((x) => !second.includes(x));
  const onlySecond = second.filter((x) => !first.includes(x));
  if (!onlyFirst.length && !onlySecond.length) return [];
  const from = onlyFirst.length ? onlyFirst : ['none'];
  const to = onlySecond.length ? onlySecond : ['none'];
  return from.flatMap((f) => to.map((t): [string, string] => [f, t]));
}

/** Compares the two annotators on every id the second one labelled. */
export function compareAnnotators(
  first: ReadonlyMap<string, LabelSet>,
  second: ReadonlyMap<string, LabelSet>,
): AgreementReport {
  const ids = [...second.keys()];
  const rows = ids.map((id) => {
    const original = first.get(id);
    if (!original) throw new Error(`no original labels for ${id}`);
    const blind = second.get(id) ?? original;
    return {
      id,
      mot: [[...original.motivations], [...blind.motivations]] as [string[], string[]],
      rol: [[...original.roles], [...blind.roles]] as [string[], string[]],
    };
  });
  const mot = rows.map((row) => row.mot);
  const rol = rows.map((row) => row.rol);
  const perMotivation = Object.fromEntries(MOTIVATIONS.map((m) => [m, agreementOn(m, mot)])) as Record<
    MotivationId,
    LabelAgreement
  >;
  const perRole = Object.fromEntries(ROLES.map((r) => [r, agreementOn(r, rol)])) as Record<
    Role,
    LabelAgreement
  >;
  const counts = new Map<string, Confusion>();
  const disagreements: AgreementReport['disagreements'] = [];
  for (const {
    id,
    mot: [a, b],
  } of rows) {
    if (sameSet(a, b)) continue;
    disagreements.push({ id, first: a, second: b });
    for (const [from, to] of confusionPairs(a, b)) {
      const key = `${from}\u0000${to}`;
      const seen = counts.get(key);
      if (seen) seen.count++;
      else counts.set(key, { from, to, count: 1 });
    }
  }
  const confusions = [...counts.values()].sort(
    (x, y) => y.count - x.count || x.from.localeCompare(y.from) || x.to.localeCompare(y.to),
  );
  const n = ids.length;
  return {
    items: n,
    perMotivation,
    meanKappa: mean(MOTIVATIONS.map((m) => perMotivation[m].kappa)),
    exactSetAgreement: n ? mot.filter(([a, b]) => sameSet(a, b)).length / n : Number.NaN,
    negatives: {
      first: mot.filter(([a]) => !a.length).length,
      second: mot.filter(([, b]) => !b.length).length,
      both: mot.filter(([a, b]) => !a.length && !b.length).length,
    },
    perRole,
    meanRoleKappa: mean(ROLES.map((r) => perRole[r].kappa)),
    roleExactSetAgreement: n ? rol.filter(([a, b]) => sameSet(a, b)).length / n : Number.NaN,
    confusions,
    disagreements,
  };
}

/** Mulberry32: a small seeded generator, so a sample can be drawn again exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded simple random sample without replacement (partial Fisher–Yates), in draw order. */
export function seededSample<T>(items: readonly T[], size: number, seed: number): T[] {
  const pool = [...items];
  const random = seededRandom(seed);
  const take = Math.min(size, pool.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    const drawn = pool[j] as T;
    pool[j] = pool[i] as T;
    pool[i] = drawn;
  }
  return pool.slice(0, take);
}

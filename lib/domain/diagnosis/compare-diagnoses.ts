/**
 * Movement between two diagnosis snapshots: which motivations rose or fell, whether the top
 * motivation changed, and who joined the account in between (the usual reason it changed:
 * "relief → risk once procurement joined").
 */
import type { Diagnosis, Person } from '../records';
import { MOTIVATIONS, type MotivationId } from '../vocabulary';

export interface ScoreChange {
  motivation: MotivationId;
  before: number;
  after: number;
  delta: number;
}

export interface DiagnosisMovement {
  from: string;
  to: string;
  rising: ScoreChange[];
  falling: ScoreChange[];
  topBefore?: MotivationId;
  topAfter?: MotivationId;
  /** True when a different motivation now leads. */
  newTop: boolean;
  /** People added to the account between the two snapshots (createdAt in (from, to]). */
  joined: Person[];
  /** One line for the panel, e.g. "relief → risk once Dana Kim (finance approver) joined". */
  summary: string;
}

export interface CompareOptions {
  /** A change smaller than this is noise (default 0.1). */
  threshold?: number;
  /** A motivation leads only at or above this score (default 0.2). */
  minTop?: number;
  people?: readonly Person[];
}

type Snapshot = Pick<Diagnosis, 'at' | 'scores'>;

/** Compares two snapshots in time order (they are swapped if given newest first). */
export function compareDiagnoses(a: Snapshot, b: Snapshot, options: CompareOptions = {}): DiagnosisMovement {
  const [before, after] = Date.parse(a.at) <= Date.parse(b.at) ? [a, b] : [b, a];
  const threshold = options.threshold ?? 0.1;
  const minTop = options.minTop ?? 0.2;
  const changes = MOTIVATIONS.map((m) => {
    const from = before.scores[m] ?? 0;
    const to = after.scores[m] ?? 0;
    return { motivation: m, before: from, after: to, delta: round(to - from) };
  });
  const rising = changes.filter((c) => c.delta >= threshold).sort((x, y) => y.delta - x.delta);
  const falling = changes.filter((c) => c.delta <= -threshold).sort((x, y) => x.delta - y.delta);
  const topBefore = top(before, minTop);
  const topAfter = top(after, minTop);
  const fromMs = Date.parse(before.at);
  const toMs = Date.parse(after.at);
  const joined = (options.people ?? []).filter((p) => {
    const t = Date.parse(p.createdAt);
    return t > fromMs && t <= toMs;
  });
  const newTop = topAfter !== undefined && topAfter !== topBefore;
  return {
    from: before.at,
    to: after.at,
    rising,
    falling,
    topBefore,
    topAfter,
    newTop,
    joined,
    summary: summarise({ rising, falling, topBefore, topAfter, newTop, joined }),
  };
}

function top(s: Snapshot, minTop: number): MotivationId | undefined {
  let best: MotivationId | undefined;
  for (const m of MOTIVATIONS) {
    const v = s.scores[m] ?? 0;
    if (v >= minTop && (best === undefined || v > (s.scores[best] ?? 0))) best = m;
  }
  return best;
}

function summarise(
  m: Pick<DiagnosisMovement, 'rising' | 'falling' | 'topBefore' | 'topAfter' | 'newTop' | 'joined'>,
): string {
  const who = m.joined.length ? ` once ${m.joined.map(describePerson).join(', ')} joined` : '';
  if (m.newTop) return `${m.topBefore ?? 'nothing clear'} → ${m.topAfter}${who}`;
  const parts: string[] = [];
  if (m.rising[0]) parts.push(`${m.rising[0].motivation} rising (+${m.rising[0].delta.toFixed(2)})`);
  if (m.falling[0]) parts.push(`${m.falling[0].motivation} falling (${m.falling[0].delta.toFixed(2)})`);
  if (parts.length === 0)
    return m.topAfter ? `${m.topAfter} still leads; no real movement` : 'no clear motivation yet';
  return `${m.topAfter ? `${m.topAfter} still leads; ` : ''}${parts.join(', ')}${who}`;
}

function describePerson(p: Person): string {
  return p.roles.length ? `${p.name} (${p.roles.map((r) => r.replace('-', ' ')).join(', ')})` : p.name;
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/**
 * Makes a local value fit to send: lone surrogates (an emoji cut in half by an old
 * `.slice()`) and NUL characters become U+FFFD, the one visible mark for "a character was
 * lost here", so an old profile's damaged text still syncs instead of being refused.
 * Everything else is sent exactly as stored.
 */
import { withoutLoneSurrogates } from '../domain/text';
import { MAX_JSON_DEPTH, findUnstorable, textProblem } from './wire-values';

const repairText = (text: string) =>
  textProblem(text) === null ? text : withoutLoneSurrogates(text).replaceAll('\u0000', '\uFFFD');

/** `value` with its strings and keys repaired (a copy only where something changed). */
export function repairForWire<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return repairText(value) as T;
  if (typeof value !== 'object' || value === null || depth > MAX_JSON_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => repairForWire(item, depth + 1)) as T;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [repairText(key), repairForWire(item, depth + 1)]),
  ) as T;
}

/** Why a (repaired) value still cannot be sent (too deep, not finite), or null. */
export function unsendableReason(value: unknown): string | null {
  const found = findUnstorable(value, 'value');
  return found === null ? null : `${found.path}: ${found.problem}`;
}

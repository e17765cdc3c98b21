/**
 * Whether two JSON values are equal whatever the order of their object keys (PostgreSQL's
 * jsonb reorders keys, and merges build objects in their own order). Values are at most
 * MAX_JSON_DEPTH deep by the time they are compared, so the recursion is bounded.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameJson(item, other[i]));
  }
  const left = Object.entries(a).filter(([, v]) => v !== undefined);
  const right = b as Record<string, unknown>;
  const rightCount = Object.values(right).filter((v) => v !== undefined).length;
  return left.length === rightCount && left.every(([k, v]) => sameJson(v, right[k]));
}

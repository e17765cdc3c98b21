/**
 * Record ids: a prefix, a time part that sorts by creation, and 80 random bits, e.g.
 * "n_mhx3k2a9_4f8e1c2b9a0d7e6f5a4b". Stable forever once created (they are sync keys).
 */
export function newId(prefix: string, now: number = Date.now()): string {
  const random = new Uint8Array(10);
  crypto.getRandomValues(random);
  const hex = Array.from(random, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${prefix}_${now.toString(36)}_${hex}`;
}

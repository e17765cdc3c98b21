/**
 * Platt scaling: fits p = σ(a·z + b) to held-out scores z and labels by Newton's method on
 * the log loss, with Platt's smoothed targets so a perfectly separated fold cannot send the
 * slope to infinity. Deterministic (no randomness).
 */
export interface Platt {
  a: number;
  b: number;
}

export function fitPlatt(scores: readonly number[], labels: readonly (0 | 1)[]): Platt {
  const positives = labels.filter((l) => l === 1).length;
  const negatives = labels.length - positives;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  const t = labels.map((l) => (l === 1 ? hi : lo));
  let a = 1;
  let b = 0;
  for (let iteration = 0; iteration < 100; iteration++) {
    let ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9; // prettier-ignore
    scores.forEach((z, i) => {
      const p = 1 / (1 + Math.exp(-(a * z + b)));
      const d = p - t[i]!;
      const w = p * (1 - p);
      ga += d * z;
      gb += d;
      haa += w * z * z;
      hab += w * z;
      hbb += w;
    });
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}

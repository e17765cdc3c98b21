/**
 * Selectors are data: each named target lists CSS selectors in order of preference, each with
 * a note saying which page version it targets. Readers try them in order; a trace records
 * which one matched (or that none did) so `npm run sites:check` can say what broke.
 */

/** One way of finding a target on one version of an app's page. */
export interface SelectorVariant {
  css: string;
  /** Which page version or locale this targets, and why it is in the list. */
  note: string;
}

/** A named target with ordered fallbacks. */
export interface SelectorSet {
  name: string;
  variants: readonly SelectorVariant[];
}

/** What happened to one selector set during a read. */
export interface SelectorOutcome {
  name: string;
  /** The CSS of the variant that matched, or null when none did. */
  matched: string | null;
}

/** Collects selector outcomes during a read; readers accept one optionally. */
export interface SelectorTrace {
  record(outcome: SelectorOutcome): void;
}

/** Builds a selector set; `variants` are `[css, note]` pairs, most preferred first. */
export function selectorSet(name: string, variants: readonly (readonly [string, string])[]): SelectorSet {
  return { name, variants: variants.map(([css, note]) => ({ css, note })) };
}

/** A trace that keeps every outcome in order (used by sites:check and tests). */
export function createSelectorTrace(): SelectorTrace & { outcomes: SelectorOutcome[] } {
  const outcomes: SelectorOutcome[] = [];
  return { outcomes, record: (outcome) => outcomes.push(outcome) };
}

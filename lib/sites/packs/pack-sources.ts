/**
 * Where a pack's entries live in the shipped readers, found generically: every selector set a
 * reader's selector module exports (directly, or one level down in an object such as
 * `meetSelectors`) is a pack selector, and every exported list of strings is a label list.
 * A reader that adds or renames a set joins the pack without any edit here.
 */
import type { SelectorSet, SelectorVariant } from '../dom/selector-set';

/** A module namespace (`import * as x from './x-selectors'`). */
export type SelectorModule = Readonly<Record<string, unknown>>;

export interface AppSources {
  sets: Map<string, SelectorSet>;
  labels: Map<string, string[]>;
}

export function isSelectorSet(value: unknown): value is SelectorSet {
  const v = value as Partial<SelectorSet> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.name === 'string' &&
    Array.isArray(v.variants) &&
    v.variants.every((variant: Partial<SelectorVariant>) => typeof variant?.css === 'string')
  );
}

const isLabelList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string');

/** Keys: the export name, or the property name inside an exported object (its path on a clash). */
export function collectSources(modules: readonly SelectorModule[]): AppSources {
  const sets = new Map<string, SelectorSet>();
  const labels = new Map<string, string[]>();
  const addSet = (key: string, path: string, set: SelectorSet) => {
    if ([...sets.values()].includes(set)) return;
    sets.set(sets.has(key) ? path : key, set);
  };
  for (const module of modules) {
    for (const [name, value] of Object.entries(module).sort(([a], [b]) => a.localeCompare(b))) {
      if (isSelectorSet(value)) addSet(name, name, value);
      else if (isLabelList(value)) labels.set(name, value);
      else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        for (const [prop, inner] of Object.entries(value)) {
          if (isSelectorSet(inner)) addSet(prop, `${name}.${prop}`, inner);
        }
      }
    }
  }
  return { sets, labels };
}

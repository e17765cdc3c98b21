/**
 * Queries over a page that may hide parts of itself in open shadow roots (Salesforce
 * Lightning) — each helper takes the root to search, never the global `document`.
 */
import type { SelectorSet, SelectorTrace } from './selector-set';

type Root = Document | Element | ShadowRoot | DocumentFragment;

/** Every open shadow root under `root`, depth first (closed roots are invisible by design). */
function shadowRoots(root: Root): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const walk = (node: Root) => {
    for (const element of Array.from(node.querySelectorAll('*'))) {
      const shadow = element.shadowRoot;
      if (shadow) {
        found.push(shadow);
        walk(shadow);
      }
    }
  };
  walk(root);
  return found;
}

/** The first element matching `css` in `root` or, when `deep`, in any open shadow root below it. */
export function queryDeep(root: Root, css: string, deep = false): Element | null {
  const direct = root.querySelector(css);
  if (direct || !deep) return direct;
  for (const shadow of shadowRoots(root)) {
    const hit = shadow.querySelector(css);
    if (hit) return hit;
  }
  return null;
}

/** Every element matching `css` in `root` and, when `deep`, in open shadow roots below it. */
export function queryAllDeep(root: Root, css: string, deep = false): Element[] {
  const direct = Array.from(root.querySelectorAll(css));
  if (!deep) return direct;
  return [...direct, ...shadowRoots(root).flatMap((shadow) => Array.from(shadow.querySelectorAll(css)))];
}

export interface QueryOptions {
  trace?: SelectorTrace | undefined;
  /** Search open shadow roots too (slower; only for apps that use them). */
  deep?: boolean;
}

/** The first element found by the first variant of `set` that matches anything. */
export function pick(root: Root, set: SelectorSet, options: QueryOptions = {}): Element | null {
  for (const variant of set.variants) {
    const hit = queryDeep(root, variant.css, options.deep);
    if (hit) {
      options.trace?.record({ name: set.name, matched: variant.css });
      return hit;
    }
  }
  options.trace?.record({ name: set.name, matched: null });
  return null;
}

/** All elements found by the first variant of `set` that matches anything. */
export function pickAll(root: Root, set: SelectorSet, options: QueryOptions = {}): Element[] {
  for (const variant of set.variants) {
    const hits = queryAllDeep(root, variant.css, options.deep);
    if (hits.length > 0) {
      options.trace?.record({ name: set.name, matched: variant.css });
      return hits;
    }
  }
  options.trace?.record({ name: set.name, matched: null });
  return [];
}

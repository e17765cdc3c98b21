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

/**
 * Every element matching `css` in `root` and, when `deep`, in open shadow roots below it.
 * `host >>> inner` pierces a shadow boundary explicitly: `inner` is searched inside the
 * shadow trees of every `host` found (CSS selectors never cross shadow roots by themselves).
 * A host WITHOUT a shadow root is searched in its own light subtree: Salesforce orgs running
 * Lightning Locker's synthetic shadow render components as plain children, so the same
 * selector reads native and synthetic shadow pages alike.
 */
export function queryAllDeep(root: Root, css: string, deep = false): Element[] {
  const [first = '', ...rest] = css.split('>>>').map((part) => part.trim());
  let found = queryAllIn(root, first, deep);
  for (const part of rest) {
    found = unique(found.flatMap((host) => queryAllIn(host.shadowRoot ?? host, part, true)));
  }
  return found;
}

/** Drops repeats (nested synthetic hosts find the same light descendants), keeping order. */
function unique(elements: Element[]): Element[] {
  return [...new Set(elements)];
}

function queryAllIn(root: Root, css: string, deep: boolean): Element[] {
  const direct = Array.from(root.querySelectorAll(css));
  if (!deep) return direct;
  return [...direct, ...shadowRoots(root).flatMap((shadow) => Array.from(shadow.querySelectorAll(css)))];
}

/** The first element `queryAllDeep` would find, or null. */
export function queryDeep(root: Root, css: string, deep = false): Element | null {
  if (!css.includes('>>>')) {
    const direct = root.querySelector(css);
    if (direct || !deep) return direct;
  }
  return queryAllDeep(root, css, deep)[0] ?? null;
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

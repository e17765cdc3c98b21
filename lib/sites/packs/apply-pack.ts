/**
 * Applies a selector pack to the readers' own selector sets, in place: readers keep calling
 * `pick(doc, set)` and simply see the pack's selectors. A team's selectors are tried first,
 * then the built-in ones (a pack made for an older release never loses a newer fallback).
 * Applying null, or a pack with an unusable entry for an app, restores that app's built-in set.
 */
import type { AppId } from '../../domain/vocabulary';
import type { SelectorSet, SelectorVariant } from '../dom/selector-set';
import type { AppSources } from './pack-sources';
import { PACK_FORMAT, type AppPack, type SelectorPack } from './selector-pack';
import { STRUCTURE_PREFIX as STRUCTURE } from '../../domain/selector-pack';

const builtInVariants = new WeakMap<SelectorSet, readonly SelectorVariant[]>();
const builtInLabels = new WeakMap<string[], string[]>();

function originalVariants(set: SelectorSet): readonly SelectorVariant[] {
  if (!builtInVariants.has(set)) builtInVariants.set(set, set.variants);
  return builtInVariants.get(set)!;
}

function originalLabels(list: string[]): string[] {
  if (!builtInLabels.has(list)) builtInLabels.set(list, [...list]);
  return builtInLabels.get(list)!;
}

/** True when the browser can run `css` (each `>>>` part parses); `structure:` cues pass. */
export function canQuery(css: string, root: ParentNode = document.createDocumentFragment()): boolean {
  if (css.startsWith(STRUCTURE)) return true;
  try {
    for (const part of css.split('>>>')) root.querySelector(part.trim());
    return true;
  } catch {
    return false;
  }
}

/** The built-in pack (version 0), from the selector sets as shipped. */
export function builtInPack(sources: Partial<Record<AppId, AppSources>>, publishedAt: string): SelectorPack {
  const apps: SelectorPack['apps'] = {};
  for (const [app, source] of Object.entries(sources) as [AppId, AppSources][]) {
    apps[app] = {
      selectors: Object.fromEntries(
        [...source.sets].map(([key, set]) => [key, originalVariants(set).map((v) => v.css)]),
      ),
      labels: Object.fromEntries([...source.labels].map(([key, list]) => [key, [...originalLabels(list)]])),
    };
  }
  return { format: PACK_FORMAT, version: 0, publishedAt, apps };
}

/** Whether every selector of an app's entry can run here; otherwise the app stays built-in. */
function usable(entry: AppPack | undefined, check: (css: string) => boolean): entry is AppPack {
  return !!entry && Object.values(entry.selectors).every((list) => list.every((css) => check(css)));
}

/** What applying did, per app: the team pack's version, or 'built-in'. */
export type AppliedPacks = Partial<Record<AppId, number | 'built-in'>>;

export function applySelectorPack(
  sources: Partial<Record<AppId, AppSources>>,
  pack: SelectorPack | null,
  check: (css: string) => boolean = canQuery,
): AppliedPacks {
  const applied: AppliedPacks = {};
  for (const [app, source] of Object.entries(sources) as [AppId, AppSources][]) {
    const entry = pack?.apps[app];
    const take = usable(entry, check);
    for (const [key, set] of source.sets) {
      const builtIn = originalVariants(set);
      const team = take ? (entry.selectors[key] ?? []) : [];
      const teamVariants = team.map((css) => ({ css, note: `team selector pack v${pack!.version}` }));
      const mutable = set as { variants: readonly SelectorVariant[] };
      mutable.variants = [...teamVariants, ...builtIn.filter((v) => !team.includes(v.css))];
    }
    for (const [key, list] of source.labels) {
      const builtIn = originalLabels(list);
      const team = take ? (entry.labels[key] ?? []) : [];
      list.splice(0, list.length, ...team, ...builtIn.filter((label) => !team.includes(label)));
    }
    applied[app] = take ? pack!.version : 'built-in';
  }
  return applied;
}

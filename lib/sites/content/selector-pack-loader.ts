/**
 * Content scripts read with the team selector pack the background validated and left in
 * storage.local, and follow it when it changes. Anything unexpected there (or a selector this
 * browser cannot run) leaves the built-in selectors in place: no zod here, plain checks.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AppId } from '../../domain/vocabulary';
import { applySelectorPack } from '../packs/apply-pack';
import type { AppSources } from '../packs/pack-sources';
import { PACK_STORAGE_KEY, readStoredTeamPack } from '../packs/selector-pack';

type Sources = Partial<Record<AppId, AppSources>>;

export async function useSelectorPack(ctx: ContentScriptContext, sources: Sources): Promise<void> {
  const apply = (raw: unknown) => {
    try {
      applySelectorPack(sources, readStoredTeamPack(raw));
    } catch {
      applySelectorPack(sources, null);
    }
  };
  const stored = await browser.storage.local.get(PACK_STORAGE_KEY).catch(() => ({}));
  apply((stored as Record<string, unknown>)[PACK_STORAGE_KEY]);
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[PACK_STORAGE_KEY];
    if (area === 'local' && change && !ctx.isInvalid) apply(change.newValue);
  };
  browser.storage.onChanged.addListener(onChanged);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));
}

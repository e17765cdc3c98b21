import type { PageContext } from '@/lib/messaging/page-context';
import { useLiveData } from './use-live-data';

/**
 * What the page on tab `tabId` shows (people, thread, meeting), live from the context its
 * content script stored; `undefined` for none. The tab is the one the active context names
 * (active-context.ts): the page is read, never re-derived, here.
 */
export function usePageContext(tabId: number | null): PageContext | undefined {
  const row = useLiveData((db) => (tabId === null ? undefined : db.pageContexts.get(tabId)), [tabId]);
  return row?.context;
}

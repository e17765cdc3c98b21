import { useLiveQuery } from 'dexie-react-hooks';
import type { PagePerson } from '@/lib/messaging/page-context';
import { usePanelData } from './panel-data';

/** People the active tab shows (meeting participants, thread senders and CCs), live. */
export function usePagePeople(tabId: number | null): {
  people: PagePerson[];
  userEmail?: string;
  surface?: string;
} {
  const { db } = usePanelData();
  const row = useLiveQuery(() => (tabId === null ? undefined : db.pageContexts.get(tabId)), [db, tabId]);
  const context = row?.context;
  if (!context) return { people: [] };
  const fromThread = context.thread?.messages.flatMap((m) => [m.from, ...m.to, ...m.cc]) ?? [];
  return {
    people: [...context.people, ...fromThread],
    ...(context.userEmail ? { userEmail: context.userEmail } : {}),
    surface: context.surface,
  };
}

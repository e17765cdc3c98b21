import type { PagePerson } from '@/lib/messaging/page-context';
import { useLiveData } from './use-live-data';

/** People the active tab shows (meeting participants, thread senders and CCs), live. */
export function usePagePeople(tabId: number | null): {
  people: PagePerson[];
  userEmail?: string;
  surface?: string;
} {
  const row = useLiveData((db) => (tabId === null ? undefined : db.pageContexts.get(tabId)), [tabId]);
  const context = row?.context;
  if (!context) return { people: [] };
  const fromThread = context.thread?.messages.flatMap((m) => [m.from, ...m.to, ...m.cc]) ?? [];
  return {
    people: [...context.people, ...fromThread],
    ...(context.userEmail ? { userEmail: context.userEmail } : {}),
    surface: context.surface,
  };
}

/**
 * Keeps each known person's meeting presence (Person.presence: meetings attended, meetings in
 * which they spoke) from call pages, the counts behind the "quiet blocker" warning. Each
 * meeting counts once per person: what was counted is kept in `syncState` (local bookkeeping),
 * so a reloaded page or a restarted worker does not count it again.
 */
import type { Repositories } from '@/lib/db/repositories';
import type { MotiveDatabase } from '@/lib/db/schema';
import type { PageContext } from '@/lib/messaging/page-context';
import { nameKey } from './speaker-side';

interface Counted {
  attended: string[];
  spoke: string[];
}

/** One key per meeting and day: the URL path (or the title on Teams, whose URL never changes). */
export function meetingKey(context: PageContext): string {
  const path = new URL(context.url).pathname;
  const what = context.app === 'teams' ? (context.meeting?.title ?? path) : path;
  return `presence:${context.app}:${what}:${context.readAt.slice(0, 10)}`;
}

export function createMeetingPresence({ db, repos }: { db: MotiveDatabase; repos: Repositories }) {
  async function counted(key: string): Promise<Counted> {
    const value = (await db.syncState.get(key))?.value as Partial<Counted> | undefined;
    return { attended: value?.attended ?? [], spoke: value?.spoke ?? [] };
  }

  /** Adds one to `field` for each of `names` not yet counted in this meeting. */
  async function count(context: PageContext, accountId: string, names: string[], field: keyof Counted) {
    const key = meetingKey(context);
    const seen = await counted(key);
    const wanted = new Set(names.map(nameKey));
    const people = (await repos.people.forAccount(accountId)).filter(
      (p) => wanted.has(nameKey(p.name)) && !seen[field].includes(p.id),
    );
    for (const person of people) {
      const presence = { ...person.presence };
      if (field === 'attended') presence.meetings += 1;
      else presence.spoke += 1;
      await repos.people.update(person.id, { presence });
      seen[field].push(person.id);
    }
    if (people.length > 0) await db.syncState.put({ key, value: seen });
    return people.length;
  }

  return {
    /** Participants of a call page who are known people of the account attended it. */
    attended: (context: PageContext, accountId: string) =>
      context.surface === 'call'
        ? count(
            context,
            accountId,
            context.people.map((p) => p.name),
            'attended',
          )
        : 0,
    /** Known people heard in the captions spoke in it (and so attended it). */
    async spoke(context: PageContext, accountId: string, speakers: string[]): Promise<number> {
      if (context.surface !== 'call' || speakers.length === 0) return 0;
      await count(context, accountId, speakers, 'attended');
      return count(context, accountId, speakers, 'spoke');
    },
  };
}
export type MeetingPresence = ReturnType<typeof createMeetingPresence>;

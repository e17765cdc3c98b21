import { useId, useState, type ReactNode } from 'react';
import { useAccountNotes } from '@/components/kernel/account-source';
import { usePanelData } from '@/components/kernel/panel-data';
import { useWriteGuard } from '@/components/kernel/write-guard';
import type { PersonRow } from '@/lib/db/schema';
import { artefactsSharedFromNotes } from '@/lib/domain/stakeholders/artefacts-shared';
import type { MotivationId, Stage } from '@/lib/domain/vocabulary';
import type { SeenPerson, SuggestedPerson } from '@/lib/domain/stakeholders/suggest-people';
import { PersonEditor, type PersonDraft } from './person-editor';
import { PersonList } from './person-list';
import { StakeholderMap } from './stakeholder-map';
import { StakeholderWarnings } from './stakeholder-warnings';
import { usePanelWrite } from '@/components/kernel/panel-writes';

export interface PeopleViewProps {
  accountId: string;
  /** The account's people (live, from the workspace's read). */
  people: PersonRow[];
  stage: Stage;
  scores?: Partial<Record<MotivationId, number>>;
  /**
   * People seen on the active tab (when its page belongs to this account) who are not on the
   * map: the background's `suggestedPeople` (lib/domain/stakeholders/suggest-people.ts).
   */
  seen?: readonly SuggestedPerson[];
  talkingTo: string | null;
  onTalkTo: (personId: string) => void;
  /** People to highlight, e.g. who joined since the last renewal. */
  highlighted?: ReadonlySet<string>;
  /** Deal-risk signals, listed right after the stakeholder warnings (components/qualify). */
  dealRisks?: ReactNode;
}

type Editing = { kind: 'none' } | { kind: 'edit'; id: string } | { kind: 'new'; initial?: SeenPerson };

/** Who is in the decision: the map, the list, warnings, and people seen but not yet added. */
export function PeopleView({
  accountId,
  people,
  stage,
  scores,
  seen = [],
  talkingTo,
  onTalkTo,
  highlighted,
  dealRisks,
}: PeopleViewProps) {
  const { repos } = usePanelData();
  const guard = useWriteGuard();
  const write = usePanelWrite();
  const id = useId();
  // The champion's permission artefacts, recorded as tagged notes (Brief → permission pack).
  const notes = useAccountNotes(accountId);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const current = editing.kind === 'edit' ? people.find((p) => p.id === editing.id) : undefined;
  const close = () => setEditing({ kind: 'none' });

  async function save(draft: PersonDraft) {
    // The editor stays open with what was typed until the person is saved.
    if (current) {
      const saved = await write(`the changes to ${current.name}`, () =>
        repos.people.update(current.id, draft),
      );
      if (saved) close();
      return;
    }
    // A new person goes to the account of the tab in front, like a note (write-guard.tsx);
    // the form stays open with what was typed until the rep has chosen and it is saved.
    await guard(
      'person',
      async (target) => {
        // `reportsTo` names someone on this account: it holds only when the person lands here.
        const placed = target === accountId ? draft : { ...draft, reportsTo: undefined };
        const saved = await write('the new person', () =>
          repos.people.create({ ...placed, accountId: target, presence: { meetings: 0, spoke: 0 } }),
        );
        if (saved) close();
      },
      accountId,
    );
  }

  return (
    <section aria-labelledby={`${id}-h`} className="view">
      <div className="row">
        <h3 id={`${id}-h`}>People</h3>
        <button type="button" className="push-right" onClick={() => setEditing({ kind: 'new' })}>
          Add person
        </button>
      </div>
      {notes && (
        <StakeholderWarnings
          people={people}
          stage={stage}
          scores={scores}
          artefactsShared={artefactsSharedFromNotes(notes)}
        />
      )}
      {dealRisks}
      {people.length > 0 ? (
        <StakeholderMap
          people={people}
          selectedId={talkingTo}
          highlighted={highlighted}
          onSelect={(pid) => setEditing({ kind: 'edit', id: pid })}
        />
      ) : (
        <p className="muted">
          No one mapped yet. Add the people you meet, starting with who signs and who uses it.
        </p>
      )}
      {editing.kind !== 'none' && (
        <PersonEditor
          key={editing.kind === 'edit' ? editing.id : 'new'}
          person={current}
          initial={editing.kind === 'new' ? editing.initial : undefined}
          others={people}
          onSave={save}
          onCancel={close}
          onRemove={
            current
              ? () => {
                  void write(`the removal of ${current.name}`, () => repos.people.remove(current.id));
                  close();
                }
              : undefined
          }
        />
      )}
      <PersonList
        people={people}
        talkingTo={talkingTo}
        highlighted={highlighted}
        onEdit={(pid) => setEditing({ kind: 'edit', id: pid })}
        onTalkTo={onTalkTo}
      />
      {seen.length > 0 && (
        <section aria-label="Seen on this page" className="suggestions">
          <h4>
            Seen {seen.some((s) => s.seenIn === 'call') ? 'in this meeting' : 'on this page'}, not on the map
          </h4>
          <ul>
            {seen.map((s) => (
              <li key={s.email ?? s.name}>
                <span>
                  {s.name}
                  {s.email && <span className="muted"> · {s.email}</span>}
                </span>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setEditing({ kind: 'new', initial: s })}
                >
                  Add {s.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { useSuggestEvidenceFromText } from '@/components/kernel/background-queries';
import { useCommand } from '@/components/kernel/panel-commands';
import { usePanelData } from '@/components/kernel/panel-data';
import { useWriteGuard } from '@/components/kernel/write-guard';
import { clockTime } from '@/components/ui/format-time';
import type { PersonRow } from '@/lib/db/schema';
import { NOTE_KINDS, type NoteKind } from '@/lib/domain/vocabulary';
import type { NoteRequest } from './note-request';
import { labelOf } from '@/components/ui/labels';
import { usePanelWrite } from '@/components/kernel/panel-writes';

export interface NoteComposerProps {
  accountId: string;
  people: PersonRow[];
  defaultKind: NoteKind;
  /** Pre-links the person the rep is talking to. */
  personId: string | null;
  /** A note asked for before this box was on screen: start it, with what was typed meanwhile. */
  request?: NoteRequest | null;
}

/** Splits "renewal, pricing  risk" into tags: commas or spaces, lower case, no blanks. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\s]+/)
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    ),
  ].slice(0, 50);
}

/**
 * A quick note, read for buyer motivations once saved. `n` focuses it and stamps the moment (a call note keeps the time it was
 * started, not saved); Ctrl/⌘+Enter saves.
 */
export function NoteComposer({ accountId, people, defaultKind, personId, request }: NoteComposerProps) {
  const { repos, now } = usePanelData();
  const suggest = useSuggestEvidenceFromText();
  const guard = useWriteGuard();
  const write = usePanelWrite();
  const id = useId();
  const text = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState('');
  const [kind, setKind] = useState<NoteKind>(defaultKind);
  const [tags, setTags] = useState('');
  const [linked, setLinked] = useState<string[]>(personId ? [personId] : []);
  const [stampedAt, setStampedAt] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  /** Stamps the note, links the person being talked to and focuses the box; returns the links. */
  const start = () => {
    const links = personId && !linked.includes(personId) ? [...linked, personId] : linked;
    setStampedAt(now().toISOString());
    setLinked(links);
    text.current?.focus();
    return links;
  };
  useCommand('new-note', start);
  // The request holds keys typed outside React (note-request.ts): taking them, focusing the
  // box and putting them in the draft is syncing with that outside source, once per request.
  useEffect(() => {
    const held = request?.take();
    if (held == null) return;
    /* eslint-disable react-hooks/set-state-in-effect -- see above */
    const links = start();
    if (held.text) setDraft((d) => d + held.text);
    /* eslint-enable react-hooks/set-state-in-effect */
    // Ctrl/⌘+Enter came before the box: save now, with the person `start` links.
    if (held.save) void save(held.text, links);
    // Only a new request starts a note; `start` reads the latest props when it does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);

  /** Saves `text` (the box's draft unless a held note is saved before it reaches the box). */
  async function save(text = draft, links = linked) {
    const body = text.trim();
    if (!body) return;
    const at = stampedAt ?? now().toISOString();
    const tagList = parseTags(tags);
    // The note goes to the account of the tab it came from; if the panel shows another, the
    // rep chooses first (write-guard.tsx). The draft stays in the box until it is written.
    // Through the panel's write path: a failed save is shown with a retry, the draft stays.
    const saved = await write('the note', () =>
      guard(
        'note',
        async (target) => {
          // People are linked only when they belong to the account the note goes to.
          const personIds = target === accountId ? links : [];
          const note = await repos.notes.create({
            accountId: target,
            kind,
            text: body,
            at,
            personIds,
            tags: tagList,
          });
          // The note's buyer language becomes suggested evidence (about the one linked person, if one).
          suggest.mutate({
            accountId: target,
            source: 'note',
            text: body,
            origin: `note:${note.id}`,
            ...(personIds.length === 1 ? { personId: personIds[0] } : {}),
          });
        },
        accountId,
      ),
    );
    if (!saved) return;
    setDraft('');
    setTags('');
    setStampedAt(null);
    setStatus(`Note saved at ${clockTime(at)}.`);
  }

  return (
    <form
      className="note-composer"
      aria-label="New note"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label htmlFor={`${id}-text`}>
        New note{stampedAt && <span className="muted"> · stamped {clockTime(stampedAt)}</span>}
      </label>
      <textarea
        id={`${id}-text`}
        ref={text}
        rows={3}
        value={draft}
        onFocus={() => setStampedAt((s) => s ?? now().toISOString())}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
          if (e.key === 'Escape') e.currentTarget.blur();
        }}
      />
      <div className="row">
        <label>
          Kind{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as NoteKind)}>
            {NOTE_KINDS.map((k) => (
              <option key={k} value={k}>
                {labelOf(k)}
              </option>
            ))}
          </select>
        </label>
        <label className="grow">
          Tags{' '}
          <input
            type="text"
            value={tags}
            onChange={(e) => setTags(e.target.value)}
            placeholder="pricing, risk"
          />
        </label>
      </div>
      {people.length > 0 && (
        <fieldset className="chips">
          <legend>People</legend>
          {people.map((p) => (
            <label key={p.id} className="chip">
              <input
                type="checkbox"
                checked={linked.includes(p.id)}
                onChange={(e) =>
                  setLinked((l) => (e.target.checked ? [...l, p.id] : l.filter((x) => x !== p.id)))
                }
              />
              {p.name}
            </label>
          ))}
        </fieldset>
      )}
      <div className="row">
        <button type="submit" disabled={!draft.trim()}>
          Save note
        </button>
        <span className="muted small">Ctrl+Enter saves</span>
        <span role="status" className="small">
          {status}
        </span>
      </div>
    </form>
  );
}

import { useState } from 'react';
import { usePanelData } from '@/components/kernel/panel-data';
import type { NoteRow, PersonRow } from '@/lib/db/schema';
import { PERMISSION_PACK_TAG, permissionPackSharedNote } from '@/lib/domain/stakeholders/artefacts-shared';

export interface MarkPackSharedProps {
  accountId: string;
  champion: Pick<PersonRow, 'id' | 'name'>;
  /** The account's notes (live), to say when the pack last went to this champion. */
  notes: readonly NoteRow[];
}

/**
 * "Mark as shared with <champion>": records a prep note tagged with the pack's artefacts, which
 * closes the champion-without-artefacts warning on People (see artefactsSharedFromNotes).
 */
export function MarkPackShared({ accountId, champion, notes }: MarkPackSharedProps) {
  const { repos, now } = usePanelData();
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const last = notes.find((n) => n.tags.includes(PERMISSION_PACK_TAG) && n.personIds.includes(champion.id));

  async function mark() {
    setSaving(true);
    try {
      await repos.notes.create(permissionPackSharedNote({ accountId, champion, at: now().toISOString() }));
      setStatus(`Recorded in Notes: the pack was shared with ${champion.name}.`);
    } catch (error) {
      setStatus(`Not recorded: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="row">
      <button type="button" onClick={() => void mark()} disabled={saving}>
        Mark as shared with {champion.name}
      </button>
      {last && <span className="muted small">Last shared {last.at.slice(0, 10)}</span>}
      <span role="status" className="small">
        {status}
      </span>
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { usePanelData } from '@/components/kernel/panel-data';
import { usePanelWrite } from '@/components/kernel/panel-writes';
import { RECAP_NOTE_TAG } from '@/lib/domain/recap/recap-note-tag';
import type { CallRecap } from '@/lib/briefs/recap/build-recap';

/** One note per call: the same id every save, so saving again updates it rather than adding one. */
export const recapNoteId = (callId: string) => `n_recap_${callId}`;

/**
 * Saves the recap as a call note of the call's account (synced through the notes road like
 * any note). Saved once when the recap first opens, so nothing is lost if the panel closes;
 * `save()` writes the current text again after the rep reviewed quotes or agreed steps.
 */
export function useRecapNote(
  recap: CallRecap | undefined,
  markdown: string,
  accountId: string | null,
  personIds: string[],
) {
  const { repos, database } = usePanelData();
  const write = usePanelWrite();
  const [status, setStatus] = useState('');
  const first = useRef(false);

  async function save(auto = false): Promise<void> {
    if (!recap || !accountId) return;
    const id = recapNoteId(recap.callId);
    const existing = await (await database()).notes.get(id);
    if (existing && existing.deleted !== 1 && auto) return setStatus('Saved as a call note.');
    // The panel's one write road: a failure is listed with a retry, and the recap stays open.
    const saved = await write('the call recap note', () =>
      existing && existing.deleted !== 1
        ? repos.notes.update(id, { text: markdown, personIds })
        : repos.notes.create({
            id,
            accountId,
            kind: 'call',
            text: markdown,
            at: recap.startedAt,
            personIds,
            tags: [RECAP_NOTE_TAG],
          }),
    );
    if (!saved) return setStatus('Not saved yet: see the error above, then try again.');
    setStatus(auto ? 'Saved as a call note.' : 'Call note updated.');
  }

  useEffect(() => {
    if (!recap || !accountId || first.current) return;
    first.current = true;
    save(true).catch((error: unknown) => setStatus(`Not saved: ${String(error)}`));
    // Only the first complete recap is saved automatically.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [recap, accountId]);

  return { status, save: () => save().catch((error: unknown) => setStatus(`Not saved: ${String(error)}`)) };
}

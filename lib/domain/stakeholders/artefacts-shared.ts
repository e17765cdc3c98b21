/**
 * Which permission artefacts the champion already has, read from the account's notes: a note
 * tagged with an artefact id records that it was shared. The Brief view writes such a note
 * ("Mark as shared"), and a rep may tag one by hand.
 */
import type { Note } from '../records';
import { PERMISSION_ARTEFACTS, type PermissionArtefact } from './rules/structure-rules';

/** Tag of the note that records a whole permission pack being shared. */
export const PERMISSION_PACK_TAG = 'permission-pack';

const ARTEFACT_LABELS: Record<PermissionArtefact, string> = {
  'business-case': 'the business case',
  'objection-answers': 'answers to each stakeholder’s objection',
  'one-page-summary': 'the one-page summary',
};

/** The artefact ids found among the notes' tags (case-insensitive), in PERMISSION_ARTEFACTS order. */
export function artefactsSharedFromNotes(notes: readonly Pick<Note, 'tags'>[]): PermissionArtefact[] {
  const tags = new Set(notes.flatMap((n) => n.tags.map((t) => t.toLowerCase())));
  return PERMISSION_ARTEFACTS.filter((a) => tags.has(a));
}

/**
 * The prep note recording that the whole pack went to `champion` at `at` (ISO): linked to the
 * champion, tagged with every artefact id and PERMISSION_PACK_TAG.
 */
export function permissionPackSharedNote(input: {
  accountId: string;
  champion: { id: string; name: string };
  at: string;
}): Pick<Note, 'accountId' | 'kind' | 'text' | 'at' | 'personIds' | 'tags'> {
  const what = PERMISSION_ARTEFACTS.map((a) => ARTEFACT_LABELS[a]);
  return {
    accountId: input.accountId,
    kind: 'prep',
    text:
      `Shared the permission pack with ${input.champion.name} on ${input.at.slice(0, 10)}: ` +
      `${what.slice(0, -1).join(', ')} and ${what.at(-1)}.`,
    at: input.at,
    personIds: [input.champion.id],
    tags: [...PERMISSION_ARTEFACTS, PERMISSION_PACK_TAG],
  };
}

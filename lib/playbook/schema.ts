/**
 * Playbook entries: what to say, ask, show, avoid… tagged so matching can rank them for a
 * context. The same schema validates the shipped default playbook, team imports and synced
 * records (collection `playbook`).
 */
import { z } from 'zod';
import {
  channelSchema,
  idSchema,
  isoTimeSchema,
  motionSchema,
  motivationWeightsSchema,
  roleSchema,
  stageSchema,
} from '../domain/records';
import { PLAYBOOK_KINDS } from '../domain/vocabulary';

export const playbookEntrySchema = z
  .object({
    id: idSchema,
    kind: z.enum(PLAYBOOK_KINDS),
    /** Short label shown in lists. */
    title: z.string().min(1).max(200),
    /** The words themselves: a line to say, a question, an email snippet… */
    text: z.string().min(1).max(4000),
    /** For `show`: the proof asset. */
    proof: z
      .object({
        type: z.string().min(1).max(64),
        url: z.url({ protocol: /^https?$/ }).optional(),
        /** What the asset is, e.g. "your own two-page case study from a regulated customer". */
        label: z.string().min(1).max(200).optional(),
      })
      .optional(),
    motivations: motivationWeightsSchema,
    /** Empty = any role / stage / channel / motion. */
    roles: z.array(roleSchema).max(7).default([]),
    stages: z.array(stageSchema).max(8).default([]),
    channels: z.array(channelSchema).max(3).default([]),
    motions: z.array(motionSchema).max(3).default([]),
    /** `default` ships with Motive; `team` came from an import or sync. */
    origin: z.enum(['default', 'team']).default('team'),
    updatedAt: isoTimeSchema,
  })
  .refine((e) => e.kind !== 'show' || e.proof !== undefined, {
    message: 'a "show" entry needs proof',
    path: ['proof'],
  });
export type PlaybookEntry = z.infer<typeof playbookEntrySchema>;

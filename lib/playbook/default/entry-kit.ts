/**
 * A compact way to write the default playbook: one call per entry, ids derived from the
 * motivation and a slug ("default.relief.ask-cost-of-waiting"). Ids are stable: a team that
 * overrides or hides a default does so by id, so a slug must never change once shipped.
 */
import type { MotivationWeights } from '../../domain/records';
import type { Channel, Motion, MotivationId, PlaybookKind, Role, Stage } from '../../domain/vocabulary';
import type { PlaybookEntry } from '../schema';

/** The date the current default content was written; bumped when the content is revised. */
export const DEFAULT_PLAYBOOK_DATE = '2026-12-03T00:00:00.000Z';

export interface EntryTags {
  stages: Stage[];
  /** Omitted = any channel. */
  channels?: Channel[];
  roles?: Role[];
  motions?: Motion[];
  /** Secondary motivations and their weights (the kit's own motivation is always 1). */
  also?: MotivationWeights;
}

/** A proof asset: its type, and what the team should put there (defaults carry no links). */
export interface ProofSpec {
  type: string;
  label: string;
}

type Make = (slug: string, title: string, text: string, tags: EntryTags) => PlaybookEntry;

export interface EntryKit {
  say: Make;
  ask: Make;
  avoid: Make;
  nextStep: Make;
  objection: Make;
  emailSnippet: Make;
  handoff: Make;
  show: (slug: string, title: string, text: string, proof: ProofSpec, tags: EntryTags) => PlaybookEntry;
}

/** Entry makers for one motivation, or for general advice (`'general'`: no motivation weight). */
export function entryKit(motivation: MotivationId | 'general'): EntryKit {
  const make =
    (kind: PlaybookKind): Make =>
    (slug, title, text, tags) =>
      build(motivation, kind, slug, title, text, tags);
  return {
    say: make('say'),
    ask: make('ask'),
    avoid: make('avoid'),
    nextStep: make('next-step'),
    objection: make('objection'),
    emailSnippet: make('email-snippet'),
    handoff: make('handoff'),
    show: (slug, title, text, proof, tags) => ({
      ...build(motivation, 'show', slug, title, text, tags),
      proof,
    }),
  };
}

function build(
  motivation: MotivationId | 'general',
  kind: PlaybookKind,
  slug: string,
  title: string,
  text: string,
  tags: EntryTags,
): PlaybookEntry {
  const prefix = kind === 'email-snippet' ? 'email' : kind;
  return {
    id: `default.${motivation}.${prefix}-${slug}`,
    kind,
    title,
    text,
    motivations: motivation === 'general' ? { ...tags.also } : { [motivation]: 1, ...tags.also },
    roles: tags.roles ?? [],
    stages: tags.stages,
    channels: tags.channels ?? [],
    motions: tags.motions ?? [],
    origin: 'default',
    updatedAt: DEFAULT_PLAYBOOK_DATE,
  };
}

/**
 * Checks the hand-written training batches in `tests/corpus/written/*.jsonl`. They extend the
 * corpus item with where the words were said (`channel`), who said them (`seniority`, `voice`),
 * the seller's preceding question (`context`) and provenance (`source`), and add the `chat`
 * style. Kept apart from `corpus.ts` so the loader the detector trains from is unchanged.
 */
import { MOTIVATIONS, ROLES } from '../../lib/domain/vocabulary';

export const WRITTEN_STYLES = ['clean', 'caption', 'email', 'chat'] as const;
export const WRITTEN_CHANNELS = ['call', 'email', 'chat'] as const;
export const WRITTEN_VOICES = ['native', 'non-native'] as const;

export interface WrittenItem {
  id: string;
  style: (typeof WRITTEN_STYLES)[number];
  industry: string;
  text: string;
  motivations: string[];
  roles: string[];
  negative?: boolean;
  trap?: boolean;
  channel: (typeof WRITTEN_CHANNELS)[number];
  seniority: string;
  voice: (typeof WRITTEN_VOICES)[number];
  context?: string;
  source: string;
}

const has = (list: readonly string[], value: unknown): boolean =>
  typeof value === 'string' && list.includes(value);
const filled = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

/** The problems with one parsed line, empty when it is a valid written item. */
export function writtenItemProblems(item: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  need(filled(item.id), 'needs an id');
  need(filled(item.text), 'needs text');
  need(filled(item.industry), 'needs an industry');
  need(filled(item.seniority), 'needs a seniority');
  need(has(WRITTEN_STYLES, item.style), `unknown style ${String(item.style)}`);
  need(has(WRITTEN_CHANNELS, item.channel), `unknown channel ${String(item.channel)}`);
  need(has(WRITTEN_VOICES, item.voice), `unknown voice ${String(item.voice)}`);
  need(
    typeof item.source === 'string' && item.source.startsWith('hand-written:'),
    'needs a hand-written source',
  );
  need(item.context === undefined || filled(item.context), 'context, when given, is text');
  const motivations = Array.isArray(item.motivations) ? (item.motivations as unknown[]) : null;
  const roles = Array.isArray(item.roles) ? (item.roles as unknown[]) : null;
  need(motivations !== null && roles !== null, 'needs motivations and roles arrays');
  if (!motivations || !roles) return problems;
  for (const m of motivations) need(has(MOTIVATIONS, m), `unknown motivation ${String(m)}`);
  for (const r of roles) need(has(ROLES, r), `unknown role ${String(r)}`);
  need(motivations.length <= 2, 'at most two motivations');
  need(new Set(motivations).size === motivations.length, 'a motivation is listed twice');
  need(!item.negative || motivations.length === 0, 'a negative has no motivations');
  need(!item.trap || item.negative === true, 'a trap is a negative');
  need(
    motivations.length > 0 || roles.length > 0 || item.negative === true,
    'an item without labels is a negative',
  );
  return problems;
}

/**
 * Parses JSONL batches; every problem names the source and line. Ids must be unique across all
 * batches, and so must texts (compared case-insensitively): a repeat would sit in two folds of
 * the cross-validation and flatter it.
 */
/** Each written item whose id another split already uses (`idsOutsideWritten`). */
export function idClashes(items: readonly WrittenItem[], otherIds: ReadonlySet<string>): string[] {
  return items
    .filter((item) => otherIds.has(item.id))
    .map((item) => `${item.id}: already used outside written/`);
}

export function checkWritten(files: { source: string; text: string }[]): {
  items: WrittenItem[];
  errors: string[];
} {
  const items: WrittenItem[] = [];
  const errors: string[] = [];
  const seen = new Map<string, string>();
  const seenText = new Map<string, string>();
  for (const { source, text } of files) {
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const where = `${source}:${i + 1}`;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        errors.push(`${where}: not valid JSON`);
        return;
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        errors.push(`${where}: not a JSON object`);
        return;
      }
      const item = parsed as Record<string, unknown>;
      const problems = writtenItemProblems(item);
      const id = String(item.id);
      if (seen.has(id)) problems.push(`id ${id} already used at ${seen.get(id)}`);
      else seen.set(id, where);
      const text = String(item.text).trim().toLowerCase();
      if (seenText.has(text)) problems.push(`text repeats ${seenText.get(text)}`);
      else seenText.set(text, where);
      if (problems.length > 0) errors.push(...problems.map((p) => `${where}: ${p}`));
      else items.push(item as unknown as WrittenItem);
    });
  }
  return { items, errors };
}

/** Counts of items per value of one field (each motivation or role counted separately). */
export function tally(items: WrittenItem[], pick: (item: WrittenItem) => string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) for (const key of pick(item)) counts[key] = (counts[key] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}

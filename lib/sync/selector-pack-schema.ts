/**
 * The zod schema that admits a team selector pack (background on receipt, server on publish).
 * Only plain string lists, bounded; every CSS selector must parse (css-what, as no DOM exists in
 * a service worker), and every `structure:` cue must name a known cue with parseable CSS.
 */
import { parse } from 'css-what';
import { z } from 'zod';
import {
  PACK_FORMAT,
  PACK_LIMITS,
  STRUCTURE_CUES as CUES,
  STRUCTURE_PREFIX as STRUCTURE,
  type SelectorPack,
} from '../domain/selector-pack';
import { APPS } from '../domain/vocabulary';

const parses = (css: string) => {
  try {
    return css.split('>>>').every((part) => part.trim() !== '' && parse(part.trim()).length > 0);
  } catch {
    return false;
  }
};

/** Why `css` cannot be used, or null when it can. */
export function selectorProblem(css: string): string | null {
  if (!css.startsWith(STRUCTURE)) return parses(css) ? null : `not a CSS selector: ${css}`;
  const spec = css.slice(STRUCTURE.length).trim();
  const name = spec.split(' ')[0] ?? '';
  if (!(name in CUES)) return `unknown structural cue: ${name}`;
  const arg = spec.slice(name.length).trim();
  if (!CUES[name]) return arg === '' ? null : `structure:${name} takes no argument`;
  return arg.split(' | ').every(parses) ? null : `structure:${name}: its CSS does not parse`;
}

const key = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, 'a key is a name, like captionText')
  .max(PACK_LIMITS.keyLength);

const selector = z
  .string()
  .min(1)
  .max(PACK_LIMITS.selectorLength)
  .superRefine((css, ctx) => {
    const problem = selectorProblem(css);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const label = z.string().min(1).max(PACK_LIMITS.labelLength);

const bounded = <T extends z.ZodType>(value: T) =>
  z.record(key, value).refine((r) => Object.keys(r).length <= PACK_LIMITS.keysPerApp, 'too many keys');

const appPack = z
  .object({
    selectors: bounded(z.array(selector).min(1).max(PACK_LIMITS.selectorsPerKey)),
    labels: bounded(z.array(label).max(PACK_LIMITS.labelsPerKey)).default({}),
  })
  .strict();

export const selectorPackSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.number().int().min(1).max(1e9),
    publishedAt: z.iso.datetime({ offset: true }),
    note: z.string().max(PACK_LIMITS.noteLength).optional(),
    apps: z.partialRecord(z.enum(APPS), appPack),
  })
  .strict();

/** A team pack from untrusted JSON: the pack, or one readable reason it was refused. */
export function checkSelectorPack(
  raw: unknown,
): { ok: true; pack: SelectorPack } | { ok: false; reason: string } {
  if (JSON.stringify(raw ?? null).length > PACK_LIMITS.bytes) {
    return { ok: false, reason: `the pack is longer than ${PACK_LIMITS.bytes} characters of JSON` };
  }
  const parsed = selectorPackSchema.safeParse(raw);
  if (parsed.success) return { ok: true, pack: parsed.data satisfies SelectorPack };
  const issue = parsed.error.issues[0]!;
  return { ok: false, reason: `${issue.path.join('.') || 'pack'}: ${issue.message}` };
}

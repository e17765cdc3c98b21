/** Builds bounded, de-duplicated people lists from page text. */
import { cleanIdentityText, cutText } from '../../domain/text';
import type { PagePerson } from '../../messaging/page-context';
import { findEmail } from './page-text';
import { LIMITS } from '../site-reader';

/**
 * A name (or organisation name) read from a page: bidi controls and zero-width characters
 * stripped, white space folded (`cleanIdentityText`), cut on code points to `max`.
 */
export function identityText(raw: string | null | undefined, max: number = LIMITS.name): string {
  // Cut generously first so a 1 MB attribute costs one slice, not a 1 MB regex pass.
  return raw ? cutText(cleanIdentityText(raw.slice(0, max * 4 + 64)), max) : '';
}

/** The first email address in `raw` once hidden characters are stripped, or undefined. */
export function identityEmail(raw: string | null | undefined): string | undefined {
  return findEmail(raw ? cleanIdentityText(raw.slice(0, 2000)) : undefined);
}

/** A page person with every field cleaned and bounded; undefined when there is no name or email. */
export function pagePerson(
  name: string | null | undefined,
  email?: string | null,
  title?: string | null,
): PagePerson | undefined {
  const cleanEmail = identityEmail(email);
  const cleanName = identityText(name) || cleanEmail;
  if (!cleanName) return undefined;
  const cleanTitle = identityText(title, LIMITS.title);
  return {
    name: cleanName,
    ...(cleanEmail ? { email: cleanEmail } : {}),
    ...(cleanTitle ? { title: cleanTitle } : {}),
  };
}

/** Drops empties and repeats (same email, or same name when there is no email); keeps order. */
export function uniquePeople(
  people: readonly (PagePerson | undefined)[],
  max: number = LIMITS.people,
): PagePerson[] {
  const seen = new Set<string>();
  const result: PagePerson[] = [];
  for (const person of people) {
    if (!person || (!person.name && !person.email)) continue;
    const key = person.email ?? `name:${person.name.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(person);
    if (result.length >= max) break;
  }
  return result;
}

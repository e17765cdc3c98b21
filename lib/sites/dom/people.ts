/** Builds bounded, de-duplicated people lists from page text. */
import type { PagePerson } from '../../messaging/page-context';
import { boundText, findEmail } from './page-text';
import { LIMITS } from '../site-reader';

/** A page person with every field bounded; undefined when there is no name or email to show. */
export function pagePerson(
  name: string | null | undefined,
  email?: string | null,
  title?: string | null,
): PagePerson | undefined {
  const cleanEmail = findEmail(email ?? undefined);
  const cleanName = boundText(name, LIMITS.name) || cleanEmail;
  if (!cleanName) return undefined;
  const cleanTitle = boundText(title, LIMITS.title);
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
    if (!person) continue;
    const key = person.email ?? `name:${person.name.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(person);
    if (result.length >= max) break;
  }
  return result;
}

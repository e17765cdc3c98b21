/**
 * Which people seen on the page are not yet on the account's map. Pure: matching is by email
 * (case-insensitive) and, without an email, by name; the rep's own address and anyone on
 * the rep's own domain are never suggested.
 */
import type { PagePerson } from '@/lib/messaging/page-context';

export function suggestPeople(
  seen: readonly PagePerson[],
  known: readonly { name: string; email?: string | undefined }[],
  userEmail?: string,
): PagePerson[] {
  const emails = new Set(known.flatMap((p) => (p.email ? [p.email.toLowerCase()] : [])));
  const names = new Set(known.map((p) => p.name.trim().toLowerCase()));
  const ownDomain = userEmail?.split('@')[1]?.toLowerCase();
  const out = new Map<string, PagePerson>();
  for (const person of seen) {
    const email = person.email?.toLowerCase();
    const name = person.name.trim();
    if (!name && !email) continue;
    if (email && (emails.has(email) || email === userEmail?.toLowerCase())) continue;
    if (email && ownDomain && email.endsWith(`@${ownDomain}`)) continue;
    if (!email && names.has(name.toLowerCase())) continue;
    const key = email ?? name.toLowerCase();
    if (!out.has(key)) out.set(key, { ...person, name: name || (email ?? '') });
  }
  return [...out.values()];
}

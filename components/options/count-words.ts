/** Plain-English counts for the options page ("1 account, 6 people, 5 notes"). */

const NAMES: Record<string, [singular: string, plural: string]> = {
  accounts: ['account', 'accounts'],
  people: ['person', 'people'],
  notes: ['note', 'notes'],
  evidence: ['piece of evidence', 'pieces of evidence'],
  diagnoses: ['diagnosis snapshot', 'diagnosis snapshots'],
  playbook: ['team playbook entry', 'team playbook entries'],
  conflicts: ['unresolved sync conflict', 'unresolved sync conflicts'],
  outbox: ['change waiting to sync', 'changes waiting to sync'],
};

/** "1 account" / "6 people"; unknown table names are used as they are. */
export function countPhrase(table: string, count: number): string {
  const [one, many] = NAMES[table] ?? [table, table];
  return `${count} ${count === 1 ? one : many}`;
}

/** Joins the non-zero counts of the named tables, in that order; `empty` when all are zero. */
export function countsSentence(
  counts: Record<string, number>,
  tables: readonly string[],
  empty: string,
): string {
  const parts = tables.filter((t) => (counts[t] ?? 0) > 0).map((t) => countPhrase(t, counts[t] ?? 0));
  return parts.length === 0 ? empty : parts.join(', ');
}

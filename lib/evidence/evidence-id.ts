/**
 * Deterministic evidence ids: the same quote from the same line or message always gets the same
 * id, so a re-sent caption batch, a re-read thread or a restarted worker never duplicates a
 * suggestion (the row exists → skip).
 */

/** FNV-1a over UTF-16 code units, two independent 32-bit lanes → 16 hex characters. */
export function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}

/** e.g. "e_cap_3f2a…" for a caption, "e_mail_…" for an email, "e_text_…" for an answer or note. */
export function evidenceId(kind: 'cap' | 'mail' | 'text', ...parts: (string | number)[]): string {
  return `e_${kind}_${stableHash(parts.join('\u241f'))}`;
}

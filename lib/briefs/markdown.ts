/**
 * Safe Markdown from page text. Buyer quotes, names and notes are DATA: they must render as
 * the same characters, never as links, images, HTML or structure. Every piece of text that
 * came from outside goes through `md()` (inline) or `mdQuote()` (block quote).
 */

/** Characters that can start markup anywhere in a line (CommonMark allows escaping all of them). */
const INLINE_SPECIALS = /[\\`*_[\]<>|~&{}]/g;

/**
 * Escapes text for inline use: Markdown punctuation is backslash-escaped, line breaks become
 * spaces (a newline could start a heading or list), and a leading "#", "-", "+", "=", ">" or
 * "1." is escaped so the text cannot turn its line into structure.
 */
export function md(text: string): string {
  return text
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
    .replace(INLINE_SPECIALS, (ch) => `\\${ch}`)
    .replace(/^(\s*)([#+=>-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A block quote: each line escaped and prefixed, so a quote cannot break out of the block. */
export function mdQuote(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => `> ${md(line)}`.trimEnd())
    .join('\n');
}

/** A link whose label is escaped and whose URL cannot close the link early. Only http(s). */
export function mdLink(label: string, url: string): string {
  if (!/^https?:\/\//i.test(url)) return md(label);
  const safe = url.replace(
    /[()<>\s"'\\]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${md(label)}](${safe})`;
}

/** A bullet list of already-escaped items; an empty list renders a placeholder line. */
export function mdList(items: readonly string[], empty = '_None recorded._'): string {
  return items.length ? items.map((i) => `- ${i}`).join('\n') : empty;
}

/** Joins sections with blank lines, dropping empty ones. */
export function mdSections(...sections: (string | undefined | false)[]): string {
  return `${sections.filter((s): s is string => typeof s === 'string' && s.trim() !== '').join('\n\n')}\n`;
}

import { cutText } from '../../domain/text';
/**
 * Page text is untrusted and unbounded. These helpers read it as text (textContent, never
 * markup), collapse whitespace and cut it to the length the receiving schema allows, so one
 * huge field cannot make a whole report invalid.
 */

/** Collapses runs of whitespace and trims; cuts to `max` characters (on a UTF-16 pair boundary). */
export function boundText(raw: string | null | undefined, max: number): string {
  if (!raw) return '';
  // Cut generously before collapsing, so a 1 MB title costs one slice, not a 1 MB regex pass.
  const collapsed = raw
    .slice(0, max * 2 + 64)
    .replace(/\s+/g, ' ')
    .trim();
  if (collapsed.length <= max) return collapsed;
  const cut = collapsed.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** Text of an element (or '' when absent), bounded. */
export function textOf(element: Element | null | undefined, max: number): string {
  return boundText(element?.textContent, max);
}

/** An attribute's value (or '' when absent), bounded. */
export function attributeOf(element: Element | null | undefined, name: string, max: number): string {
  return boundText(element?.getAttribute(name), max);
}

const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;

/** The first email address in `text`, lower-cased, or undefined. */
export function findEmail(text: string | null | undefined): string | undefined {
  const match = text ? EMAIL.exec(cutText(text, 2000)) : null;
  return match ? match[0].toLowerCase().slice(0, 320) : undefined;
}

/** "https://www.acme.com/about" or "www.acme.com" → "acme.com"; undefined when not a host. */
export function domainFromUrlText(text: string | null | undefined): string | undefined {
  const trimmed = text?.trim().slice(0, 500);
  if (!trimmed) return undefined;
  try {
    const url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    return host.includes('.') && host.length <= 253 ? host : undefined;
  } catch {
    return undefined;
  }
}

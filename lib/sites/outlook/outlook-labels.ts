/**
 * The localised label prefixes Outlook on the web puts in `aria-label` on header parts, e.g.
 * `<span aria-label="From: Lena Vogt">` / `aria-label="Von: Lena Vogt"`. Listed per language
 * (en, de, es/pt, fr, it, nl, ja, ru); French puts a (no-break) space before the colon, and
 * Japanese builds use either colon. Pure data: the selectors are built from these lists.
 */

export const FROM_LABELS = [
  'From:', // en
  'Von:', // de
  'De:', // es, pt
  'De :', // fr
  'De\u00a0:', // fr, no-break space
  'Da:', // it
  'Van:', // nl
  '差出人:', // ja
  '差出人：', // ja, full-width colon
  'От:', // ru
  'От кого:', // ru, older builds
] as const;

export const TO_LABELS = [
  'To:', // en
  'An:', // de
  'Para:', // es, pt
  'À :', // fr
  'À\u00a0:', // fr, no-break space
  'A:', // it
  'Aan:', // nl
  '宛先:', // ja
  '宛先：', // ja, full-width colon
  'Кому:', // ru
] as const;

/** `tag[aria-label^="<label>"]` for every label, joined into one selector list. */
export function labelledCss(tag: string, labels: readonly string[], inner = ''): string {
  return labels.map((label) => `${tag}[aria-label^="${label}"]${inner ? ` ${inner}` : ''}`).join(', ');
}

/** `text` without the first of `labels` it starts with (and the space after it). */
export function withoutLabel(text: string, labels: readonly string[]): string {
  const label = labels.find((l) => text.startsWith(l));
  return label ? text.slice(label.length).trim() : text;
}

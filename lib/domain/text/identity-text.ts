/**
 * Names and email addresses read from pages are shown to the rep and matched against
 * accounts. Bidi controls can make "moc.live" display as "evil.com" or reverse the panel's
 * own text; zero-width characters make "Da\u200Bna" miss Dana. They carry no meaning in a
 * name, so they are stripped where text is read, and names are NFKC-folded for matching.
 */

/** Bidi embeddings, overrides and isolates, marks, and zero-width / invisible characters. */
const INVISIBLE_OR_BIDI =
  /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u206A-\u206F\uFEFF\u00AD\u180E]/g;

/** Strips bidi controls and zero-width characters, folds runs of white space, trims. */
export function cleanIdentityText(text: string): string {
  return text.replace(INVISIBLE_OR_BIDI, '').replace(/\s+/g, ' ').trim();
}

/** True when the text holds a bidi control or an invisible character. */
export function hasHiddenCharacters(text: string): boolean {
  return new RegExp(INVISIBLE_OR_BIDI.source).test(text);
}

/** The form used to compare names: cleaned, NFKC-normalised, case-folded. */
export function nameMatchKey(text: string): string {
  return cleanIdentityText(text).normalize('NFKC').toLocaleLowerCase('en');
}

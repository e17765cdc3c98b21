export { cutText, withoutLoneSurrogates } from './cut-text';
export { cleanIdentityText, hasHiddenCharacters, nameMatchKey } from './identity-text';

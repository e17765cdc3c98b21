/**
 * Gmail (the 2018+ web UI). Attributes come first where Gmail has them (`email`/`name` on
 * person chips, `data-thread-perm-id`, `data-message-id`); its short class names (hP, gD, a3s)
 * are obfuscated but have been stable for years, and every public extension reads them.
 */
import { selectorSet } from '../dom/selector-set';

export const subject = selectorSet('thread subject', [
  ['h2[data-thread-perm-id]', 'Subject heading carrying the permanent thread id'],
  ['h2.hP', 'Thread view subject heading by its obfuscated (long-stable) class'],
  ['div.ha h2', 'Subject bar as toggl/track-extension and clockify/browser-extension find it'],
  ['[role="main"] h2', 'Last resort: the first heading of the main region'],
]);

export const messages = selectorSet('messages', [
  ['div.adn.ads', 'Expanded message in a conversation'],
  ['div.adn[data-message-id], div.adn[data-legacy-message-id]', 'Expanded message without the ads class'],
  ['[role="listitem"] div[data-message-id]', 'Message container carrying its id'],
]);

export const sender = selectorSet('sender', [
  ['h3 span[email]', 'The chip carrying an email attribute inside the header heading'],
  ['span.gD[email]', 'Sender chip by its obfuscated (long-stable) class'],
]);

export const recipients = selectorSet('recipients', [
  ['span.g2[email]', 'Recipient chips (to and cc) in the header'],
  ['.hb span[email]', 'Recipient line container'],
]);

export const sentAt = selectorSet('sent at', [
  ['span.g3[title]', 'Date cell; its title holds the full date'],
  ['.gK span[title]', 'Date cell container'],
]);

export const body = selectorSet('message body', [
  ['div.a3s', 'Message body (a3s aiL, a3s aXjCH…)'],
  ['div[data-message-id] div[dir="ltr"]', 'Body by its direction attribute'],
]);

/** Quoted history inside a body: Gmail's own wrapper, then generic blockquotes. */
export const QUOTED = '.gmail_quote, .gmail_extra, blockquote, .yj6qo, .adL';

/** The signature Gmail's composer wraps (kept for the rep, but not part of what was said). */
export const SIGNATURE = '.gmail_signature, [data-smartmail="gmail_signature"]';

export const account = selectorSet('signed-in account', [
  ['a[aria-label^="Google Account:"]', 'Account button, English: "Google Account: Name (email)"'],
  ['a[aria-label^="Compte Google"], a[aria-label^="Google-Konto"]', 'Account button, French and German'],
  ['a[href^="https://accounts.google.com/SignOutOptions"]', 'Account button by its link, any locale'],
]);

export const composeBox = selectorSet('compose box', [
  ['div[role="textbox"][g_editable="true"]', 'Compose and reply bodies (Gmail-editable)'],
  ['div.Am.Al.editable', 'Compose body by class'],
  ['div[contenteditable="true"][aria-label]', 'Any labelled editable region in the compose window'],
]);

/**
 * Outlook on the web. Class names are hashed per build and change every few weeks, so these
 * use element ids Outlook keeps for its own scripts, roles and ARIA labels (localised ones
 * listed per language in outlook-labels.ts); a hashed class is only ever the last fallback.
 */
import { selectorSet } from '../dom/selector-set';
import { FROM_LABELS, TO_LABELS, labelledCss } from './outlook-labels';

export const subject = selectorSet('thread subject', [
  [
    '#ReadingPaneContainerId [role="heading"][aria-level="2"] span[title]',
    'Reading pane subject (title holds the full text)',
  ],
  ['span[id$="_SUBJECT"][role="heading"]', '2025 builds: subject span with id MSG_<id>_SUBJECT'],
  ['#ReadingPaneContainerId [role="heading"]', 'Reading pane heading without the inner span'],
  ['[aria-label="Reading Pane"] [role="heading"]', 'Reading pane by its label (clockify/browser-extension)'],
  ['[role="main"] [role="heading"][aria-level="2"]', 'Full-page reading view (opened in its own tab)'],
]);

export const messages = selectorSet('messages', [
  [
    '[data-app-section="ConversationContainer"] [role="listitem"]',
    'Conversation view: one list item per message',
  ],
  [
    'div[aria-label="Email message"], div[aria-label="E-Mail-Nachricht"], div[aria-label="Message électronique"]',
    'Single-message view, by its localised label (en, de, fr)',
  ],
  ['[role="main"]', 'Last resort: the reading pane holds one message'],
]);

export const sender = selectorSet('sender', [
  [labelledCss('span', FROM_LABELS), '2024+ builds: sender span labelled "From: <name>" (localised)'],
  [labelledCss('button', FROM_LABELS), 'Older builds: sender button labelled "From: <name>"'],
  ['[data-testid="message-header-from-button"] span', 'Sender button by its test id'],
  ['span.OZZZK', 'Hashed persona class seen in 2025 builds (last fallback, changes per build)'],
]);

export const recipients = selectorSet('recipients', [
  [labelledCss('div', TO_LABELS, 'span[title*="@"]'), 'Recipient well by its localised label'],
  [labelledCss('div', TO_LABELS, '[title*="@"]'), 'Recipient well, addresses on any element'],
]);

export const recipientWell = selectorSet('recipient well', [
  [labelledCss('div', TO_LABELS), 'Recipient line labelled "To: Name; Name" (localised), names only'],
]);

export const sentAt = selectorSet('sent at', [
  ['[data-testid="SentReceivedSavedTime"]', 'Header date (test id Outlook keeps)'],
  ['[data-testid="message-header-date-time"]', 'Header date, older test id'],
]);

export const body = selectorSet('message body', [
  ['div[id^="UniqueMessageBody"]', 'Message body: id prefix stable across builds and locales'],
  ['div[role="document"]', 'Message body by its role'],
  ['div[aria-label="Message body"], div[aria-label="Nachrichtentext"]', 'Body by its localised label'],
]);

/** Quoted history: Outlook's reply header block and blockquotes. */
export const QUOTED = '#divRplyFwdMsg, #divRplyFwdMsg ~ *, blockquote, .gmail_quote';

/** Signatures Outlook's composer marks (ids survive as `x_Signature` after sanitising). */
export const SIGNATURE = '#Signature, #x_Signature, .gmail_signature';

export const userEmail = selectorSet('your address', [
  ['#mectrl_currentAccount_secondary', 'Microsoft account manager: the address line'],
]);

export const userName = selectorSet('your name', [
  ['#mectrl_currentAccount_primary', 'Account manager: the name line'],
]);

export const composeBox = selectorSet('compose box', [
  ['div[id^="editorParent"] [contenteditable="true"]', 'Compose/reply editor inside its editor parent'],
  ['div[role="textbox"][contenteditable="true"][aria-multiline="true"]', 'Any multi-line editable text box'],
]);

/**
 * Outlook on the web. Class names are hashed per build and change every few weeks, so these
 * use element ids Outlook keeps for its own scripts, roles and ARIA labels (localised ones
 * listed per language), never classes.
 */
import { selectorSet } from '../dom/selector-set';

export const subject = selectorSet('thread subject', [
  [
    '#ReadingPaneContainerId [role="heading"][aria-level="2"] span[title]',
    'Reading pane subject (title holds the full text)',
  ],
  ['#ReadingPaneContainerId [role="heading"]', 'Reading pane heading without the inner span'],
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
]);

export const sender = selectorSet('sender', [
  ['span[title*="@"]', 'Sender persona: the title holds the address, the text the name'],
  [
    'button[aria-label^="From:"], button[aria-label^="Von:"], button[aria-label^="De :"]',
    'Sender button by its localised label',
  ],
]);

export const recipients = selectorSet('recipients', [
  [
    '[aria-label^="To:"] span[title*="@"], [aria-label^="An:"] span[title*="@"], [aria-label^="À :"] span[title*="@"]',
    'Recipient well by its localised label',
  ],
]);

export const sentAt = selectorSet('sent at', [
  ['[data-testid="SentReceivedSavedTime"]', 'Header date (test id Outlook keeps)'],
]);

export const body = selectorSet('message body', [
  ['div[id^="UniqueMessageBody"]', 'Message body: id prefix stable across builds and locales'],
  ['div[aria-label="Message body"], div[aria-label="Nachrichtentext"]', 'Body by its localised label'],
]);

/** Quoted history: Outlook's reply header block and blockquotes. */
export const QUOTED = '#divRplyFwdMsg, #divRplyFwdMsg ~ *, blockquote, .gmail_quote';

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

import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../sites/hosts';
import { backgroundSenderProblem, contentScriptSenderCheck, extensionPageSenderProblem } from './guards';

const contentScriptSenderProblem = contentScriptSenderCheck(isAppUrl);

const self = { id: 'motive-id', baseUrl: 'chrome-extension://motive-id/' };

describe('contentScriptSenderProblem', () => {
  it.each([
    [
      "accepts this extension's content script on Gmail",
      { id: 'motive-id', tab: { id: 3 }, url: 'https://mail.google.com/mail/u/0/#inbox' },
      null,
    ],
    [
      'rejects another extension',
      { id: 'evil', tab: { id: 3 }, url: 'https://mail.google.com/' },
      'message is not from this extension',
    ],
    [
      'rejects a sender without a tab',
      { id: 'motive-id', url: 'https://mail.google.com/' },
      'content message did not come from a tab',
    ],
    [
      'rejects an extension page posing as content',
      { id: 'motive-id', tab: { id: 3 }, url: 'chrome-extension://motive-id/sidepanel.html' },
      'content message came from an extension page',
    ],
    [
      'rejects a page Motive does not read',
      { id: 'motive-id', tab: { id: 3 }, url: 'https://evil.example/' },
      'content message came from a page Motive does not read',
    ],
    [
      'rejects plain http on an app host',
      { id: 'motive-id', tab: { id: 3 }, url: 'http://mail.google.com/' },
      'content message came from a page Motive does not read',
    ],
    [
      'rejects a look-alike host',
      { id: 'motive-id', tab: { id: 3 }, url: 'https://mail.google.com.evil.example/' },
      'content message came from a page Motive does not read',
    ],
  ])('%s', (_title, sender, expected) => {
    expect(contentScriptSenderProblem(sender, self)).toBe(expected);
  });
});

describe('extensionPageSenderProblem', () => {
  it.each([
    ['accepts the side panel', { id: 'motive-id', url: 'chrome-extension://motive-id/sidepanel.html' }, null],
    [
      'accepts the options page open in a tab',
      { id: 'motive-id', tab: { id: 9 }, url: 'chrome-extension://motive-id/options.html' },
      null,
    ],
    [
      'rejects a content script',
      { id: 'motive-id', tab: { id: 3 }, url: 'https://mail.google.com/' },
      'panel message did not come from an extension page',
    ],
    [
      "rejects another extension's page",
      { id: 'other', url: 'chrome-extension://other/x.html' },
      'message is not from this extension',
    ],
    ['rejects a missing url', { id: 'motive-id' }, 'panel message did not come from an extension page'],
  ])('%s', (_title, sender, expected) => {
    expect(extensionPageSenderProblem(sender, self)).toBe(expected);
  });
});

describe('backgroundSenderProblem', () => {
  it.each([
    [
      'accepts the Chrome service worker',
      { id: 'motive-id', url: 'chrome-extension://motive-id/background.js' },
      null,
    ],
    [
      'accepts the Firefox background page',
      { id: 'motive-id', url: 'chrome-extension://motive-id/_generated_background_page.html' },
      null,
    ],
    [
      'rejects a content script, though it carries the extension id',
      { id: 'motive-id', tab: { id: 3 }, url: 'https://mail.google.com/' },
      'event came from a tab, not the background',
    ],
    [
      'rejects a content script in a frame without a tab url',
      { id: 'motive-id', tab: { id: 3 } },
      'event came from a tab, not the background',
    ],
    [
      'rejects another extension page (the side panel)',
      { id: 'motive-id', url: 'chrome-extension://motive-id/sidepanel.html' },
      'event did not come from the background',
    ],
    [
      'rejects another extension’s background',
      { id: 'evil', url: 'chrome-extension://evil/background.js' },
      'message is not from this extension',
    ],
    [
      'rejects a look-alike path',
      { id: 'motive-id', url: 'chrome-extension://motive-id/background.js.html' },
      'event did not come from the background',
    ],
  ])('%s', (_title, sender, expected) => {
    expect(backgroundSenderProblem(sender, self)).toBe(expected);
  });
});

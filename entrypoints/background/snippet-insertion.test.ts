import { describe, expect, it } from 'vitest';
import { insertSnippetInTab, type SnippetInsertionDeps } from './snippet-insertion';

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/abc';
const deps = (over: Partial<SnippetInsertionDeps>): SnippetInsertionDeps => ({
  tabUrl: () => Promise.resolve(GMAIL),
  send: () => Promise.resolve({ inserted: true }),
  ...over,
});

describe('insertSnippetInTab says what actually failed', () => {
  it.each([
    ['no tab is active', null, deps({}), /No tab is active/],
    [
      'the active tab is not an email app',
      7,
      deps({ tabUrl: () => Promise.resolve('https://example.com/') }),
      /not Gmail or Outlook/,
    ],
    [
      'the active tab is a CRM, not email',
      7,
      deps({
        tabUrl: () => Promise.resolve('https://acme.lightning.force.com/lightning/r/Account/001/view'),
      }),
      /not Gmail or Outlook/,
    ],
    [
      'the email reader is not running in the tab yet',
      7,
      deps({
        send: () =>
          Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
      }),
      /reload the email tab/,
    ],
    [
      'the reader failed for another reason',
      7,
      deps({ send: () => Promise.reject(new Error('Selection lost')) }),
      /Selection lost/,
    ],
  ] as const)('when %s', async (_rule, tabId, d, reason) => {
    const result = await insertSnippetInTab(tabId, 'Hello', d);
    expect(result.inserted).toBe(false);
    expect(result.reason).toMatch(reason);
    expect(result.reason).not.toMatch(/no Motive email reader/);
  });

  it('passes on what the compose box said', async () => {
    const result = await insertSnippetInTab(
      7,
      'Hello',
      deps({ send: () => Promise.resolve({ inserted: false, reason: 'No compose box is open.' }) }),
    );
    expect(result).toEqual({ inserted: false, reason: 'No compose box is open.' });
  });
});

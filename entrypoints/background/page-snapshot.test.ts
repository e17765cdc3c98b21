import { describe, expect, it } from 'vitest';
import { snapshotOfTab, type PageSnapshotDeps } from './page-snapshot';

const deps = (url: string | undefined, reply: () => Promise<unknown>): PageSnapshotDeps => ({
  tabUrl: () => Promise.resolve(url),
  send: reply,
});
const MEET = 'https://meet.google.com/kfz-qwmx-dpr';

describe('snapshotOfTab', () => {
  it('passes on the reader’s snapshot', async () => {
    const result = await snapshotOfTab(
      3,
      deps(MEET, () => Promise.resolve({ app: 'meet', snapshot: '<html></html>' })),
    );
    expect(result).toEqual({ app: 'meet', snapshot: '<html></html>' });
  });

  it.each([
    ['no active tab', null, deps(MEET, () => Promise.resolve({})), /No tab is active/],
    [
      'a tab Motive does not read',
      3,
      deps('https://example.com/', () => Promise.resolve({})),
      /not a page Motive reads/,
    ],
    [
      'a reply of an unexpected shape',
      3,
      deps(MEET, () => Promise.resolve({ snapshot: 42 })),
      /does not expect/,
    ],
    [
      'no reader running in the tab',
      3,
      deps(MEET, () =>
        Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
      ),
      /reload the tab once/,
    ],
  ])('explains %s instead of a snapshot', async (_title, tabId, d, reason) => {
    const result = await snapshotOfTab(tabId, d);
    expect(result.snapshot).toBeUndefined();
    expect(result.reason).toMatch(reason);
  });
});

// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActiveContext, SnapshotResult } from '@/lib/messaging/protocol';
import { ReadStatusNotice } from './read-status-notice';

const sent = vi.hoisted(() => {
  const state: { reply: SnapshotResult; types: string[] } = { reply: {}, types: [] };
  return state;
});
const downloads = vi.hoisted(() => [] as { fileName: string; text: string; type?: string }[]);
vi.mock('@/lib/messaging/channels', () => ({
  panelChannel: {
    sendMessage: (type: string) => {
      sent.types.push(type);
      return Promise.resolve(sent.reply);
    },
  },
}));
vi.mock('@/lib/browser/download-file', () => ({
  downloadTextFile: (fileName: string, text: string, type?: string) =>
    downloads.push({ fileName, text, type }),
}));

const context = (over: Partial<ActiveContext>): ActiveContext => ({
  tabId: 7,
  app: 'teams',
  surface: 'call',
  readStatus: 'unreadable',
  missing: ['meeting title', 'participants'],
  resolution: { accountId: null, method: null, confidence: 0, reason: 'No account matched this page.' },
  updatedAt: '2026-12-03T09:00:00Z',
  ...over,
});

function show(value: ActiveContext) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ReadStatusNotice context={value} />
    </QueryClientProvider>,
  );
}

afterEach(cleanup);
beforeEach(() => {
  sent.types.length = 0;
  downloads.length = 0;
});

describe('ReadStatusNotice', () => {
  it.each([
    [
      'unreadable',
      /^Motive could not read this Teams page\. Missing: meeting title, participants\. Pick or create/,
    ],
    ['partial', /^Read part of this Teams page\. Missing: meeting title, participants\.$/],
  ] as const)('names the app and the missing parts when the page is %s', (readStatus, text) => {
    show(context({ readStatus }));
    expect(screen.getByTestId('read-status').querySelector('p')?.textContent).toMatch(text);
    expect(screen.getByRole('button', { name: 'Save a redacted page snapshot' })).toBeTruthy();
  });

  it('saves the reader’s redacted snapshot as a local file and says so', async () => {
    sent.reply = { app: 'teams', snapshot: '<!doctype html><div data-tid="closed-caption-text">xxx</div>' };
    show(context({}));
    await userEvent.click(screen.getByRole('button', { name: 'Save a redacted page snapshot' }));
    expect(await screen.findByText(/^Saved motive-snapshot-teams-.+\.html to your downloads/)).toBeTruthy();
    expect(sent.types).toEqual(['redactedPageSnapshot']);
    expect(downloads).toEqual([
      {
        fileName: expect.stringMatching(/^motive-snapshot-teams-/),
        text: sent.reply.snapshot,
        type: 'text/html',
      },
    ]);
  });

  it('says why when no snapshot could be taken, and saves nothing', async () => {
    sent.reply = {
      reason: 'Motive’s reader is not running in this tab yet: reload the tab once, then try again.',
    };
    show(context({}));
    await userEvent.click(screen.getByRole('button', { name: 'Save a redacted page snapshot' }));
    expect(await screen.findByText(/^No snapshot: Motive’s reader is not running/)).toBeTruthy();
    expect(downloads).toEqual([]);
  });

  it('offers no snapshot when the page was read in full', () => {
    show(context({ readStatus: 'ok', missing: [] }));
    expect(screen.queryByTestId('read-status')).toBeNull();
  });
});

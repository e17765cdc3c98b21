// @vitest-environment happy-dom
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createHarness, renderWithPanel, seedAccount } from '@/components/test-support/render-panel';
import type { CallRecord } from '@/lib/domain/recap/call-record';
import { RecapHost } from './recap-host';

const calls = vi.hoisted(() => ({
  open: null as CallRecord | null,
  last: null as CallRecord | null,
  ended: [] as string[],
  onEnded: null as ((data: { callId: string }) => void) | null,
}));
vi.mock('./call-queries', () => ({
  callRecordQuery: (callId: string | null) => ({
    queryKey: ['call-record', callId],
    queryFn: () => Promise.resolve(calls.last),
  }),
  // The background ends the active tab's open call (and announces it), or has none.
  endActiveCall: () => {
    const open = calls.open;
    calls.open = null;
    if (open) {
      calls.ended.push(open.callId);
      calls.last = open;
    }
    return Promise.resolve(open);
  },
  useCallRecord: (callId: string | null) => ({
    data: calls.last?.callId === callId ? calls.last : null,
    isPending: false,
    error: null,
  }),
  useCallEnded: (listener: (data: { callId: string }) => void) => {
    calls.onEnded = listener;
  },
  useCaptionsHeard: () => undefined,
}));
vi.mock('@/components/kernel/background-queries', () => ({
  useInsertSnippet: () => ({ mutate: vi.fn(), isPending: false, error: null, data: undefined }),
}));

const AT = '2026-11-22T13:10:00.000Z';
const call = (callId: string, accountId: string, title: string): CallRecord => ({
  callId,
  accountId,
  title,
  startedAt: '2026-11-22T13:00:00.000Z',
  participants: ['Dana Ruiz'],
  lines: [{ id: 'l1', speaker: 'You', side: 'seller', text: 'I’ll send the pricing by Friday.', at: AT }],
});

async function setup() {
  const harness = createHarness();
  const account = await seedAccount(harness.repos, { name: 'Acme Logistics' });
  calls.open = null;
  calls.last = null;
  calls.ended = [];
  renderWithPanel(
    <RecapHost fallbackAccountId={account.id}>
      <p>The account workspace</p>
    </RecapHost>,
    harness,
  );
  return { ...harness, accountId: account.id };
}

describe('RecapHost', () => {
  it('r ends the active tab’s open call and shows its recap in place of the workspace', async () => {
    const { bus, accountId } = await setup();
    calls.open = call('live-1', accountId, 'Acme — pricing');
    act(() => void bus.run('show-recap'));
    await screen.findByRole('heading', { name: /Call recap: Acme — pricing/ });
    expect(calls.ended).toEqual(['live-1']);
    expect(screen.queryByText('The account workspace')).toBeNull();
  });

  it('r with no call open reopens the last ended call’s recap', async () => {
    const { bus, accountId } = await setup();
    calls.last = call('done-1', accountId, 'Acme — discovery');
    act(() => void bus.run('show-recap'));
    await screen.findByRole('heading', { name: /Call recap: Acme — discovery/ });
    expect(calls.ended).toEqual([]);
  });

  it('r with no call at all says so and leaves the workspace in place', async () => {
    const { bus } = await setup();
    act(() => void bus.run('show-recap'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^No call to recap yet/));
    expect(screen.getByText('The account workspace')).toBeTruthy();
  });

  it('opens the recap by itself when the background says the call ended', async () => {
    const { accountId } = await setup();
    calls.last = call('ended-1', accountId, 'Acme — renewal');
    act(() => calls.onEnded?.({ callId: 'ended-1' }));
    await screen.findByRole('heading', { name: /Call recap: Acme — renewal/ });
  });
});

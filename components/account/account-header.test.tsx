// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  createHarness,
  renderWithPanel,
  seedAccount,
  TEST_NOW,
} from '@/components/test-support/render-panel';
import type { ActiveContext, SyncStatus } from '@/lib/messaging/protocol';
import { accountNameKey } from '@/lib/db/local-fields';
import type { AccountRow } from '@/lib/db/schema';
import type { Account } from '@/lib/domain/records';
import { AccountHeader, type AccountHeaderProps } from './account-header';
import { describeSync } from './sync-badge';

vi.mock('@/components/kernel/background-queries', () => ({
  useSyncStatus: () => ({
    data: {
      configured: true,
      lastSyncAt: '2026-11-22T13:55:00.000Z',
      pending: 2,
      inFlight: false,
      lastError: null,
    },
    error: null,
  }),
  useSyncNow: () => ({ mutate: vi.fn(), isPending: false }),
}));

const context = (over: Partial<ActiveContext> = {}): ActiveContext => ({
  tabId: 1,
  app: 'salesforce',
  surface: 'crm',
  readStatus: 'ok',
  missing: [],
  resolution: { accountId: null, method: null, confidence: 0, reason: 'No account matched this page.' },
  updatedAt: TEST_NOW.toISOString(),
  ...over,
});

/** The account as the database row the header is given. */
const asRow = (account: Account): AccountRow => ({
  ...account,
  nameLower: accountNameKey(account.name),
  serverVersion: null,
  deleted: 0,
});

function props(over: Partial<AccountHeaderProps> = {}): AccountHeaderProps {
  return {
    account: null,
    context: context(),
    pinned: false,
    motion: undefined,
    now: () => TEST_NOW,
    onPick: vi.fn(),
    onCreate: vi.fn(),
    onFollowTab: vi.fn(),
    onStageChange: vi.fn(),
    ...over,
  };
}

describe('describeSync', () => {
  const base: SyncStatus = {
    configured: true,
    lastSyncAt: null,
    pending: 0,
    inFlight: false,
    lastError: null,
  };
  it.each([
    ['no endpoint means local only', { ...base, configured: false }, 'Local only (sync off)'],
    ['a sync in flight says so', { ...base, inFlight: true }, 'Syncing…'],
    ['an error is shown with its reason', { ...base, lastError: 'HTTP 401' }, 'Sync failed: HTTP 401'],
    [
      'pending changes are counted',
      { ...base, lastSyncAt: '2026-11-22T13:55:00.000Z', pending: 3 },
      'Synced 5 min ago, 3 waiting',
    ],
  ])('%s', (_rule, status, text) => {
    expect(describeSync(status, TEST_NOW)).toBe(text);
  });
});

describe('AccountHeader', () => {
  it('shows the resolved account with the reason, the confidence, stage and motion', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos, { stage: 'renewal' });
    renderWithPanel(
      <AccountHeader
        {...props({
          account: asRow(account),
          motion: 'high-touch',
          context: context({
            resolution: {
              accountId: account.id,
              method: 'email-domain',
              confidence: 0.9,
              reason: 'matched on acme.com from the email participants',
            },
          }),
        })}
      />,
      harness,
    );
    expect(screen.getByTestId('account-name').textContent).toBe('Acme Logistics');
    expect(screen.getByTestId('resolution').textContent).toBe(
      'matched on acme.com from the email participants · 90% sure',
    );
    expect(screen.getByLabelText<HTMLSelectElement>('Stage').value).toBe('renewal');
    expect(screen.getByText('High-touch')).toBeTruthy();
    expect(screen.getByTestId('sync-state').textContent).toContain('Synced 5 min ago, 2 waiting');
  });

  it('says plainly when the page could not be read and keeps manual mode working', async () => {
    const harness = createHarness();
    const existing = await seedAccount(harness.repos, { name: 'Globex' });
    const onPick = vi.fn();
    const user = userEvent.setup();
    renderWithPanel(
      <AccountHeader
        {...props({ onPick, context: context({ readStatus: 'unreadable', missing: ['account name'] }) })}
      />,
      harness,
    );
    expect(screen.getByTestId('read-status').textContent).toMatch(
      /could not read this Salesforce page\. Missing: account name\. Pick or create/,
    );
    await user.type(screen.getByRole('searchbox', { name: 'Find or create an account' }), 'glo');
    await user.click(await screen.findByRole('button', { name: /Globex/ }));
    expect(onPick).toHaveBeenCalledWith(existing.id);
  });

  it('offers to create the account the page suggests, or one typed by hand', async () => {
    const onCreate = vi.fn();
    const user = userEvent.setup();
    renderWithPanel(
      <AccountHeader
        {...props({
          onCreate,
          context: context({
            resolution: {
              accountId: null,
              method: null,
              confidence: 0,
              reason: 'No match',
              suggestion: { name: 'Initech', domain: 'initech.com', crmKey: 'salesforce:Account:001INI' },
            },
          }),
        })}
      />,
    );
    await user.click(await screen.findByRole('button', { name: /Create “Initech” \(initech.com\)/ }));
    expect(onCreate).toHaveBeenLastCalledWith('Initech', 'initech.com', 'salesforce:Account:001INI');
    await user.type(screen.getByRole('searchbox'), 'Hooli{Escape}Umbrella');
    await user.click(await screen.findByRole('button', { name: 'Create “Umbrella”' }));
    expect(onCreate).toHaveBeenLastCalledWith('Umbrella');
  });

  it('says when call captions are off and how to turn them on', () => {
    renderWithPanel(
      <AccountHeader
        {...props({
          context: context({
            app: 'meet',
            surface: 'call',
            meeting: { captionsOn: false, captionsHelp: 'Press c in Meet to turn captions on.' },
          }),
        })}
      />,
    );
    expect(screen.getByTestId('read-status').textContent).toContain('Captions are off');
    expect(screen.getByTestId('read-status').textContent).toContain('Press c in Meet to turn captions on.');
    expect(screen.getByTestId('active-app').textContent).toBe('meet');
  });

  it('a hand-picked account says so and can let Motive match the page again', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const onFollowTab = vi.fn();
    const user = userEvent.setup();
    renderWithPanel(
      <AccountHeader {...props({ account: asRow(account), pinned: true, onFollowTab })} />,
      harness,
    );
    await user.click(screen.getByRole('button', { name: 'Let Motive match this page' }));
    expect(onFollowTab).toHaveBeenCalled();
  });

  it('changing the stage reports the new stage', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const onStageChange = vi.fn();
    const user = userEvent.setup();
    renderWithPanel(<AccountHeader {...props({ account: asRow(account), onStageChange })} />, harness);
    await user.selectOptions(screen.getByLabelText('Stage'), 'proposal');
    await waitFor(() => expect(onStageChange).toHaveBeenCalledWith('proposal'));
  });
});

// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHarness, renderWithPanel, seedAccount } from '@/components/test-support/render-panel';
import { useAccountSource } from '@/components/kernel/account-source';
import { panelChannel } from '@/lib/messaging/channels';
import { DISCOVERY_QUESTIONS } from '@/lib/domain/movement/discovery-questions';
import { DiscoveryForm } from './discovery-form';

/** The form as the Diagnose view mounts it: over the live account. */
function LiveForm({ accountId }: { accountId: string }) {
  const account = useAccountSource(accountId).records?.account;
  return account ? <DiscoveryForm account={account} /> : null;
}

const question = DISCOVERY_QUESTIONS[0]!;
const send = () => vi.spyOn(panelChannel, 'sendMessage').mockResolvedValue({ created: 1, removed: 0 });

afterEach(() => vi.restoreAllMocks());

describe('DiscoveryForm', () => {
  it('saving an answer stores it and asks the background to read it for evidence', async () => {
    const sendMessage = send();
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const user = userEvent.setup();
    renderWithPanel(<LiveForm accountId={account.id} />, harness);
    await user.type(await screen.findByLabelText(question.prompt), '  We are drowning in spreadsheets.  ');
    await user.tab();
    await waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith('suggestEvidenceFromText', {
        accountId: account.id,
        source: 'answer',
        text: 'We are drowning in spreadsheets.',
        origin: `discovery:${question.id}`,
      }),
    );
    expect((await harness.repos.accounts.get(account.id))?.discovery[question.id]).toContain('drowning');
  });

  it('leaving an answer unchanged sends nothing', async () => {
    const sendMessage = send();
    const harness = createHarness();
    const account = await seedAccount(harness.repos, { discovery: { [question.id]: 'Already said' } });
    const user = userEvent.setup();
    renderWithPanel(<LiveForm accountId={account.id} />, harness);
    await user.click(await screen.findByLabelText(question.prompt));
    await user.tab();
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('clearing an answer asks the background to drop its suggestions (empty text)', async () => {
    const sendMessage = send();
    const harness = createHarness();
    const account = await seedAccount(harness.repos, { discovery: { [question.id]: 'Already said' } });
    const user = userEvent.setup();
    renderWithPanel(<LiveForm accountId={account.id} />, harness);
    await user.clear(await screen.findByLabelText(question.prompt));
    await user.tab();
    await waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith(
        'suggestEvidenceFromText',
        expect.objectContaining({ text: '', origin: `discovery:${question.id}` }),
      ),
    );
    expect((await harness.repos.accounts.get(account.id))?.discovery).toEqual({});
  });
});

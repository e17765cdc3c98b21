// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useDiagnosisResult } from '@/components/diagnosis/use-diagnosis';
import { useAccountSource } from '@/components/kernel/account-source';
import {
  createHarness,
  renderWithPanel,
  seedAccount,
  seedEvidence,
  seedPerson,
} from '@/components/test-support/render-panel';
import { PrecallBriefSection } from './precall-brief-section';

function Live({ accountId, onClose = () => undefined }: { accountId: string; onClose?: () => void }) {
  const records = useAccountSource(accountId).records;
  const result = useDiagnosisResult(records?.account, records?.evidence);
  if (!records || !result) return null;
  return <PrecallBriefSection {...records} result={result} pageTabId={null} reason="key" onClose={onClose} />;
}

async function seeded(withCallNote: boolean) {
  const harness = createHarness();
  const account = await seedAccount(harness.repos);
  const ana = await seedPerson(harness.repos, account.id, {
    name: 'Ana Ortiz',
    title: 'CFO',
    roles: ['economic-buyer'],
    influence: 'high',
  });
  await seedEvidence(harness.repos, account.id, { personId: ana.id, status: 'confirmed', side: 'buyer' });
  if (withCallNote) {
    await harness.repos.notes.create({
      accountId: account.id,
      kind: 'call',
      text: 'Recap. Next step: security review with IT on Tuesday.\n[x] Send the pricing sheet',
      at: '2026-11-21T10:00:00.000Z',
      personIds: [],
      tags: [],
    });
  }
  return { harness, account };
}

describe('PrecallBriefSection', () => {
  it('shows who is expected, what is unknown, three questions, proof and last call’s open commitments', async () => {
    const { harness, account } = await seeded(true);
    renderWithPanel(<Live accountId={account.id} />, harness);
    const brief = await screen.findByTestId('precall-brief');
    const who = await within(brief).findByRole('list', { name: 'Who is expected' });
    expect(who.textContent).toContain('Ana Ortiz, CFO · Economic buyer');
    expect(who.textContent).toContain('moved by');
    expect(within(brief).getByRole('list', { name: 'Questions to ask' }).querySelectorAll('li')).toHaveLength(
      3,
    );
    expect(brief.textContent).toContain('Competition');
    const proof = within(brief).getByRole('list', { name: 'Proof to have ready' });
    expect(proof.textContent).toContain('why:');
    const open = within(brief).getByRole('list', { name: 'Open commitments' });
    expect(open.textContent).toContain('Next step: security review with IT on Tuesday.');
    expect(open.textContent).not.toContain('pricing sheet');
  });

  it('says plainly when no call note holds a commitment', async () => {
    const { harness, account } = await seeded(false);
    renderWithPanel(<Live accountId={account.id} />, harness);
    expect(await screen.findByText('No open commitments in your call notes.')).toBeTruthy();
  });

  it('takes focus when opened by key and closes with Escape', async () => {
    const { harness, account } = await seeded(false);
    const onClose = vi.fn();
    const user = userEvent.setup();
    renderWithPanel(<Live accountId={account.id} onClose={onClose} />, harness);
    const heading = await screen.findByRole('heading', { name: 'Before the call' });
    expect(document.activeElement).toBe(heading);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });
});

// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  createHarness,
  renderWithPanel,
  seedAccount,
  seedEvidence,
} from '@/components/test-support/render-panel';
import { SuggestedEvidence } from './suggested-evidence';

describe('SuggestedEvidence: whose words', () => {
  it('shows the rep’s note as “Your note”, unquoted, and an unnamed speaker as unknown, never “Someone”', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    await seedEvidence(harness.repos, account.id, {
      source: 'note',
      side: 'rep-note',
      speaker: undefined,
      quote: 'They sounded worn out by the rework',
      at: '2026-11-22T13:56:00.000Z',
    });
    await seedEvidence(harness.repos, account.id, {
      side: 'unknown',
      speaker: 'Unknown speaker',
      quote: 'We cannot risk another outage',
    });
    const rows = await harness.repos.evidence.forAccount(account.id);
    renderWithPanel(<SuggestedEvidence evidence={rows} />, harness);
    const [first, second] = await screen.findAllByTestId('suggestion');
    expect(first!.textContent).toContain('Your note');
    expect(within(first!).queryByText('They sounded worn out by the rework')?.tagName).not.toBe('Q');
    expect(second!.textContent).toContain('Unknown speaker');
    expect(screen.queryByText(/Someone/)).toBeNull();
  });
});

// @vitest-environment happy-dom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  createHarness,
  renderWithPanel,
  seedAccount,
  seedEvidence,
} from '@/components/test-support/render-panel';
import { useAccountSource } from '@/components/kernel/account-source';
import { ALL_SIGNALS, MOTIVATION_CATALOGUE } from '@/lib/domain/motivations/catalogue';
import { DiagnoseView } from './diagnose-view';
import { useDiagnosisResult } from './use-diagnosis';
import { useSnapshots } from './use-snapshots';

/** The view as the workspace mounts it: live reads, live scoring, snapshots. */
function LiveDiagnose({ accountId }: { accountId: string }) {
  const records = useAccountSource(accountId).records;
  const result = useDiagnosisResult(records?.account, records?.evidence);
  const record = useSnapshots(records?.account, result, records?.snapshots);
  if (!records || !result) return null;
  const { account, evidence, snapshots, people } = records;
  return (
    <DiagnoseView
      account={account}
      evidence={evidence}
      result={result}
      snapshots={snapshots}
      onRecordSnapshot={() => void record('by hand')}
      people={people}
    />
  );
}

const riskSignal = MOTIVATION_CATALOGUE.risk.signals[0]!;

describe('DiagnoseView', () => {
  it('a signal group the rep is working in stays open when its last tick is taken back', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos, { tickedSignals: [riskSignal.id] });
    const user = userEvent.setup();
    renderWithPanel(<LiveDiagnose accountId={account.id} />, harness);
    const box = await screen.findByRole('checkbox', { name: riskSignal.label });
    const group = box.closest('details')!;
    expect(group.open).toBe(true);
    await user.click(box);
    await waitFor(async () =>
      expect((await harness.repos.accounts.get(account.id))?.tickedSignals).toEqual([]),
    );
    await waitFor(() => expect(screen.getByText(/\(0 ticked/)).toBeTruthy());
    expect(group.open).toBe(true);
  });

  it('ticking a signal stores it on the account and raises that motivation’s score', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const user = userEvent.setup();
    renderWithPanel(<LiveDiagnose accountId={account.id} />, harness);
    const box = await screen.findByRole('checkbox', { name: riskSignal.label });
    expect(screen.getByTestId('score-risk').textContent).toMatch(/0$/);
    await user.click(box);
    await waitFor(async () =>
      expect((await harness.repos.accounts.get(account.id))?.tickedSignals).toEqual([riskSignal.id]),
    );
    await waitFor(() => expect(screen.getByTestId('score-risk').textContent).not.toMatch(/Risk0$/));
  });

  it('the tick-signal command focuses the finder; Enter ticks the first match', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    renderWithPanel(<LiveDiagnose accountId={account.id} />, harness);
    await screen.findByPlaceholderText(/Find a signal/);
    act(() => void harness.bus.run('tick-signal'));
    const finder = screen.getByPlaceholderText(/Find a signal/);
    expect(document.activeElement).toBe(finder);
    const user = userEvent.setup();
    const target = ALL_SIGNALS.find((s) => s.motivation === 'relief')!;
    await user.type(finder, `${target.label}{Enter}`);
    await waitFor(async () =>
      expect((await harness.repos.accounts.get(account.id))?.tickedSignals).toContain(target.id),
    );
  });

  it.each([
    ['y confirms the highlighted suggestion', 'confirm-suggestion', 'confirmed'],
    ['x rejects the highlighted suggestion', 'reject-suggestion', 'rejected'],
  ] as const)('%s', async (_rule, command, status) => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const older = await seedEvidence(harness.repos, account.id, {
      quote: 'Older quote',
      at: '2026-11-22T13:00:00.000Z',
    });
    const newer = await seedEvidence(harness.repos, account.id, {
      quote: 'Newer quote',
      at: '2026-11-22T13:50:00.000Z',
    });
    renderWithPanel(<LiveDiagnose accountId={account.id} />, harness);
    // Shown among the suggestions (and as the top motivation's quote while it counts).
    expect((await screen.findAllByText('Newer quote')).length).toBeGreaterThan(0);
    act(() => void harness.bus.run('next-suggestion'));
    act(() => void harness.bus.run(command));
    await waitFor(async () => expect((await harness.db.evidence.get(older.id))?.status).toBe(status));
    expect((await harness.db.evidence.get(newer.id))?.status).toBe('suggested');
  });

  it('a score bar reveals the quotes behind it', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    await seedEvidence(harness.repos, account.id, {
      status: 'confirmed',
      quote: 'Audit found gaps last year',
    });
    const user = userEvent.setup();
    renderWithPanel(<LiveDiagnose accountId={account.id} />, harness);
    const bar = await screen.findByTestId('score-risk');
    expect(bar.getAttribute('aria-expanded')).toBe('false');
    await user.click(bar);
    const why = screen.getByRole('list', { name: 'Evidence behind Risk' });
    expect(within(why).getByText('Audit found gaps last year')).toBeTruthy();
  });

  it('records a snapshot automatically when the leading motivation changes, and on request', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    renderWithPanel(<LiveDiagnose accountId={account.id} />, harness);
    await screen.findByText(/No snapshots yet/);
    await seedEvidence(harness.repos, account.id, {
      status: 'confirmed',
      motivation: 'relief',
      weight: 1,
      source: 'manual',
    });
    await waitFor(async () => expect(await harness.repos.diagnoses.forAccount(account.id)).toHaveLength(1));
    const [first] = await harness.repos.diagnoses.forAccount(account.id);
    expect(first!.label).toBe('relief now leads');
    act(() => void harness.bus.run('snapshot'));
    await waitFor(async () => expect(await harness.repos.diagnoses.forAccount(account.id)).toHaveLength(2));
    // The timeline is a live query: it catches up with the database on its own schedule.
    await waitFor(() =>
      expect(within(screen.getByTestId('timeline')).getAllByRole('listitem')).toHaveLength(2),
    );
  });

  it('saves a discovery answer when the field loses focus', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const user = userEvent.setup();
    renderWithPanel(<LiveDiagnose accountId={account.id} />, harness);
    const field = await screen.findByLabelText('Where is the pressure on this coming from right now?');
    await user.type(field, 'The board, after the outage');
    await user.tab();
    await waitFor(async () =>
      expect((await harness.repos.accounts.get(account.id))?.discovery.pressure).toBe(
        'The board, after the outage',
      ),
    );
  });

  it('stores the movement profile the rep chooses', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const user = userEvent.setup();
    renderWithPanel(<LiveDiagnose accountId={account.id} />, harness);
    await user.click(await screen.findByRole('radio', { name: /A committee/ }));
    await waitFor(async () =>
      expect((await harness.repos.accounts.get(account.id))?.movement.buying).toBe('committee'),
    );
  });
});

describe('SegmentForm (in Diagnose)', () => {
  it('turns the segment into a motion and says plainly when the needed experience does not pay', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const user = userEvent.setup();
    renderWithPanel(<LiveDiagnose accountId={account.id} />, harness);
    await user.selectOptions(await screen.findByLabelText('Who decides'), 'committee');
    await user.selectOptions(screen.getByLabelText('Implementation'), 'services');
    await user.selectOptions(screen.getByLabelText('Support needed'), 'high');
    await user.type(screen.getByLabelText('Expected lifetime value'), '2000');
    await user.tab();
    await waitFor(async () =>
      expect((await harness.repos.accounts.get(account.id))?.segment).toEqual({
        purchaseComplexity: 'committee',
        implementationEffort: 'services',
        supportIntensity: 'high',
        expectedValue: 2000,
      }),
    );
    await waitFor(() => expect(screen.getByTestId('motion-choice').textContent).toMatch(/committee decides/));
    await waitFor(() =>
      expect(screen.getByTestId('experience-fit').className).toMatch(/severity-(high|medium)/),
    );
  });
});

describe('DiagnoseView opens collapsed', () => {
  it('shows the top three motivations and the next question; the rest waits behind one disclosure', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos, {
      tickedSignals: (['risk', 'relief', 'control', 'growth'] as const).map(
        (m) => MOTIVATION_CATALOGUE[m].signals[0]!.id,
      ),
    });
    renderWithPanel(<LiveDiagnose accountId={account.id} />, harness);
    const summary = await screen.findByTestId('diagnose-summary');
    expect(summary.querySelectorAll('.top-motivations > li')).toHaveLength(3);
    expect(screen.getByTestId('diagnose-next').textContent).toBeTruthy();
    const more = screen.getByTestId('diagnose-more');
    expect(more.hasAttribute('open')).toBe(false);
    expect(more.querySelector('.checklist')).toBeTruthy();
  });
});
